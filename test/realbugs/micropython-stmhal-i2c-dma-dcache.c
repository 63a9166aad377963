// Source: micropython/micropython commit 2460888c74 ("stmhal/i2c: Clean the cache so that I2C DMA works on F7 MCUs")
// Codebase: MicroPython
// Class: cache incoherence
//
// pyb.I2C.send() with dma=True handed the user's buffer to
// HAL_I2C_Master_Transmit_DMA on an STM32F7 with its write-back D-cache on:
// the bytes the interpreter had just written were still in the cache, so
// the DMA read stale RAM and the bus carried old data; recv() had the mirror
// problem. The fix cleans (TX) or cleans and invalidates (RX) the buffer's
// cache lines, rounded out to 32-byte lines, before each DMA start.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi -target-cpu cortex-m7 %s
// RUN: %realbugs_tidy %s -- --target=thumbv7em-none-eabi -mcpu=cortex-m7 -ffreestanding -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "stm32f7xx_hal.h"

#define CLEAN_DCACHE(addr, size)                                              \
  SCB_CleanDCache_by_Addr((uint32_t *)((uint32_t)(addr) & ~0x1fu),            \
                          (((uint32_t)((uint8_t *)(addr) + (size) + 0x1f) &   \
                            ~0x1fu) -                                         \
                           ((uint32_t)(addr) & ~0x1fu)))

I2C_HandleTypeDef hi2c1;
int i2c_wait_dma_finished(I2C_HandleTypeDef *i2c, uint32_t timeout);

// The buffer comes from the interpreter (a bytes/bytearray it just filled).
int i2c_send_before_fix(uint16_t addr, uint8_t *buf, uint16_t len) {
  buf[0] = 0x80; // the interpreter's last write to the data
  HAL_StatusTypeDef status = HAL_I2C_Master_Transmit_DMA(&hi2c1, addr << 1, buf, len); // expected-warning{{DMA transfer (memory-to-device) of the buffer pointed to by 'buf' starts while bytes the CPU wrote to it are still in the data cache: the engine reads stale memory; clean them before the start}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}data cache{{.*}} [dmasafe-
  if (status == HAL_OK)
    status = i2c_wait_dma_finished(&hi2c1, 100);
  return status;
}

int i2c_send_after_fix(uint16_t addr, uint8_t *buf, uint16_t len) {
  buf[0] = 0x80;
  CLEAN_DCACHE(buf, len);
  HAL_StatusTypeDef status = HAL_I2C_Master_Transmit_DMA(&hi2c1, addr << 1, buf, len); // no-warning
  if (status == HAL_OK)
    status = i2c_wait_dma_finished(&hi2c1, 100);
  return status;
}
