// Register-level DMA on RP2040 channels (models/registers-rp2040.yaml):
// dma_hw->ch[c] is the channel, read_addr/write_addr arm it, ctrl_trig with
// EN or a trigger alias starts it, clearing EN stops it; a vector that sees
// ints0 and sets a flag completes the family's transfers.
// RUN: %clang_analyze_cc1 -triple thumbv6m-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/registers-rp2040.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "hardware/structs/dma.h"

static uint32_t src[8], dst[8];

void copy_read_in_flight(unsigned c) {
  dma_hw->ch[c].read_addr = (uint32_t)src;
  dma_hw->ch[c].write_addr = (uint32_t)dst;
  dma_hw->ch[c].transfer_count = 8;
  dma_hw->ch[c].ctrl_trig = DMA_CH0_CTRL_TRIG_EN_BITS;
  uint32_t v = dst[0]; // expected-warning{{Read of 'dst' while a DMA transfer (device-to-memory) is in flight}}
  (void)v;
}

void trigger_alias_starts(unsigned c) {
  dma_hw->ch[c].write_addr = (uint32_t)dst;
  dma_hw->ch[c].al3_read_addr_trig = (uint32_t)src;
  src[0] = 1; // expected-warning{{Write to 'src' while a DMA transfer (memory-to-device) is in flight}}
}

void other_channel_triggered_ok(unsigned c) {
  dma_hw->ch[0].write_addr = (uint32_t)dst;
  dma_hw->ch[1].ctrl_trig = DMA_CH0_CTRL_TRIG_EN_BITS;
  dst[0] = 1; // no-warning: channel 0 is armed, channel 1 was started
}

void disabled_then_written_ok(unsigned c) {
  dma_hw->ch[c].read_addr = (uint32_t)src;
  dma_hw->ch[c].ctrl_trig = DMA_CH0_CTRL_TRIG_EN_BITS;
  dma_hw->ch[c].ctrl_trig = 0;
  src[0] = 1; // no-warning: EN cleared
}

static volatile int done;

void isr_dma_0(void) {
  if (dma_hw->ints0 & 1u) {
    dma_hw->ints0 = 1u;
    done = 1;
  }
}

void wait_for_vector_flag_ok(void) {
  done = 0;
  dma_hw->ch[0].write_addr = (uint32_t)dst;
  dma_hw->ch[0].ctrl_trig = DMA_CH0_CTRL_TRIG_EN_BITS;
  while (!done) {
  }
  uint32_t v = dst[0]; // no-warning
  (void)v;
}

// pico-examples flash/ssi_dma: the start sets EN among other bits, and the
// loop polls the channel's BUSY bit; once it reads 0 the buffer is the CPU's.
static void bulk_read(uint32_t *rx, unsigned c) {
  dma_hw->ch[c].write_addr = (uint32_t)rx;
  dma_hw->ch[c].transfer_count = 8;
  dma_hw->ch[c].ctrl_trig =
      DMA_CH0_CTRL_TRIG_INCR_WRITE_BITS | DMA_CH0_CTRL_TRIG_EN_BITS;
  while (dma_hw->ch[c].ctrl_trig & DMA_CH0_CTRL_TRIG_BUSY_BITS)
    ;
}

void poll_busy_bit_ok(unsigned c) {
  bulk_read(dst, c);
  uint32_t v = dst[0]; // no-warning: BUSY read 0
  (void)v;
}

void busy_seen_set(unsigned c) {
  dma_hw->ch[c].write_addr = (uint32_t)dst;
  dma_hw->ch[c].ctrl_trig = DMA_CH0_CTRL_TRIG_EN_BITS;
  if (dma_hw->ch[c].ctrl_trig & DMA_CH0_CTRL_TRIG_BUSY_BITS) {
    uint32_t v = dst[0]; // expected-warning{{Read of 'dst' while a DMA transfer (device-to-memory) is in flight}}
    (void)v;
  }
}

void poll_en_bit_is_no_wait(unsigned c) {
  dma_hw->ch[c].write_addr = (uint32_t)dst;
  dma_hw->ch[c].ctrl_trig = DMA_CH0_CTRL_TRIG_EN_BITS;
  while (dma_hw->ch[c].ctrl_trig & DMA_CH0_CTRL_TRIG_INCR_WRITE_BITS)
    ;
  uint32_t v = dst[0]; // expected-warning{{Read of 'dst' while a DMA transfer (device-to-memory) is in flight}}
  (void)v;
}

void poll_busy_of_another_channel(void) {
  dma_hw->ch[0].write_addr = (uint32_t)dst;
  dma_hw->ch[0].ctrl_trig = DMA_CH0_CTRL_TRIG_EN_BITS;
  while (dma_hw->ch[1].ctrl_trig & DMA_CH0_CTRL_TRIG_BUSY_BITS)
    ;
  uint32_t v = dst[0]; // expected-warning{{Read of 'dst' while a DMA transfer (device-to-memory) is in flight}}
  (void)v;
}
