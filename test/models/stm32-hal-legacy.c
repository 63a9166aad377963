// The STM32Cube HAL's SD driver before 2017 (models/stm32-hal-legacy.yaml):
// HAL_SD_WriteBlocks_DMA with five parameters (address and block size)
// finished by HAL_SD_CheckWriteOperation. Both generations' models are
// loaded: each entry names its parameter count, so the 4-parameter entry
// of today's HAL (whose count argument is this HAL's BlockSize) does not
// describe these declarations.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal-legacy.yaml;%models_dir/stm32-hal-storage.yaml' \
// RUN:   -I %S/Inputs/hal-sd-2016 -verify -verify-ignore-unexpected=note %s
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal-storage.yaml;%models_dir/stm32-hal-legacy.yaml' \
// RUN:   -I %S/Inputs/hal-sd-2016 -verify -verify-ignore-unexpected=note %s
#include "stm32f4xx_hal_sd.h"

SD_HandleTypeDef hsd;
static uint32_t sector[128]; // 512 bytes
int consume(int);

int write_one_block_ok(void) {
  sector[0] = 0x55;
  if (HAL_SD_WriteBlocks_DMA(&hsd, sector, 0, 512, 1) != SD_OK) // no-warning: one block of 512 bytes
    return -1;
  return HAL_SD_CheckWriteOperation(&hsd, 1000);
}

void write_in_flight(void) {
  HAL_SD_WriteBlocks_DMA(&hsd, sector, 0, 512, 1);
  sector[0] = 0; // expected-warning{{Write to 'sector' while a DMA transfer (memory-to-device) is in flight}}
  HAL_SD_CheckWriteOperation(&hsd, 1000);
}

int read_waited_ok(void) {
  HAL_SD_ReadBlocks_DMA(&hsd, sector, 0, 512, 1);
  if (HAL_SD_CheckReadOperation(&hsd, 1000) != SD_OK)
    return -1;
  return consume(sector[0]); // no-warning
}

int read_timed_out(void) {
  HAL_SD_ReadBlocks_DMA(&hsd, sector, 0, 512, 1);
  if (HAL_SD_CheckReadOperation(&hsd, 1000) != SD_OK)
    return consume(sector[0]); // expected-warning{{Read of 'sector' while a DMA transfer (device-to-memory) is in flight}}
  return 0;
}

void write_too_many_blocks(void) {
  HAL_SD_WriteBlocks_DMA(&hsd, sector, 0, 512, 2); // expected-warning{{DMA transfer of 1024 bytes by 'HAL_SD_WriteBlocks_DMA' overruns 'sector', which has 512 bytes}}
  HAL_SD_CheckWriteOperation(&hsd, 1000);
}
