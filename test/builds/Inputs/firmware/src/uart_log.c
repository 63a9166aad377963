/* A UART log that sends each line by DMA. The planted bug: the line is
 * written again while the DMA engine still reads it. */
#include <string.h>

#include "board.h"
#include "stm32f1xx_hal_uart.h"

static UART_HandleTypeDef log_uart;
static uint8_t line[LOG_LINE_MAX];

int log_line(const char *text) {
  size_t n = strlen(text);
  if (n > sizeof line)
    n = sizeof line;
  memcpy(line, text, n);
  if (HAL_UART_Transmit_DMA(&log_uart, line, (uint16_t)n) != HAL_OK)
    return -1;
  line[0] = '>';
  return 0;
}
