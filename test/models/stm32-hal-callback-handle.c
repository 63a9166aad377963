// A HAL completion callback serves every handle of its type, and firmware
// with two UARTs tells them apart by testing the parameter against the
// handle's address. A flag set under `huart == &huart1` completes (and is
// re-armed by) only transfers on huart1: waiting for it says nothing about
// huart2. A test of anything else (the Instance register) leaves the flag
// covering every handle of the family, so nothing is guessed.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml \
// RUN:   -I %S/Inputs -DBY_INSTANCE -verify=instance %s
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' \
// RUN:   -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/stm32-hal.yaml'}]}" \
// RUN:   %s -- --target=thumbv7em-none-eabi -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' \
// RUN:   -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/stm32-hal.yaml'}]}" \
// RUN:   %s -- --target=thumbv7em-none-eabi -I %S/Inputs -DBY_INSTANCE 2>&1 | FileCheck %s --check-prefix=INSTANCE --allow-empty --implicit-check-not='{{warning|error}}:'
#include "stm32f4xx_hal.h"

// instance-no-diagnostics
// INSTANCE-NOT: warning:

UART_HandleTypeDef huart1, huart2;
static uint8_t b1[16], b2[16];
static volatile int done1, done2;
int consume(int);

#ifndef BY_INSTANCE
void HAL_UART_RxCpltCallback(UART_HandleTypeDef *huart) {
  if (huart == &huart1)
    done1 = 1;
  if (&huart2 == huart && done1 >= 0)
    done2 = 1;
}
#else
void HAL_UART_RxCpltCallback(UART_HandleTypeDef *huart) {
  if (huart->Instance == (void *)0x40011000)
    done1 = 1;
  else
    done2 = 1;
}
#endif

int wait_first_read_second(void) {
  done1 = done2 = 0;
  if (HAL_UART_Receive_DMA(&huart1, b1, sizeof b1) != HAL_OK)
    return -1;
  if (HAL_UART_Receive_DMA(&huart2, b2, sizeof b2) != HAL_OK)
    return -1;
  while (!done1) {
  }
  consume(b1[0]); // the flag of huart1's transfer was seen: no warning
#ifndef BY_INSTANCE
  return b2[0]; // expected-warning{{Read of 'b2' while a DMA transfer (device-to-memory) is in flight}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: read of 'b2' while a DMA transfer (device-to-memory) is in flight
#else
  return b2[0];
#endif
}

int wait_each_read_both_ok(void) {
  done1 = done2 = 0;
  if (HAL_UART_Receive_DMA(&huart1, b1, sizeof b1) != HAL_OK)
    return -1;
  if (HAL_UART_Receive_DMA(&huart2, b2, sizeof b2) != HAL_OK)
    return -1;
  while (!done1 || !done2) {
  }
  return b1[0] + b2[0];
}

// A handle the function is given may be huart1: the flag covers it.
int unknown_handle_ok(UART_HandleTypeDef *h) {
  done1 = 0;
  if (HAL_UART_Receive_DMA(h, b1, sizeof b1) != HAL_OK)
    return -1;
  while (!done1) {
  }
  return b1[0];
}
