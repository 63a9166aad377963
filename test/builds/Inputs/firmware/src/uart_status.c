/* The correct pattern: the status frame is reused only after the transfer
 * complete callback has said so. */
#include <string.h>

#include "board.h"
#include "stm32f1xx_hal_uart.h"

static UART_HandleTypeDef status_uart;
static uint8_t status[STATUS_LEN];
static volatile int tx_done;

void HAL_UART_TxCpltCallback(UART_HandleTypeDef *huart) {
  (void)huart;
  tx_done = 1;
}

int send_status(uint8_t code) {
  memset(status, 0, sizeof status);
  status[0] = code;
  tx_done = 0;
  if (HAL_UART_Transmit_DMA(&status_uart, status, sizeof status) != HAL_OK)
    return -1;
  while (!tx_done) {
  }
  status[1] = 0;
  return 0;
}
