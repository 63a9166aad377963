// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify %s -I %annotations_include

// Misplaced or malformed markers are diagnostics at the marker, never a
// crash and never silently ignored.
#include <dmasafe/annotations.h>
typedef __SIZE_TYPE__ size_t;

void owned_not_pointer(int n DMA_OWNED); // expected-warning{{DMA_OWNED on parameter 'n' of type 'int', which is not a pointer}}

void len_arg_out_of_range(char *buf DMA_OWNED DMA_LEN_ARG(5), size_t n); // expected-warning{{DMA_LEN_ARG(5) is out of range: 'len_arg_out_of_range' has 2 parameters (indices start at 1)}}

void tx_and_rx(char *buf DMA_OWNED_TX DMA_OWNED_RX, size_t n DMA_LEN); // expected-warning{{Parameter 'buf' is marked both TX and RX; use DMA_OWNED for a buffer the engine reads and writes}}

void unknown_marker(char *buf __attribute__((annotate("dmasafe:ownd")))); // expected-warning{{Unknown annotation 'dmasafe:ownd'}}

DMA_WAITS void wait_without_handle(int chan); // expected-warning{{'wait_without_handle' is marked wait but has no DMA_HANDLE parameter naming the transfer}}

void len_not_integer(char *buf DMA_OWNED, char *n DMA_LEN); // expected-warning{{DMA_LEN on parameter 'n' of type 'char *', which is not an integer}}

DMA_SUCCESS_RETURNS(HAL_NOPE) int bad_success(char *buf DMA_OWNED); // expected-warning{{DMA_SUCCESS_RETURNS(HAL_NOPE) is neither an integer nor an enumerator}}

DMA_POLL_BUSY DMA_POLL_DONE int poll_both(int ch DMA_HANDLE); // expected-warning{{'poll_both' is marked both DMA_POLL_BUSY and DMA_POLL_DONE}}

DMA_OWNED int owned_on_global; // expected-warning{{'owned' does not apply to a variable ('owned_on_global'); only DMA_STABLE and DMA_COMPLETION_FLAG mark storage}}

// Every role's function marker is known on storage too (Roles.def): a
// misplaced one is "does not apply", never "unknown annotation".
DMA_ARMS int arms_on_global; // expected-warning{{'arms' does not apply to a variable ('arms_on_global'); only DMA_STABLE and DMA_COMPLETION_FLAG mark storage}}
DMA_WAITS_SIGNAL int waits_signal_on_global; // expected-warning{{'waits-signal' does not apply to a variable ('waits_signal_on_global'); only DMA_STABLE and DMA_COMPLETION_FLAG mark storage}}

struct dev {
  char *buf DMA_OWNED_RX; // expected-warning{{'owned' does not apply to a field ('buf'); only DMA_STABLE and DMA_COMPLETION_FLAG mark storage}} expected-warning{{'dir' does not apply to a field ('buf'); only DMA_STABLE and DMA_COMPLETION_FLAG mark storage}}
  char ring[16] DMA_STABLE; // expected-warning{{DMA_STABLE on field 'ring' has no effect; mark the variable or the struct type that holds the buffer}}
};

void local_flag(void) {
  int done DMA_COMPLETION_FLAG = 0; // expected-warning{{DMA_COMPLETION_FLAG on 'done', which is not a global or static variable}}
  (void)done;
}

volatile int global_done DMA_COMPLETION_FLAG; // no-warning
DMA_STABLE static char stable_buf[8];          // no-warning

// A declaration used by code with a broken marker: the rest of the contract
// still works, the broken marker is left out.
DMA_SUCCESS_RETURNS(0)
int partly_broken(int ch DMA_HANDLE, char *buf DMA_OWNED_RX, size_t n DMA_LEN, int flags DMA_IN_RAM); // expected-warning{{'in-ram' on parameter 'flags', which is not a pointer}}
DMA_WAITS void partly_wait(int ch DMA_HANDLE);

char rx[8];
int use_partly_broken(void) {
  if (partly_broken(1, rx, sizeof rx, 0) != 0)
    return 0;
  return rx[0]; // expected-warning{{Read of 'rx'}} expected-note{{wait for the transfer (e.g. 'partly_wait')}}
}

// Well-formed annotations produce nothing.
DMA_SUCCESS_NONNEG int good_start(int ch DMA_HANDLE, const void *p DMA_OWNED_TX, size_t n DMA_LEN); // no-warning
DMA_POLL_DONE int good_poll(int ch DMA_HANDLE); // no-warning
