// A handle given to a function with no contract and no body in the unit: a
// project helper (uart_wait_idle) may wait for or abort the transfer, so both
// front-ends stop tracking it and say nothing. A function of the vendor
// header the model describes (HAL_UART_Abort_IT, unmodelled) is known by
// the model not to complete, and a C library function never does: the
// transfer stays in flight. A constant argument is never taken for a handle.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' \
// RUN:   -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/stm32-hal.yaml'}]}" \
// RUN:   %s -- --target=thumbv7em-none-eabi -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'
#include "stm32f4xx_hal.h"

void *memset(void *s, int c, unsigned int n);

UART_HandleTypeDef huart2;
uint8_t rx_buf[64];

void uart_wait_idle(UART_HandleTypeDef *huart); // project code, elsewhere
void delay_ticks(uint32_t ticks);

void vendor_header_function_keeps_it_in_flight(void) {
  HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf);
  HAL_UART_Abort_IT(&huart2);
  rx_buf[0] = 0; // expected-warning{{Write to 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: write to 'rx_buf'
}

void library_function_keeps_it_in_flight(void) {
  HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf);
  memset(&huart2, 0, 4);
  rx_buf[1] = 0; // expected-warning{{Write to 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: write to 'rx_buf'
}

void constant_argument_is_no_handle(void) {
  HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf);
  delay_ticks(2);
  rx_buf[2] = 0; // expected-warning{{Write to 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: write to 'rx_buf'
}

void project_helper_may_complete_it(void) {
  HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf);
  uart_wait_idle(&huart2);
  rx_buf[3] = 0; // no-warning
}
