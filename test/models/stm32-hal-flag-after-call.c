// The completion flag loop with a call between the start and the loop: an
// HAL_Delay, a log line, or the asynchronous HAL_UART_Abort_IT whose end is
// signalled by HAL_UART_AbortCpltCallback. Correct code, common in CubeMX
// projects.
//
// The checker recognises a completion flag by its variable, whatever value
// an intervening call gave it.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
// expected-no-diagnostics
#include "stm32f4xx_hal.h"

UART_HandleTypeDef huart2;
static uint8_t tx_buf[64];
static uint8_t rx_buf[64];
static volatile int tx_done;
static volatile int abort_done;

void HAL_UART_TxCpltCallback(UART_HandleTypeDef *huart) { tx_done = 1; }
void HAL_UART_AbortCpltCallback(UART_HandleTypeDef *huart) { abort_done = 1; }
void HAL_Delay(uint32_t ms);

void flag_loop_after_delay(void) {
  tx_done = 0;
  if (HAL_UART_Transmit_DMA(&huart2, tx_buf, sizeof tx_buf) != HAL_OK)
    return;
  HAL_Delay(1);
  while (!tx_done) {
  }
  tx_buf[0] = 'x'; // no-warning
}

void abort_it_then_callback_flag(void) {
  abort_done = 0;
  HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf);
  HAL_UART_Abort_IT(&huart2);
  while (!abort_done) {
  }
  rx_buf[0] = 0; // no-warning
}
