// The shipped STM32 HAL model drives the checks on unannotated vendor code:
// completion flags set in the HAL's Cplt callbacks, state polling, HAL_OK.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-*' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/stm32-hal.yaml'}]}" %s -- -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'
#include "stm32f4xx_hal_uart.h"

UART_HandleTypeDef huart2;
static uint8_t rx_buf[64];
static volatile int rx_done;

void HAL_UART_RxCpltCallback(UART_HandleTypeDef *huart) { rx_done = 1; }

int read_after_callback_flag_ok(void) {
  rx_done = 0;
  if (HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf) != HAL_OK)
    return -1;
  while (!rx_done) {
  }
  return rx_buf[0];
}

int read_before_flag(void) {
  rx_done = 0;
  if (HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf) != HAL_OK)
    return -1;
  int early = rx_buf[0];
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  while (!rx_done) {
  }
  return early;
}

void send_stack_state_poll_ok(void) {
  uint8_t msg[8] = {1};
  if (HAL_UART_Transmit_DMA(&huart2, msg, sizeof msg) != HAL_OK)
    return;
  while (HAL_UART_GetState(&huart2) != HAL_UART_STATE_READY) {
  }
}

void send_stack_wrong_state_poll(void) {
  uint8_t msg[8] = {1};
  if (HAL_UART_Transmit_DMA(&huart2, msg, sizeof msg) != HAL_OK)
    return;
  while (HAL_UART_GetState(&huart2) == HAL_UART_STATE_READY) {
  }
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: returning from 'send_stack_wrong_state_poll' while a DMA transfer (memory-to-device) of its stack buffer 'msg' may still be in flight [dmasafe-release-in-flight]

void send_stack_stop_ok(void) {
  uint8_t msg[8] = {1};
  HAL_UART_Transmit_DMA(&huart2, msg, sizeof msg);
  HAL_UART_DMAStop(&huart2);
}

void receive_too_much(void) {
  static uint8_t small[4];
  HAL_UART_Receive_DMA(&huart2, small, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: DMA transfer of 16 bytes by 'HAL_UART_Receive_DMA' overruns 'small', which has 4 bytes [dmasafe-transfer-length]
  HAL_UART_DMAStop(&huart2);
}
