// A flag an interrupt vector sets where it sees one channel's completion
// completes only that channel's transfers, as the analyzer scopes it
// (CompletionScope::Channel): a transfer on another constant channel stays
// in flight; one on a channel the flow cannot name is taken as complete.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/libopencm3-dma.yaml'}]}" %s -- --target=thumbv7m-none-eabi -ffreestanding -I %S/../models/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
#include "libopencm3/stm32/dma.h"

static uint8_t tx[16], rx[16];
static volatile int rx_done;

void dma1_channel5_isr(void) {
  if (dma_get_interrupt_flag(DMA1, DMA_CHANNEL5, DMA_TCIF)) {
    dma_clear_interrupt_flags(DMA1, DMA_CHANNEL5, DMA_TCIF);
    rx_done = 1;
  }
}

void tx_written_when_rx_done(void) {
  rx_done = 0;
  dma_set_memory_address(DMA1, DMA_CHANNEL4, (uint32_t)tx);
  dma_set_read_from_memory(DMA1, DMA_CHANNEL4);
  dma_enable_channel(DMA1, DMA_CHANNEL4);
  dma_set_memory_address(DMA1, DMA_CHANNEL5, (uint32_t)rx);
  dma_set_read_from_peripheral(DMA1, DMA_CHANNEL5);
  dma_enable_channel(DMA1, DMA_CHANNEL5);
  while (!rx_done) {
  }
  rx[0] = 0; // channel 5 is complete
  tx[1] = 2;
  // CHECK: :[[@LINE-1]]:3: warning: write to 'tx' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
}

void tx_on_unnamed_channel_ok(uint8_t ch) {
  rx_done = 0;
  dma_set_memory_address(DMA1, ch, (uint32_t)tx);
  dma_set_read_from_memory(DMA1, ch);
  dma_enable_channel(DMA1, ch);
  while (!rx_done) {
  }
  tx[1] = 2; // ch may be channel 5: when unsure, say nothing
}
