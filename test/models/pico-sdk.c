// The pico-sdk hardware_dma model: the channel number is the handle, a
// configure starts only when `trigger` is true, the model wins over the
// inline register bodies of the SDK header.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/pico-sdk.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "hardware/dma.h"

static uint8_t src[256];
static uint8_t dst[256];
static volatile uint32_t uart_dr; // stands for a peripheral data register
int consume(int);

void memcpy_dst_read_before_wait(void) {
  int chan = dma_claim_unused_channel(true);
  dma_channel_config c = dma_channel_get_default_config(chan);
  dma_channel_configure(chan, &c, dst, src, 256, true);
  consume(dst[0]); // expected-warning{{Read of 'dst' while a DMA transfer (device-to-memory) is in flight}}
  dma_channel_wait_for_finish_blocking(chan);
}

void memcpy_wait_ok(void) {
  int chan = dma_claim_unused_channel(true);
  dma_channel_config c = dma_channel_get_default_config(chan);
  dma_channel_configure(chan, &c, dst, src, 256, true);
  dma_channel_wait_for_finish_blocking(chan);
  consume(dst[0]); // no-warning
  src[0] = 1;      // no-warning
}

void memcpy_src_written_in_flight(uint chan) {
  dma_channel_config c = dma_channel_get_default_config(chan);
  dma_channel_configure(chan, &c, dst, src, 256, true);
  src[0] = 1; // expected-warning{{Write to 'src' while a DMA transfer (memory-to-device) is in flight}}
  dma_channel_wait_for_finish_blocking(chan);
}

void configure_without_trigger_ok(uint chan) {
  dma_channel_config c = dma_channel_get_default_config(chan);
  dma_channel_configure(chan, &c, dst, src, 256, false);
  src[0] = 1; // no-warning: nothing started yet
}

void wait_on_other_channel(void) {
  dma_channel_config c = dma_channel_get_default_config(3);
  dma_channel_configure(3, &c, dst, src, 256, true);
  dma_channel_wait_for_finish_blocking(4);
  consume(dst[0]); // expected-warning{{Read of 'dst' while a DMA transfer (device-to-memory) is in flight}}
  dma_channel_wait_for_finish_blocking(3);
}

void tx_to_peripheral_refill_in_flight(uint chan) {
  dma_channel_transfer_from_buffer_now(chan, src, 64);
  src[0] = 'a'; // expected-warning{{Write to 'src' while a DMA transfer (memory-to-device) is in flight}}
}

void tx_busy_poll_ok(uint chan) {
  dma_channel_transfer_from_buffer_now(chan, src, 64);
  while (dma_channel_is_busy(chan)) {
  }
  src[0] = 'a'; // no-warning
}

void rx_from_peripheral_abort_ok(uint chan) {
  dma_channel_transfer_to_buffer_now(chan, dst, 32);
  dma_channel_abort(chan);
  consume(dst[0]); // no-warning
}

void rx_too_long(uint chan) {
  dma_channel_transfer_to_buffer_now(chan, dst, 300); // expected-warning{{DMA transfer of 300 bytes by 'dma_channel_transfer_to_buffer_now' overruns 'dst', which has 256 bytes}}
  dma_channel_wait_for_finish_blocking(chan);
}

void set_read_addr_trigger(uint chan, bool go) {
  dma_channel_set_read_addr(chan, src, go);
  if (go)
    src[1] = 2; // expected-warning{{Write to 'src' while a DMA transfer (memory-to-device) is in flight}}
  else
    src[1] = 2; // no-warning: not triggered
  dma_channel_wait_for_finish_blocking(chan);
}

void set_write_addr_restart_in_flight(uint chan) {
  dma_channel_set_write_addr(chan, dst, true);
  dma_channel_set_write_addr(chan, dst, true); // expected-warning{{DMA transfer on 'dst' started while an earlier transfer (device-to-memory) on overlapping bytes is still in flight}}
}

void peripheral_register_is_no_buffer(uint chan) {
  dma_channel_config c = dma_channel_get_default_config(chan);
  dma_channel_configure(chan, &c, &uart_dr, src, 64, true);
  consume(src[0]); // no-warning: the engine only reads src
  dma_channel_wait_for_finish_blocking(chan);
}

void stack_buffer_left_in_flight(uint chan) {
  uint8_t frame[32];
  dma_channel_transfer_to_buffer_now(chan, frame, sizeof frame);
} // expected-warning{{Returning from 'stack_buffer_left_in_flight' while a DMA transfer (device-to-memory) of its stack buffer 'frame' is in flight}}
