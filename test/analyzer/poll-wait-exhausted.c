// A known false report (docs/guide.md, "Loops"): a polling wait of its own
// with a timeout. Its loop reaches the block-visit bound on the path where
// neither READY nor the timeout has shown yet; the engine replays that call
// as an unknown one and never inlines spi_wait() again in the unit, so the
// completion inside it is lost and both reads are reported as in flight.
// XFAIL until the analyzer keeps the completion (issue 11 item 4).
// XFAIL: *
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml \
// RUN:   -I %S/../models/Inputs -verify %s
// expected-no-diagnostics
#include "stm32f4xx_hal.h"

uint32_t HAL_GetTick(void);
SPI_HandleTypeDef hspi1;
uint8_t rx[16];
void consume(uint8_t);

static int spi_wait(SPI_HandleTypeDef *h, uint32_t t0) {
  for (;;) {
    if (h->State == 0x01) // HAL_SPI_STATE_READY
      return 0;
    if (HAL_GetTick() - t0 >= 100)
      return 3;
  }
}

void first(void) {
  if (HAL_SPI_Receive_DMA(&hspi1, rx, sizeof rx) != HAL_OK)
    return;
  if (spi_wait(&hspi1, HAL_GetTick()) != 0)
    return;
  consume(rx[0]);
}

void second(void) {
  if (HAL_SPI_Receive_DMA(&hspi1, rx, sizeof rx) != HAL_OK)
    return;
  if (spi_wait(&hspi1, HAL_GetTick()) != 0)
    return;
  consume(rx[0]);
}
