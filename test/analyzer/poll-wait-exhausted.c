// A polling wait of the project's own, with a timeout (api/PolledHandles.h).
// Its loop reaches the block-visit bound on the path where neither READY
// nor the timeout has shown yet; the engine replays that call as an unknown
// one and does not inline spi_wait() again in the unit. Such a call, not
// inlined, to a function whose body polls the handle it is given, completes
// that handle's transfers: before, both reads below were reported as in
// flight. A poll of another handle completes nothing.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml \
// RUN:   -I %S/../models/Inputs -verify -verify-ignore-unexpected=note %s
#include "stm32f4xx_hal.h"

uint32_t HAL_GetTick(void);
SPI_HandleTypeDef hspi1, hspi2;
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
  consume(rx[0]); // no-warning
}

void second(void) {
  if (HAL_SPI_Receive_DMA(&hspi1, rx, sizeof rx) != HAL_OK)
    return;
  if (spi_wait(&hspi1, HAL_GetTick()) != 0)
    return;
  consume(rx[0]); // no-warning
}

void waits_for_another_handle(void) {
  if (HAL_SPI_Receive_DMA(&hspi1, rx, sizeof rx) != HAL_OK)
    return;
  if (spi_wait(&hspi2, HAL_GetTick()) != 0)
    return;
  consume(rx[0]); // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
}

// The same through the modelled poll HAL_SPI_GetState().
static int spi_wait_state(SPI_HandleTypeDef *h, uint32_t t0) {
  while (HAL_SPI_GetState(h) != 0x01)
    if (HAL_GetTick() - t0 >= 100)
      return 3;
  return 0;
}

void third(void) {
  if (HAL_SPI_Receive_DMA(&hspi1, rx, sizeof rx) != HAL_OK)
    return;
  if (spi_wait_state(&hspi1, HAL_GetTick()) != 0)
    return;
  consume(rx[0]); // no-warning
}

void fourth(void) {
  if (HAL_SPI_Receive_DMA(&hspi1, rx, sizeof rx) != HAL_OK)
    return;
  if (spi_wait_state(&hspi1, HAL_GetTick()) != 0)
    return;
  consume(rx[0]); // no-warning
}
