// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify %s -I %annotations_include -std=gnu89 -Wno-unknown-warning-option -Wno-deprecated-non-prototype

// Markers where none has an effect (enums, enumerators, labels, typedefs of
// function types, parameters of function types, DMA_STABLE on a field) are
// located warnings, never silence. K&R parameters and variadic functions
// are read like prototyped ones: their markers work (and are checked).
#include <dmasafe/annotations.h>
typedef __SIZE_TYPE__ size_t;

enum DMA_OWNED mode { MODE_A }; // expected-warning{{'owned' has no effect on an enum ('mode'); markers apply to function declarations, their parameters, variables and types}}
enum DMA_LEN_ARG(0) mode2 { MODE_B }; // expected-warning{{'len-arg' has no effect on an enum ('mode2'); markers apply to function declarations, their parameters, variables and types}}
enum level { LEVEL_LOW DMA_STABLE, LEVEL_HIGH }; // expected-warning{{'stable' has no effect on an enumerator ('LEVEL_LOW'); markers apply to function declarations, their parameters, variables and types}}

typedef void (*done_fn)(void *buf) DMA_COMPLETION_CALLBACK; // expected-warning{{'completion-callback' has no effect on a typedef of a function type ('done_fn'); markers apply to function declarations, their parameters, variables and types}}
typedef int start_fn(void *buf, size_t n) DMA_SUCCESS_RETURNS(0); // expected-warning{{'success-returns' has no effect on a typedef of a function type ('start_fn'); markers apply to function declarations, their parameters, variables and types}}

void register_start(int (*start)(void *buf DMA_OWNED_TX, size_t n)); // expected-warning{{'owned' has no effect on a parameter of a function type ('buf'); markers apply to function declarations, their parameters, variables and types}} expected-warning{{'dir' has no effect on a parameter of a function type ('buf'); markers apply to function declarations, their parameters, variables and types}}

struct frame {
  unsigned char payload[64] DMA_STABLE; // expected-warning{{DMA_STABLE on field 'payload' has no effect; mark the variable or the struct type that holds the buffer}}
  int done DMA_COMPLETION_FLAG; // expected-warning{{DMA_COMPLETION_FLAG on 'done', which is not a global or static variable}}
};

int count_to_three(void) {
  int n = 0;
again: DMA_WAITS; // expected-warning{{'waits' has no effect on a label ('again'); markers apply to function declarations, their parameters, variables and types}}
  if (++n < 3)
    goto again;
  return n;
}

// Negative: markers where they apply are silent.
struct DMA_STABLE stable_frame { unsigned char payload[64]; }; // no-warning
typedef unsigned char dma_block[32] DMA_STABLE;                // no-warning
static unsigned char tx_buf[16] DMA_STABLE;                    // no-warning
static volatile int tx_done DMA_COMPLETION_FLAG;               // no-warning
int vsend(int ch DMA_HANDLE, const void *buf DMA_OWNED_TX, size_t n DMA_LEN, ...) DMA_SUCCESS_RETURNS(0); // no-warning
DMA_WAITS int kr_wait(ch) int ch DMA_HANDLE; { return ch; } // no-warning

// K&R parameters are read: the write below is found.
int kr_send(ch, buf, n) int ch DMA_HANDLE; const unsigned char *buf DMA_OWNED_TX; size_t n DMA_LEN; { return 0; }
void kr_write_in_flight(void) {
  kr_send(1, tx_buf, sizeof tx_buf);
  tx_buf[0] = 1; // expected-warning{{Write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight}} expected-note{{wait for the transfer (e.g. 'kr_wait') before accessing the buffer}}
  kr_wait(1);
}

// A length index into the '...' cannot be described.
int vlen(const void *buf DMA_OWNED_TX DMA_LEN_ARG(2), ...); // expected-warning{{DMA_LEN_ARG(2) is out of range: 'vlen' has 1 parameters (indices start at 1); the arguments of '...' cannot be described}}
