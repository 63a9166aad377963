// models/cmsis-cache.yaml: the CMSIS D-cache maintenance of a Cortex-M7, by
// address and of the whole cache, as dmasafe.CacheCoherence follows it. The
// transfers are an STM32 HAL UART's (models/stm32-hal.yaml).
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -target-cpu cortex-m7 \
// RUN:   -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/cmsis-cache.yaml;%models_dir/stm32-hal.yaml' \
// RUN:   -I %S/Inputs/cmsis -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "core_cm7.h"
#include "stm32f4xx_hal.h"

UART_HandleTypeDef huart;
__attribute__((aligned(32))) uint8_t tx[64];
__attribute__((aligned(32))) uint8_t rx[64];
volatile int tx_done, rx_done;
void HAL_UART_TxCpltCallback(UART_HandleTypeDef *h) { tx_done = 1; }
void HAL_UART_RxCpltCallback(UART_HandleTypeDef *h) { rx_done = 1; }

void tx_not_cleaned(void) {
  tx[0] = 1;
  tx_done = 0;
  HAL_UART_Transmit_DMA(&huart, tx, sizeof tx); // expected-warning{{DMA transfer (memory-to-device) of 'tx' starts while bytes the CPU wrote to it are still in the data cache}}
  while (!tx_done) {
  }
}

void tx_cleaned_by_addr_ok(void) {
  tx[0] = 1;
  SCB_CleanDCache_by_Addr((uint32_t *)tx, sizeof tx);
  tx_done = 0;
  HAL_UART_Transmit_DMA(&huart, tx, sizeof tx); // no-warning
  while (!tx_done) {
  }
}

void tx_cleaned_whole_cache_ok(void) {
  tx[0] = 1;
  SCB_CleanDCache();
  tx_done = 0;
  HAL_UART_Transmit_DMA(&huart, tx, sizeof tx); // no-warning
  while (!tx_done) {
  }
}

void tx_clean_invalidated_ok(void) {
  tx[0] = 1;
  SCB_CleanInvalidateDCache_by_Addr((uint32_t *)tx, sizeof tx);
  tx_done = 0;
  HAL_UART_Transmit_DMA(&huart, tx, sizeof tx); // no-warning
  while (!tx_done) {
  }
}

int rx_flag_without_invalidate(void) {
  rx_done = 0;
  if (HAL_UART_Receive_DMA(&huart, rx, sizeof rx) != HAL_OK)
    return -1;
  while (!rx_done) {
  }
  return rx[0]; // expected-warning{{Read of 'rx' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion}}
}

int rx_invalidated_by_addr_ok(void) {
  rx_done = 0;
  if (HAL_UART_Receive_DMA(&huart, rx, sizeof rx) != HAL_OK)
    return -1;
  while (!rx_done) {
  }
  SCB_InvalidateDCache_by_Addr((uint32_t *)rx, sizeof rx);
  return rx[0]; // no-warning
}

int rx_invalidated_whole_cache_ok(void) {
  rx_done = 0;
  if (HAL_UART_Receive_DMA(&huart, rx, sizeof rx) != HAL_OK)
    return -1;
  while (!rx_done) {
  }
  SCB_CleanInvalidateDCache();
  return rx[0]; // no-warning
}

int rx_invalidated_before_the_start(void) {
  SCB_InvalidateDCache();
  rx_done = 0;
  if (HAL_UART_Receive_DMA(&huart, rx, sizeof rx) != HAL_OK)
    return -1;
  while (!rx_done) {
  }
  return rx[0]; // expected-warning{{Read of 'rx' after its DMA transfer (device-to-memory) completed}}
}
