// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-output=text -verify %s -I %annotations_include

// Channel-number handles, concrete and symbolic: a wait completes what was
// started on the same channel, as decided by the constraint manager.
#include <dmasafe/annotations.h>
typedef __SIZE_TYPE__ size_t;
typedef unsigned char u8;

DMA_SUCCESS_NONNEG
int chan_rx(int chan DMA_HANDLE, void *dst DMA_OWNED_RX, size_t n DMA_LEN);
DMA_SUCCESS_NONNEG
int chan_copy(u8 chan DMA_HANDLE, void *dst DMA_OWNED_RX DMA_LEN_ARG(3),
              size_t n, const void *src DMA_OWNED_TX DMA_LEN_ARG(3));
void chan_wait(int chan DMA_HANDLE) DMA_WAITS;
DMA_POLL_DONE int chan_done(int chan DMA_HANDLE);

char a[16], b[16];

int wait_same_constant_channel_ok(void) {
  if (chan_rx(3, a, sizeof a) < 0)
    return -1;
  chan_wait(3);
  return a[0]; // no-warning
}

int wait_other_constant_channel(void) {
  if (chan_rx(3, a, sizeof a) < 0) // expected-note{{DMA transfer (device-to-memory) of 'a' started here}} expected-note{{Assuming the condition is false}}
                                   // expected-note@-1{{Taking false branch}}
    return -1;
  chan_wait(4);
  return a[0]; // expected-warning{{Read of 'a' while a DMA transfer (device-to-memory) is in flight}}
               // expected-note@-1{{Read of 'a'}} expected-note@-1{{wait for the transfer (e.g. 'chan_wait') before accessing the buffer}}
}

int wait_same_symbolic_channel_ok(int chan) {
  if (chan_rx(chan, a, sizeof a) < 0)
    return -1;
  chan_wait(chan);
  return a[0]; // no-warning
}

int wait_unrelated_symbolic_channel_stops_tracking(int chan, int other) {
  if (chan_rx(chan, a, sizeof a) < 0)
    return -1;
  chan_wait(other); // undecidable: say nothing afterwards
  return a[0];      // no-warning
}

int wait_known_different_symbolic_channel(int chan) {
  if (chan != 5) // expected-note{{Assuming 'chan' is equal to 5}} expected-note{{Taking false branch}}
    return -1;
  if (chan_rx(chan, a, sizeof a) < 0) // expected-note{{started here}} expected-note{{Taking false branch}} expected-note{{Assuming the condition is false}}
    return -1;
  chan_wait(6); // the constraint manager knows chan == 5
  return a[0]; // expected-warning{{Read of 'a'}}
               // expected-note@-1{{Read of 'a'}} expected-note@-1{{wait for the transfer}}
}

int narrow_channel_type_ok(void) {
  if (chan_copy(2, a, 8, b) < 0)
    return -1;
  chan_wait(2); // an int 2 names the u8 channel 2
  return a[0] + b[0]; // no-warning
}

void copy_owns_both_buffers(void) {
  chan_copy(5, a, 8, b); // expected-note{{DMA transfer (memory-to-device) of 'b' started here}}
  b[0] = 1; // expected-warning{{Write to 'b' while a DMA transfer (memory-to-device) is in flight}}
            // expected-note@-1{{Write to 'b'}} expected-note@-1{{wait for the transfer}}
}

int copy_source_read_ok(void) {
  if (chan_copy(5, a, 8, b) < 0)
    return -1;
  int v = b[0]; // no-warning: the engine only reads the source
  chan_wait(5);
  return v + a[0];
}

int poll_done_on_channel_ok(int chan) {
  if (chan_rx(chan, a, sizeof a) < 0)
    return -1;
  while (!chan_done(chan)) {
  }
  return a[1]; // no-warning
}
