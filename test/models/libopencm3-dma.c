// libopencm3's DMA API (models/libopencm3-dma.yaml): dma_set_memory_address
// arms the channel with an integer address, dma_enable_channel starts it,
// dma_disable_channel ends it, dma_get_interrupt_flag polls it; a flag a
// `*_isr` vector sets where it sees the channel's flag completes it.
// RUN: %clang_analyze_cc1 -triple thumbv7m-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/libopencm3-dma.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "libopencm3/stm32/dma.h"

static uint8_t tx[16], rx[16];

static void tx_start(void) {
  dma_set_peripheral_address(DMA1, DMA_CHANNEL4, 0x40013804u);
  dma_set_memory_address(DMA1, DMA_CHANNEL4, (uint32_t)tx);
  dma_set_number_of_data(DMA1, DMA_CHANNEL4, sizeof tx);
  dma_set_read_from_memory(DMA1, DMA_CHANNEL4);
  dma_enable_channel(DMA1, DMA_CHANNEL4);
}

void tx_written_in_flight(void) {
  tx_start();
  tx[0] = 1; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
}

void tx_armed_only_ok(void) {
  dma_set_memory_address(DMA1, DMA_CHANNEL4, (uint32_t)tx);
  tx[0] = 1; // no-warning: not enabled yet
}

void tx_disabled_ok(void) {
  tx_start();
  dma_disable_channel(DMA1, DMA_CHANNEL4);
  tx[0] = 1; // no-warning
}

void tx_polled_ok(void) {
  tx_start();
  while (!dma_get_interrupt_flag(DMA1, DMA_CHANNEL4, DMA_TCIF)) {
  }
  tx[0] = 1; // no-warning
}

void other_channel_disabled(void) {
  tx_start();
  dma_disable_channel(DMA1, DMA_CHANNEL5);
  tx[0] = 1; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
}

static volatile bool rx_done;

void dma1_channel5_isr(void) {
  if (dma_get_interrupt_flag(DMA1, DMA_CHANNEL5, DMA_TCIF)) {
    dma_clear_interrupt_flags(DMA1, DMA_CHANNEL5, DMA_TCIF);
    rx_done = 1;
  }
}

void rx_waits_for_isr_flag_ok(void) {
  rx_done = 0;
  dma_set_memory_address(DMA1, DMA_CHANNEL5, (uint32_t)rx);
  dma_set_read_from_peripheral(DMA1, DMA_CHANNEL5);
  dma_enable_channel(DMA1, DMA_CHANNEL5);
  while (!rx_done) {
  }
  rx[0] = 0; // no-warning
}

void rx_written_before_isr_flag(void) {
  rx_done = 0;
  dma_set_memory_address(DMA1, DMA_CHANNEL5, (uint32_t)rx);
  dma_enable_channel(DMA1, DMA_CHANNEL5);
  rx[0] = 0; // expected-warning{{Write to 'rx' while a DMA transfer (memory-to-device) is in flight}}
}

// libopencm3-examples stm32/f1/lisa-m-2/usart_dma: the vector tests ISR
// through libopencm3's address macro (no register block describes it),
// sets its flag, and only then disables the channel; the flag it sets
// before the disable is a completion flag all the same.
static volatile int transfered;

void dma1_channel4_isr(void) {
  if ((DMA1_ISR & DMA_ISR_TCIF4) != 0) {
    DMA1_IFCR |= DMA_IFCR_CTCIF4;
    transfered = 1;
  }
  dma_disable_channel(DMA1, DMA_CHANNEL4);
}

void tx_waits_for_flag_set_before_disable_ok(void) {
  transfered = 0;
  tx_start();
  while (transfered != 1) {
  }
  tx[0]++; // no-warning
}

void tx_written_while_waiting(int other) {
  transfered = 0;
  tx_start();
  while (transfered != 1) {
    if (other)
      tx[1] = 2; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
  }
}

static volatile int ticks;

void TIM2_IRQHandler(void) {
  ticks = 1; // no completion seen or ended here: no completion flag
}

void tx_waits_for_timer_tick(void) {
  ticks = 0;
  tx_start();
  while (!ticks) {
  }
  tx[0] = 0; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
}

// The same example's main loop: TX on channel 4, RX on channel 5, each
// with its vector and flag. RX's flag completes channel 5 only: the TX
// buffer written when it is set is still in flight.
void tx_written_when_rx_done(void) {
  transfered = 0;
  rx_done = 0;
  tx_start();
  dma_set_memory_address(DMA1, DMA_CHANNEL5, (uint32_t)rx);
  dma_set_read_from_peripheral(DMA1, DMA_CHANNEL5);
  dma_enable_channel(DMA1, DMA_CHANNEL5);
  while (transfered != 1) {
    if (rx_done) {
      tx[1] = rx[0]; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
      rx_done = 0;
    }
  }
}
