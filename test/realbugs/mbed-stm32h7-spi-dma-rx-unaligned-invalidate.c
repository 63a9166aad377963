// Source: mbed-ce/mbed-os PR #199 ("Make DMA SPI driver aware of CPU cache, fix data corruption and other SPI issues on STM32H7")
// Codebase: Mbed
// Class: cache incoherence
//
// Mbed's STM32 asynchronous SPI (SPI::transfer with DMA) invalidated the
// D-cache over the caller's RX buffer after the transfer. On the H7 that
// buffer could be anywhere, e.g. a few bytes on the stack: invalidating the
// partial first and last cache lines also threw away up-to-date data of
// neighbouring variables still held only in the cache, and the test suite
// saw stack corruption. The fix requires RX buffers that are whole,
// aligned cache lines (CacheAlignedBuffer) and cleans TX data before the
// start.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi -target-cpu cortex-m7 %s
// In Mbed the transfer is in targets/TARGET_STM/stm_spi_api.c and the test
// with the stack buffer in another translation unit; here they share one file.

#include "stm32f7xx_hal.h"

typedef struct { SPI_HandleTypeDef handle; } spi_t;

static void spi_master_transfer_before_fix(spi_t *obj, const uint8_t *tx, uint8_t *rx, size_t len) {
  if (HAL_SPI_TransmitReceive_DMA(&obj->handle, tx, rx, len) != HAL_OK)
    return;
  while (HAL_SPI_GetState(&obj->handle) != HAL_SPI_STATE_READY) {
  }
  SCB_InvalidateDCache_by_Addr((uint32_t *)rx, (int32_t)len); // partial lines: neighbours lost
}

static void spi_master_transfer_after_fix(spi_t *obj, const uint8_t *tx, uint8_t *rx, size_t len) {
  SCB_CleanDCache_by_Addr((uint32_t *)tx, (int32_t)len);
  if (HAL_SPI_TransmitReceive_DMA(&obj->handle, tx, rx, len) != HAL_OK)
    return;
  while (HAL_SPI_GetState(&obj->handle) != HAL_SPI_STATE_READY) {
  }
  SCB_InvalidateDCache_by_Addr((uint32_t *)rx, (int32_t)len);
}

static const uint8_t tx_cmd[32] = {0x9f};

// The test: a short RX buffer on the stack next to other locals.
int read_id_before_fix(spi_t *obj) {
  int guard = 42;
  uint8_t rx[5]; // expected-warning{{DMA buffer 'rx' receives data (device-to-memory) but is neither aligned to 32-byte data cache lines (alignment 1) nor a whole number of them (5 bytes)}}
  spi_master_transfer_before_fix(obj, tx_cmd, rx, sizeof rx);
  return rx[1] + guard;
}

int read_id_after_fix(spi_t *obj) {
  int guard = 42;
  __attribute__((aligned(32))) uint8_t rx[32]; // CacheAlignedBuffer<uint8_t, 5>: rounded to a line; no-warning
  spi_master_transfer_after_fix(obj, tx_cmd, rx, 5);
  return rx[1] + guard;
}
