// CMSIS-RTOS v1 (older STM32CubeMX projects): the HAL callback puts a
// message, the thread's osMessageGet returns it, then the buffer is read.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config "dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml;%models_dir/cmsis-rtos.yaml" \
// RUN:   -I %S/Inputs -I %S/Inputs/cmsis -verify -verify-ignore-unexpected=note %s
#include "stm32f4xx_hal.h"
#include "cmsis_os.h"

UART_HandleTypeDef huart2;
static osMessageQId rx_queue;
static uint8_t rx[8];
int consume(int);

void HAL_UART_RxCpltCallback(UART_HandleTypeDef *huart) {
  osMessagePut(rx_queue, 1, 0);
}

void receive_then_get(void) {
  if (HAL_UART_Receive_DMA(&huart2, rx, sizeof rx) != HAL_OK)
    return;
  osEvent evt = osMessageGet(rx_queue, osWaitForever);
  if (evt.status == osEventMessage)
    consume(rx[0]); // no-warning: the callback put the message
}

void read_before_get(void) {
  if (HAL_UART_Receive_DMA(&huart2, rx, sizeof rx) != HAL_OK)
    return;
  consume(rx[0]); // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
  osMessageGet(rx_queue, osWaitForever);
}
