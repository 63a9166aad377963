/* A vendor API known only through a model file: the shipped STM32 HAL
 * model makes the write below an access in flight. */
#include "vendor/stm32f4xx_hal_uart.h"

static UART_HandleTypeDef huart2;
static uint8_t frame[8];

int send_frame(void) {
  if (HAL_UART_Transmit_DMA(&huart2, frame, sizeof frame) != HAL_OK)
    return -1;
  frame[0] = 0x55;
  return 0;
}
