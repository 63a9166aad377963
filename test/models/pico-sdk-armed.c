// pico-sdk: a configure (or set_read_addr/set_write_addr) with trigger ==
// false only arms the channel; the CPU owns the buffers until
// dma_channel_start, dma_start_channel_mask, or a later call on the same
// channel with trigger == true starts it.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/pico-sdk.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "hardware/dma.h"

static uint8_t src[64];
static uint8_t dst[64];
static uint8_t other[64];
static volatile uint32_t spi_dr;
int consume(int);

void fill_then_start_ok(uint chan) {
  dma_channel_config c = dma_channel_get_default_config(chan);
  dma_channel_configure(chan, &c, &spi_dr, src, 64, false);
  src[0] = 1; // no-warning: armed, not started
  dma_channel_start(chan);
  dma_channel_wait_for_finish_blocking(chan);
  src[0] = 2; // no-warning
}

void write_after_start(uint chan) {
  dma_channel_config c = dma_channel_get_default_config(chan);
  dma_channel_configure(chan, &c, &spi_dr, src, 64, false);
  dma_channel_start(chan);
  src[0] = 1; // expected-warning{{Write to 'src' while a DMA transfer (memory-to-device) is in flight}}
  dma_channel_wait_for_finish_blocking(chan);
}

void start_other_channel_ok(void) {
  dma_channel_config c = dma_channel_get_default_config(2);
  dma_channel_configure(2, &c, dst, &spi_dr, 64, false);
  dma_channel_start(3);
  consume(dst[0]); // no-warning: channel 2 is only armed
}

void mask_starts_armed_channels(void) {
  dma_channel_config c = dma_channel_get_default_config(0);
  dma_channel_configure(0, &c, &spi_dr, src, 64, false);
  dma_channel_configure(1, &c, dst, &spi_dr, 64, false);
  dma_start_channel_mask((1u << 0) | (1u << 1));
  consume(dst[0]); // expected-warning{{Read of 'dst' while a DMA transfer (device-to-memory) is in flight}}
  dma_channel_wait_for_finish_blocking(1);
  dma_channel_wait_for_finish_blocking(0);
}

void mask_without_the_channel_ok(void) {
  dma_channel_config c = dma_channel_get_default_config(5);
  dma_channel_configure(5, &c, dst, &spi_dr, 64, false);
  dma_start_channel_mask(1u << 4);
  consume(dst[0]); // no-warning: bit 5 is clear
}

void mask_with_symbolic_channels(uint tx, uint rx) {
  dma_channel_config c = dma_channel_get_default_config(tx);
  dma_channel_configure(tx, &c, &spi_dr, src, 64, false);
  dma_channel_configure(rx, &c, dst, &spi_dr, 64, false);
  dma_start_channel_mask((1u << tx) | (1u << rx));
  src[1] = 0; // expected-warning{{Write to 'src' while a DMA transfer (memory-to-device) is in flight}}
}

void read_addr_armed_write_addr_triggers(uint chan) {
  dma_channel_set_read_addr(chan, src, false);
  src[0] = 1; // no-warning: armed
  dma_channel_set_write_addr(chan, dst, true);
  src[0] = 2; // expected-warning{{Write to 'src' while a DMA transfer (memory-to-device) is in flight}}
  dma_channel_wait_for_finish_blocking(chan);
}

void rearm_replaces_buffer(uint chan) {
  dma_channel_set_write_addr(chan, dst, false);
  dma_channel_set_write_addr(chan, other, false);
  dma_channel_set_trans_count(chan, 64, true);
  consume(dst[0]);   // no-warning: the channel writes 'other' now
  consume(other[0]); // expected-warning{{Read of 'other' while a DMA transfer (device-to-memory) is in flight}}
}

void trans_count_without_trigger_ok(uint chan) {
  dma_channel_set_write_addr(chan, dst, false);
  dma_channel_set_trans_count(chan, 64, false);
  consume(dst[0]); // no-warning: still armed
}

void abort_disarms(uint chan) {
  dma_channel_set_write_addr(chan, dst, false);
  dma_channel_abort(chan);
  dma_channel_start(chan);
  consume(dst[0]); // no-warning: the abort tore the setup down
}

void armed_stack_buffer_started_then_returned(uint chan) {
  uint8_t local[16];
  dma_channel_set_write_addr(chan, local, false);
  dma_channel_set_config(chan, 0, true);
} // expected-warning{{Returning from 'armed_stack_buffer_started_then_returned' while a DMA transfer (device-to-memory) of its stack buffer 'local' is in flight}}
