// Register-level DMA on an STM32 channel controller (models/registers-stm32.yaml):
// storing a buffer's address into CMAR arms the channel, setting CCR.EN
// starts it, clearing EN stops it; a read of the controller's ISR that
// shows a flag, or a flag an interrupt vector sets after seeing ISR or
// clearing IFCR, completes it. CCR.DIR gives the direction.
// RUN: %clang_analyze_cc1 -triple thumbv7m-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/registers-stm32.yaml \
// RUN:   -I %S/Inputs -analyzer-output=text -verify -verify-ignore-unexpected=note %s
#include "stm32f1xx.h"

static uint8_t tx[32], rx[32];

static void tx_start(void) {
  DMA1_Channel4->CPAR = (uint32_t)&USART1->DR;
  DMA1_Channel4->CMAR = (uint32_t)tx; // expected-note{{DMA transfer (memory-to-device) of 'tx' set up here, not started}}
  DMA1_Channel4->CNDTR = sizeof tx;
  DMA1_Channel4->CCR = DMA_CCR_MINC | DMA_CCR_DIR | DMA_CCR_EN; // expected-note{{DMA transfer (memory-to-device) of 'tx' started here}}
}

static void rx_start(void) {
  DMA1_Channel5->CPAR = (uint32_t)&USART1->DR;
  DMA1_Channel5->CMAR = (uint32_t)rx; // expected-note{{DMA transfer (memory-to-device) of 'rx' set up here, not started}}
  DMA1_Channel5->CNDTR = sizeof rx;
  DMA1_Channel5->CCR = DMA_CCR_MINC | DMA_CCR_TCIE | DMA_CCR_EN; // expected-note{{DMA transfer (device-to-memory) of 'rx' started here}}
}

void tx_write_in_flight(void) {
  tx_start(); // expected-note{{Calling 'tx_start'}} expected-note{{Returning from 'tx_start'}}
  tx[0] = 1; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}} \
             // expected-note{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
}

void tx_read_in_flight_ok(void) {
  tx_start();
  int c = tx[0]; // no-warning: the engine only reads a memory-to-device source
  (void)c;
}

void rx_read_in_flight(void) {
  rx_start(); // expected-note{{Calling 'rx_start'}} expected-note{{Returning from 'rx_start'}}
  int c = rx[0]; // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}} \
                 // expected-note{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
  (void)c;
}

void armed_not_started_ok(void) {
  DMA1_Channel4->CMAR = (uint32_t)tx;
  DMA1_Channel4->CNDTR = sizeof tx;
  tx[0] = 1; // no-warning: EN is not set yet
}

void stopped_then_written_ok(void) {
  tx_start();
  DMA1_Channel4->CCR &= ~DMA_CCR_EN;
  tx[0] = 1; // no-warning: clearing EN stopped the channel
}

void other_channel_stopped(void) {
  tx_start(); // expected-note{{Calling 'tx_start'}} expected-note{{Returning from 'tx_start'}}
  DMA1_Channel5->CCR &= ~DMA_CCR_EN;
  tx[1] = 2; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}} \
             // expected-note{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
}

void polled_status_then_read_ok(void) {
  rx_start();
  while (!(DMA1->ISR & DMA_ISR_TCIF5)) {
  }
  int c = rx[0]; // no-warning: the loop ends where ISR shows the flag
  (void)c;
}

void channel_parameter(DMA_Channel_TypeDef *ch, uint8_t *buf) {
  ch->CMAR = (uint32_t)buf; // expected-note{{DMA transfer (memory-to-device) of the buffer pointed to by 'buf' set up here, not started}}
  ch->CCR |= DMA_CCR_EN; // expected-note{{DMA transfer (memory-to-device) of the buffer pointed to by 'buf' started here}}
  buf[0] = 0; // expected-warning{{Write to the buffer pointed to by 'buf' while a DMA transfer (memory-to-device) is in flight}} \
              // expected-note{{Write to the buffer pointed to by 'buf' while a DMA transfer (memory-to-device) is in flight}}
}

// --- Completion seen by the channel's interrupt vector ---------------------
static volatile int rx_done;

void DMA1_Channel5_IRQHandler(void) {
  if (DMA1->ISR & DMA_ISR_TCIF5) {
    DMA1->IFCR = DMA_IFCR_CTCIF5;
    rx_done = 1;
  }
}

void rx_wait_for_vector_flag_ok(void) {
  rx_done = 0;
  rx_start();
  while (!rx_done) {
  }
  int c = rx[0]; // no-warning: the vector set the flag after seeing TCIF5
  (void)c;
}

void rx_read_before_vector_flag(void) {
  rx_done = 0;
  rx_start(); // expected-note{{Calling 'rx_start'}} expected-note{{Returning from 'rx_start'}}
  int c = rx[0]; // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}} \
                 // expected-note{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
  (void)c;
}
