// STM32 HAL under FreeRTOS with an event group: the receive callback sets a
// bit from the interrupt (xEventGroupSetBitsFromISR, a macro over
// xTimerPendFunctionCallFromISR), the task waits for it.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config "dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml;%models_dir/freertos.yaml" \
// RUN:   -I %S/Inputs -I %S/Inputs/freertos -verify -verify-ignore-unexpected=note %s
#include "stm32f4xx_hal.h"
#include "event_groups.h"

#define RX_DONE 0x1u

UART_HandleTypeDef huart1;
static EventGroupHandle_t uart_events;
static uint8_t rx[16];
int consume(int);

void HAL_UART_RxCpltCallback(UART_HandleTypeDef *huart) {
  BaseType_t woken = pdFALSE;
  xEventGroupSetBitsFromISR(uart_events, RX_DONE, &woken);
}

// A thread sets another bit of the same group: the group is no unknown
// object, only the callback's bit makes it a completion signal.
void kick(void) { xEventGroupSetBits(uart_events, 0x2u); }

void receive_and_wait(void) {
  if (HAL_UART_Receive_DMA(&huart1, rx, sizeof rx) != HAL_OK)
    return;
  xEventGroupWaitBits(uart_events, RX_DONE, pdTRUE, pdFALSE, portMAX_DELAY);
  consume(rx[0]); // no-warning: the callback set the bit
}

void read_before_wait(void) {
  if (HAL_UART_Receive_DMA(&huart1, rx, sizeof rx) != HAL_OK)
    return;
  consume(rx[0]); // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
  xEventGroupWaitBits(uart_events, RX_DONE, pdTRUE, pdFALSE, portMAX_DELAY);
}
