// STM32 HAL under FreeRTOS: the HAL completion callback gives a semaphore
// from the interrupt, the task takes it and then touches the buffer. The
// take completes the transfers of the callback's API; a timeout, or a
// semaphore the callback does not give, completes nothing.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config "dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml;%models_dir/freertos.yaml" \
// RUN:   -I %S/Inputs -I %S/Inputs/freertos -verify -verify-ignore-unexpected=note %s
#include "stm32f4xx_hal.h"
#include "semphr.h"
#include "task.h"

UART_HandleTypeDef huart2;
static SemaphoreHandle_t tx_done;
static SemaphoreHandle_t bus_lock;
static uint8_t frame[16];

void HAL_UART_TxCpltCallback(UART_HandleTypeDef *huart) {
  BaseType_t woken = pdFALSE;
  xSemaphoreGiveFromISR(tx_done, &woken);
  portYIELD_FROM_ISR(woken);
}

void send_frames(void) {
  if (HAL_UART_Transmit_DMA(&huart2, frame, sizeof frame) != HAL_OK)
    return;
  xSemaphoreTake(tx_done, portMAX_DELAY);
  frame[0] = 0x55; // no-warning: the callback gave tx_done
  HAL_UART_Transmit_DMA(&huart2, frame, sizeof frame);
}

void send_with_timeout(void) {
  if (HAL_UART_Transmit_DMA(&huart2, frame, sizeof frame) != HAL_OK)
    return;
  if (xSemaphoreTake(tx_done, 10) != pdTRUE) {
    frame[0] = 0; // expected-warning{{Write to 'frame' while a DMA transfer (memory-to-device) is in flight}}
    return;
  }
  frame[0] = 1; // no-warning
}

void release_bus(void) { xSemaphoreGive(bus_lock); }

void lock_is_no_completion(void) {
  if (HAL_UART_Transmit_DMA(&huart2, frame, sizeof frame) != HAL_OK)
    return;
  xSemaphoreTake(bus_lock, portMAX_DELAY); // given by release_bus, not the callback
  frame[0] = 0; // expected-warning{{Write to 'frame' while a DMA transfer (memory-to-device) is in flight}}
}

void notified_by_the_callback_elsewhere(void) {
  if (HAL_UART_Transmit_DMA(&huart2, frame, sizeof frame) != HAL_OK)
    return;
  ulTaskNotifyTake(pdTRUE, portMAX_DELAY); // names no object: say nothing
  frame[0] = 0; // no-warning
}

extern SemaphoreHandle_t rx_sem; // given by a callback in another file
static uint8_t rx[8];
int consume(int);

void receive_cross_file(void) {
  if (HAL_UART_Receive_DMA(&huart2, rx, sizeof rx) != HAL_OK)
    return;
  if (xSemaphoreTake(rx_sem, portMAX_DELAY) == pdTRUE)
    consume(rx[0]); // no-warning: nothing here gives rx_sem, so it may be the completion
}

void receive_read_too_early(void) {
  if (HAL_UART_Receive_DMA(&huart2, rx, sizeof rx) != HAL_OK)
    return;
  consume(rx[0]); // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
  xSemaphoreTake(rx_sem, portMAX_DELAY);
}

// An ISR glue function (called by the HAL callback of another file) gives
// the semaphore from the interrupt: no lock is given there.
static SemaphoreHandle_t glue_done;
void uart_tx_done_from_isr(void) {
  BaseType_t woken = pdFALSE;
  xSemaphoreGiveFromISR(glue_done, &woken);
}

void take_given_by_isr_glue(void) {
  if (HAL_UART_Transmit_DMA(&huart2, frame, sizeof frame) != HAL_OK)
    return;
  xSemaphoreTake(glue_done, portMAX_DELAY);
  frame[0] = 0; // no-warning: given from an interrupt
}

void read_before_take_given_by_isr_glue(void) {
  if (HAL_UART_Transmit_DMA(&huart2, frame, sizeof frame) != HAL_OK)
    return;
  frame[0] = 0; // expected-warning{{Write to 'frame' while a DMA transfer (memory-to-device) is in flight}}
  xSemaphoreTake(glue_done, portMAX_DELAY);
}
