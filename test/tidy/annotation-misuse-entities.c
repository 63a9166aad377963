// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-annotation-misuse,dmasafe-in-flight-access' %s -- -std=gnu89 -Wno-unknown-warning-option -Wno-deprecated-non-prototype -I %annotations_include 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'

// The same entity kinds as test/analyzer/annotation-misuse-entities.c:
// markers where none has an effect are located warnings; where they apply
// (K&R parameters included) they are silent and read.
#include <dmasafe/annotations.h>
typedef __SIZE_TYPE__ size_t;

enum DMA_OWNED mode { MODE_A };
// CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'owned' has no effect on an enum ('mode'); markers apply to function declarations, their parameters, variables and types [dmasafe-annotation-misuse]
enum level { LEVEL_LOW DMA_STABLE, LEVEL_HIGH };
// CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'stable' has no effect on an enumerator ('LEVEL_LOW')
typedef void (*done_fn)(void *buf) DMA_COMPLETION_CALLBACK;
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'completion-callback' has no effect on a typedef of a function type ('done_fn')
void register_start(int (*start)(void *buf DMA_OWNED, size_t n));
// CHECK-MESSAGES: :[[@LINE-1]]:44: warning: 'owned' has no effect on a parameter of a function type ('buf')
struct frame {
  unsigned char payload[64] DMA_STABLE;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: DMA_STABLE on field 'payload' has no effect; mark the variable or the struct type that holds the buffer
};

int count_to_three(void) {
  int n = 0;
again: DMA_WAITS;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'waits' has no effect on a label ('again')
  if (++n < 3)
    goto again;
  return n;
}

struct DMA_STABLE stable_frame { unsigned char payload[64]; };
typedef unsigned char dma_block[32] DMA_STABLE;
static unsigned char tx_buf[16] DMA_STABLE;
static volatile int tx_done DMA_COMPLETION_FLAG;
DMA_WAITS int kr_wait(ch) int ch DMA_HANDLE; { return ch; }
int kr_send(ch, buf, n) int ch DMA_HANDLE; const unsigned char *buf DMA_OWNED_TX; size_t n DMA_LEN; { return 0; }
void kr_write_in_flight(void) {
  kr_send(1, tx_buf, sizeof tx_buf);
  tx_buf[0] = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
  kr_wait(1);
}
