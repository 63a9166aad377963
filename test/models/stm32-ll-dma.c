// STM32 LL DMA (models/stm32-ll-dma.yaml): the memory address arms the
// stream, EnableStream starts it, DisableStream ends it, a set TC flag
// completes it. A peripheral register's address is a constant: no buffer.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-ll-dma.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "stm32f4xx_ll_dma.h"

static uint8_t tx[32];

static void tx_start(void) {
  LL_DMA_ConfigAddresses(DMA2, LL_DMA_STREAM_7, (uint32_t)tx, 0x40011004u,
                         LL_DMA_DIRECTION_MEMORY_TO_PERIPH);
  LL_DMA_SetDataLength(DMA2, LL_DMA_STREAM_7, sizeof tx);
  LL_DMA_EnableStream(DMA2, LL_DMA_STREAM_7);
}

void tx_written_in_flight(void) {
  tx_start();
  tx[3] = 0; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
}

void tx_read_in_flight_ok(void) {
  tx_start();
  int c = tx[3]; // no-warning: the engine only reads it
  (void)c;
}

void tx_polled_flag_ok(void) {
  tx_start();
  while (!LL_DMA_IsActiveFlag_TC7(DMA2)) {
  }
  tx[3] = 0; // no-warning
}

void tx_disabled_ok(void) {
  tx_start();
  LL_DMA_DisableStream(DMA2, LL_DMA_STREAM_7);
  tx[3] = 0; // no-warning
}

void other_stream_disabled(void) {
  tx_start();
  LL_DMA_DisableStream(DMA2, LL_DMA_STREAM_0);
  tx[3] = 0; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
}
