// pico-sdk: a configure (or set_read_addr/set_write_addr) with trigger ==
// false only arms the channel; the CPU owns the buffers until
// dma_channel_start, dma_start_channel_mask or a later call on the same
// channel with trigger == true starts it.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access,dmasafe-release-in-flight' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/pico-sdk.yaml'}]}" %s -- -I %S/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
#include <hardware/dma.h>

static uint8_t src[64];
static uint8_t dst[64];
static uint8_t other[64];
static volatile uint32_t spi_dr;
int consume(int);

void fill_between_configure_and_start_ok(uint chan) {
  dma_channel_config c = dma_channel_get_default_config(chan);
  dma_channel_configure(chan, &c, &spi_dr, src, 64, false);
  src[0] = 1; // armed, not started: the CPU still owns it
  dma_channel_start(chan);
  dma_channel_wait_for_finish_blocking(chan);
  src[0] = 2;
}

void write_after_start(uint chan) {
  dma_channel_config c = dma_channel_get_default_config(chan);
  dma_channel_configure(chan, &c, &spi_dr, src, 64, false);
  dma_channel_start(chan);
  src[0] = 1;
  // CHECK: :[[@LINE-1]]:3: warning: write to 'src' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
  // CHECK: :[[@LINE-4]]:3: note: DMA transfer set up here by 'dma_channel_configure', started by a later trigger on its handle; the buffer is the engine's until a wait
  dma_channel_wait_for_finish_blocking(chan);
}

void start_other_channel_ok(void) {
  dma_channel_config c = dma_channel_get_default_config(2);
  dma_channel_configure(2, &c, dst, &spi_dr, 64, false);
  dma_channel_start(3);
  consume(dst[0]); // channel 2 is only armed
}

void mask_starts_armed_channels(void) {
  dma_channel_config c = dma_channel_get_default_config(0);
  dma_channel_configure(0, &c, &spi_dr, src, 64, false);
  dma_channel_configure(1, &c, dst, &spi_dr, 64, false);
  consume(dst[0]); // both only armed
  dma_start_channel_mask((1u << 0) | (1u << 1));
  consume(dst[0]);
  // CHECK: :[[@LINE-1]]:11: warning: read of 'dst' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  dma_channel_wait_for_finish_blocking(1);
  dma_channel_wait_for_finish_blocking(0);
}

void mask_without_the_channel_ok(void) {
  dma_channel_config c = dma_channel_get_default_config(5);
  dma_channel_configure(5, &c, dst, &spi_dr, 64, false);
  dma_start_channel_mask(1u << 4);
  consume(dst[0]); // bit 5 is clear
}

void mask_with_symbolic_channels(uint tx, uint rx) {
  dma_channel_config c = dma_channel_get_default_config(tx);
  dma_channel_configure(tx, &c, &spi_dr, src, 64, false);
  dma_channel_configure(rx, &c, dst, &spi_dr, 64, false);
  dma_start_channel_mask((1u << tx) | (1u << rx));
  src[1] = 0;
  // CHECK: :[[@LINE-1]]:3: warning: write to 'src' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
}

void constant_mask_symbolic_channel(uint chan) {
  dma_channel_set_write_addr(chan, dst, false);
  dma_start_channel_mask(1u << 7); // chan may be 7
  consume(dst[0]);
  // CHECK: :[[@LINE-1]]:11: warning: read of 'dst' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
}

void read_addr_armed_write_addr_triggers(uint chan) {
  dma_channel_set_read_addr(chan, src, false);
  src[0] = 1; // armed
  dma_channel_set_write_addr(chan, dst, true);
  src[0] = 2;
  // CHECK: :[[@LINE-1]]:3: warning: write to 'src' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
  dma_channel_wait_for_finish_blocking(chan);
}

void rearm_replaces_buffer(uint chan) {
  dma_channel_set_write_addr(chan, dst, false);
  dma_channel_set_write_addr(chan, other, false);
  dma_channel_set_trans_count(chan, 64, true);
  consume(dst[0]); // the channel writes 'other' now
  consume(other[0]);
  // CHECK: :[[@LINE-1]]:11: warning: read of 'other' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  dma_channel_abort(chan);
}

void trans_count_without_trigger_ok(uint chan) {
  dma_channel_set_write_addr(chan, dst, false);
  dma_channel_set_trans_count(chan, 64, false);
  consume(dst[0]); // still armed
}

void abort_disarms(uint chan) {
  dma_channel_set_write_addr(chan, dst, false);
  dma_channel_abort(chan);
  dma_channel_start(chan);
  consume(dst[0]); // the abort tore the setup down
}

void wait_disarms(uint chan) {
  dma_channel_set_write_addr(chan, dst, false);
  dma_channel_wait_for_finish_blocking(chan);
  dma_channel_start(chan);
  consume(dst[0]); // the wait tore the setup down
}

// An unknown trigger is a start on some paths and an arm on the others; a
// later dma_channel_start runs it on every path.
void unknown_trigger_then_start(uint chan, bool go) {
  dma_channel_config c = dma_channel_get_default_config(chan);
  dma_channel_configure(chan, &c, dst, &spi_dr, 64, go);
  consume(dst[0]); // in flight on some paths only
  dma_channel_start(chan);
  consume(dst[1]);
  // CHECK: :[[@LINE-1]]:11: warning: read of 'dst' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  // CHECK: :[[@LINE-5]]:3: note: DMA transfer started here by 'dma_channel_configure'; the buffer is the engine's until a wait
  dma_channel_wait_for_finish_blocking(chan);
}

void armed_stack_buffer_started_then_returned(uint chan) {
  uint8_t local[16];
  dma_channel_set_write_addr(chan, local, false);
  dma_channel_set_config(chan, 0, true);
}
// CHECK: :[[@LINE-1]]:1: warning: returning from 'armed_stack_buffer_started_then_returned' while a DMA transfer (device-to-memory) of its stack buffer 'local' is in flight [dmasafe-release-in-flight]
// CHECK: :[[@LINE-4]]:3: note: DMA transfer set up here by 'dma_channel_set_write_addr', started by a later trigger on its handle; wait for it

void armed_stack_buffer_never_started_ok(uint chan) {
  uint8_t local[16];
  dma_channel_set_write_addr(chan, local, false);
  dma_channel_abort(chan);
}

void trans_count_unknown_trigger(uint chan, bool go) {
  dma_channel_set_write_addr(chan, dst, false);
  dma_channel_set_trans_count(chan, 64, go);
  consume(dst[0]); // running on some paths only
  dma_channel_start(chan);
  consume(dst[1]);
  // CHECK: :[[@LINE-1]]:11: warning: read of 'dst' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  dma_channel_abort(chan);
  consume(dst[2]);
}
