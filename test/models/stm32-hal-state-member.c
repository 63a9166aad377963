// The STM32 HAL model's state members (models/stm32-hal.yaml `registers:`
// `ready:`): code that polls the handle's State member itself, as
// HAL_SPI_GetState() would return it, sees its transfers complete on the
// branch where the member reads READY; another state, another handle or
// the other direction of a UART completes nothing. The stand-in header tags
// SPI_HandleTypeDef's struct as the real HAL does (`typedef struct
// __SPI_HandleTypeDef {...} SPI_HandleTypeDef`): the model's typedef name is
// found from the member's record.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' \
// RUN:   -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/stm32-hal.yaml'}]}" \
// RUN:   %s -- -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'
// The clang-tidy checks agree: the four reads below and nothing else.
// TIDY: stm32-hal-state-member.c:70:11: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight
// TIDY: stm32-hal-state-member.c:79:13: warning: read of 'rx'
// TIDY: stm32-hal-state-member.c:87:11: warning: read of 'rx'
// TIDY: stm32-hal-state-member.c:103:11: warning: read of 'rx'
#include "stm32f4xx_hal.h"

#define HAL_SPI_STATE_READY 0x01
#define HAL_SPI_STATE_BUSY_TX_RX 0x05

SPI_HandleTypeDef hspi1, hspi2;
UART_HandleTypeDef huart2;
uint8_t tx[16], rx[16];
void consume(uint8_t);

void spi_member_poll_ok(void) {
  if (HAL_SPI_TransmitReceive_DMA(&hspi1, tx, rx, sizeof rx) != HAL_OK)
    return;
  while (hspi1.State != HAL_SPI_STATE_READY) {
  }
  consume(rx[0]); // no-warning
}

// MicroPython's spi_wait_dma_finished() shape, through the handle pointer.
int spi_wait(SPI_HandleTypeDef *h) {
  for (;;)
    if (h->State == HAL_SPI_STATE_READY)
      return 0;
}

void spi_pointer_poll_ok(SPI_HandleTypeDef *h) {
  if (HAL_SPI_Receive_DMA(h, rx, sizeof rx) != HAL_OK)
    return;
  spi_wait(h);
  rx[0] = 0; // no-warning
}

// ... and through a pointer to the member, as MicroPython writes it.
int spi_wait_through_pointer(SPI_HandleTypeDef *h) {
  volatile int *state = &h->State;
  for (;;)
    if (*state == HAL_SPI_STATE_READY)
      return 0;
}

void spi_member_pointer_poll_ok(SPI_HandleTypeDef *h) {
  if (HAL_SPI_Receive_DMA(h, rx, sizeof rx) != HAL_OK)
    return;
  spi_wait_through_pointer(h);
  consume(rx[0]); // no-warning
}

void spi_member_read_before_poll(void) {
  if (HAL_SPI_Receive_DMA(&hspi1, rx, sizeof rx) != HAL_OK)
    return;
  consume(rx[0]); // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
  while (hspi1.State != HAL_SPI_STATE_READY) {
  }
}

void spi_member_busy_state(void) {
  if (HAL_SPI_Receive_DMA(&hspi1, rx, sizeof rx) != HAL_OK)
    return;
  if (hspi1.State == HAL_SPI_STATE_BUSY_TX_RX)
    consume(rx[0]); // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
}

void spi_other_handle_poll(void) {
  if (HAL_SPI_Receive_DMA(&hspi1, rx, sizeof rx) != HAL_OK)
    return;
  while (hspi2.State != HAL_SPI_STATE_READY) {
  }
  consume(rx[0]); // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
}

void uart_rx_state_poll_ok(void) {
  if (HAL_UART_Receive_DMA(&huart2, rx, sizeof rx) != HAL_OK)
    return;
  while (huart2.RxState != HAL_UART_STATE_READY) {
  }
  consume(rx[0]); // no-warning
}

void uart_tx_state_does_not_complete_rx(void) {
  if (HAL_UART_Receive_DMA(&huart2, rx, sizeof rx) != HAL_OK)
    return;
  while (huart2.gState != HAL_UART_STATE_READY) {
  }
  consume(rx[0]); // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
}
