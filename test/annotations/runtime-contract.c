// The annotations of the runtime's own API (dmasafe/dma.h) give the
// analyzer the contract docs/runtime.md states: what each start hands to
// the engine, that a failed start took nothing, that dmasafe_wait,
// dmasafe_abort and a false dmasafe_is_busy give the buffers back (the
// wait whatever it returns), that a copy's source may be read in flight
// but its destination not, and that the channel object is the handle.
//
// Through the driver, which finds <stdbool.h> and friends (clang -cc1 does
// not); the default checkers are off so that only dmasafe speaks.
// RUN: %clang --analyze --analyzer-no-default-checks -Xclang -load -Xclang %analyzer_plugin -Xclang -analyzer-checker=core,dmasafe -Xclang -verify -I %runtime_include -I %annotations_include %s -o %t.plist

#include "dmasafe/dma.h"

static unsigned char tx[32];
static unsigned char rx[32];
static unsigned char tmp[32];

void tx_write_in_flight(dmasafe_channel_t *ch) {
  if (dmasafe_start_tx(ch, tx, sizeof tx) != 0)
    return;
  tx[0] = 1; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
             // expected-note@-1{{wait for the transfer (e.g. 'dmasafe_wait') before accessing the buffer}}
  (void)dmasafe_wait(ch);
}

int tx_read_in_flight_ok(dmasafe_channel_t *ch) {
  if (dmasafe_start_tx(ch, tx, sizeof tx) != 0)
    return -1;
  int c = tx[0]; // no-warning
  (void)dmasafe_wait(ch);
  return c;
}

void tx_write_after_wait_whatever_it_returned_ok(dmasafe_channel_t *ch) {
  if (dmasafe_start_tx(ch, tx, sizeof tx) != 0)
    return;
  if (dmasafe_wait(ch) != 0)
    tx[1] = 2; // no-warning
  tx[0] = 1; // no-warning
}

void wait_result_ignored_ok(dmasafe_channel_t *ch) {
  if (dmasafe_start_tx(ch, tx, sizeof tx) == 0)
    dmasafe_wait(ch);
  tx[0] = 1; // no-warning
}

int rx_read_in_flight(dmasafe_channel_t *ch) {
  if (dmasafe_start_rx(ch, rx, sizeof rx) != 0)
    return -1;
  int c = rx[0]; // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
                 // expected-note@-1{{wait for the transfer (e.g. 'dmasafe_wait') before accessing the buffer}}
  (void)dmasafe_wait(ch);
  return c;
}

int rx_failed_start_took_nothing_ok(dmasafe_channel_t *ch) {
  if (dmasafe_start_rx(ch, rx, sizeof rx) != 0)
    return rx[0]; // no-warning
  (void)dmasafe_wait(ch);
  return rx[0]; // no-warning
}

int rx_poll_until_idle_ok(dmasafe_channel_t *ch) {
  if (dmasafe_start_rx(ch, rx, sizeof rx) != 0)
    return -1;
  while (dmasafe_is_busy(ch)) {
  }
  return rx[0]; // no-warning
}

int rx_poll_once_still_busy(dmasafe_channel_t *ch) {
  if (dmasafe_start_rx(ch, rx, sizeof rx) != 0)
    return -1;
  if (dmasafe_is_busy(ch))
    return rx[0]; // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
                  // expected-note@-1{{wait for the transfer (e.g. 'dmasafe_wait') before accessing the buffer}}
  return rx[1]; // no-warning
}

void rx_abort_gives_back_ok(dmasafe_channel_t *ch) {
  if (dmasafe_start_rx(ch, rx, sizeof rx) != 0)
    return;
  (void)dmasafe_abort(ch);
  rx[0] = 0; // no-warning
}

int copy_source_readable_destination_not(dmasafe_channel_t *ch) {
  if (dmasafe_start_copy(ch, tmp, tx, sizeof tmp) != 0)
    return -1;
  int c = tx[0]; // no-warning
  c += tmp[0]; // expected-warning{{Read of 'tmp' while a DMA transfer (device-to-memory) is in flight}}
               // expected-note@-1{{wait for the transfer (e.g. 'dmasafe_wait') before accessing the buffer}}
  (void)dmasafe_wait(ch);
  return c;
}

void second_start_on_the_same_buffer(dmasafe_channel_t *a, dmasafe_channel_t *b) {
  if (dmasafe_start_rx(a, rx, sizeof rx) != 0)
    return;
  if (dmasafe_start_rx(b, rx + 8, 8) != 0) // expected-warning{{DMA transfer on 'rx' started while an earlier transfer (device-to-memory) on overlapping bytes is still in flight}}
                                           // expected-note@-1{{wait for the transfer (e.g. 'dmasafe_wait') before starting it again}}
    return;
  (void)dmasafe_wait(b);
  (void)dmasafe_wait(a);
}

void channel_object_dies_in_flight(void) {
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {0, DMASAFE_WIDTH_8, 0};
  if (dmasafe_channel_init(&ch, 0, &cfg) != 0)
    return;
  if (dmasafe_start_rx(&ch, rx, sizeof rx) != 0) // expected-note{{wait for the transfer (e.g. 'dmasafe_wait') before the handle goes out of scope}}
    return;
} // expected-warning{{Handle 'ch' of the DMA transfer (device-to-memory) of 'rx' goes out of scope while the transfer is in flight}}

void channel_object_waited_ok(void) {
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {0, DMASAFE_WIDTH_8, 0};
  if (dmasafe_channel_init(&ch, 0, &cfg) != 0)
    return;
  if (dmasafe_start_rx(&ch, rx, sizeof rx) == 0)
    (void)dmasafe_wait(&ch);
  dmasafe_channel_deinit(&ch);
} // no-warning
