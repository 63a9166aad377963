// A driver object holds the HAL handle next to its buffer pointer:
// HAL_UART_Receive_DMA(&d->huart, d->rx, n). The start may change the HAL
// handle, not where the caller keeps its buffer: d->rx still names the
// buffer in flight afterwards.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "stm32f4xx_hal.h"

struct uart_dev {
  UART_HandleTypeDef huart;
  uint8_t *rx;
  uint16_t len;
};
int consume(int);

void read_through_member_in_flight(struct uart_dev *d) {
  if (HAL_UART_Receive_DMA(&d->huart, d->rx, d->len) != HAL_OK)
    return;
  consume(d->rx[0]); // expected-warning{{Read of the buffer pointed to by 'd->rx' while a DMA transfer (device-to-memory) is in flight}}
}

static struct uart_dev console;

void global_driver_object_in_flight(void) {
  if (HAL_UART_Receive_DMA(&console.huart, console.rx, 16) != HAL_OK)
    return;
  console.rx[1] = 0; // expected-warning{{Write to the buffer pointed to by 'console.rx' while a DMA transfer (device-to-memory) is in flight}}
}

void read_after_stop_ok(struct uart_dev *d) {
  if (HAL_UART_Receive_DMA(&d->huart, d->rx, d->len) != HAL_OK)
    return;
  HAL_UART_DMAStop(&d->huart);
  consume(d->rx[0]); // no-warning
}

void pointer_replaced_ok(struct uart_dev *d, uint8_t *other) {
  if (HAL_UART_Receive_DMA(&d->huart, d->rx, d->len) != HAL_OK)
    return;
  d->rx = other;
  consume(d->rx[0]); // no-warning: another buffer now
}
