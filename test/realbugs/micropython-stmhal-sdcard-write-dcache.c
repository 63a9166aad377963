// Source: micropython/micropython commit 08bd7d1d31 ("stmhal/sdcard: Clean/invalidate cache before DMA transfers with SD card")
// Codebase: MicroPython
// Class: cache incoherence
//
// On the STM32F7 port, sdcard_write_blocks() handed the filesystem's
// sector buffer to HAL_SD_WriteBlocks_BlockNumber_DMA and waited with
// HAL_SD_CheckWriteOperation. The data FatFs had just written into the
// buffer was still in the write-back D-cache, so the SDMMC DMA wrote stale
// RAM to the card (and reads returned stale cache contents). The fix cleans
// the source range before a write and cleans+invalidates the destination
// before a read.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi -target-cpu cortex-m7 %s
// RUN: %realbugs_tidy %s -- --target=thumbv7em-none-eabi -mcpu=cortex-m7 -ffreestanding -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "stm32f7xx_hal.h"

#define SDCARD_BLOCK_SIZE 512
#define CLEAN_DCACHE(addr, size)                                              \
  SCB_CleanDCache_by_Addr((uint32_t *)((uint32_t)(addr) & ~0x1fu),            \
                          (((uint32_t)((uint8_t *)(addr) + (size) + 0x1f) & ~0x1fu) - \
                           ((uint32_t)(addr) & ~0x1fu)))

SD_HandleTypeDef sd_handle;

// FatFs fills the sector buffer, then calls disk_write -> sdcard_write_blocks.
int sdcard_write_blocks_before_fix(uint8_t *src, uint32_t block_num, uint32_t num_blocks) {
  src[0] = 0x55; // FatFs has just written the sector
  HAL_SD_ErrorTypedef err = HAL_SD_WriteBlocks_BlockNumber_DMA(&sd_handle, (uint32_t *)src, block_num, SDCARD_BLOCK_SIZE, num_blocks); // expected-warning{{DMA transfer (memory-to-device) of the buffer pointed to by 'src' starts while bytes the CPU wrote to it are still in the data cache}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}data cache{{.*}} [dmasafe-
  if (err == SD_OK)
    err = HAL_SD_CheckWriteOperation(&sd_handle, 5000);
  return err;
}

int sdcard_write_blocks_after_fix(uint8_t *src, uint32_t block_num, uint32_t num_blocks) {
  src[0] = 0x55;
  CLEAN_DCACHE(src, num_blocks * SDCARD_BLOCK_SIZE);
  HAL_SD_ErrorTypedef err = HAL_SD_WriteBlocks_BlockNumber_DMA(&sd_handle, (uint32_t *)src, block_num, SDCARD_BLOCK_SIZE, num_blocks); // no-warning
  if (err == SD_OK)
    err = HAL_SD_CheckWriteOperation(&sd_handle, 5000);
  return err;
}
