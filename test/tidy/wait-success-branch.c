// A wait with a success condition (`DMA_WAITS DMA_SUCCESS_RETURNS(0)`, a
// timeout that returns nonzero) completes the transfer on its success
// branch only; its timeout branch still has it in flight. An ignored result
// is taken as success (tidy used to complete on both branches, issue 9).
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
#include "dma_api.h"

DMA_WAITS DMA_SUCCESS_RETURNS(0)
int uart_wait_timeout(struct uart *u DMA_HANDLE, unsigned ms);

struct uart U;
static unsigned char rx[32];

int timeout_branch_in_flight(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  if (uart_wait_timeout(&U, 10) != 0)
    return rx[0];
  // CHECK: :[[@LINE-1]]:12: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  return rx[1];
}

int stored_result_tested_ok(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  int rc = uart_wait_timeout(&U, 10);
  if (rc == 0)
    return rx[2];
  uart_abort(&U);
  return rx[3];
}

int stored_result_timeout_in_flight(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  int rc = uart_wait_timeout(&U, 10);
  if (rc)
    rx[4] = 0;
  // CHECK: :[[@LINE-1]]:5: warning: write to 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  uart_abort(&U);
  return rc;
}

int ignored_result_ok(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  uart_wait_timeout(&U, 10);
  return rx[5];
}

int retry_until_done_ok(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  while (uart_wait_timeout(&U, 1) != 0) {
  }
  return rx[6];
}
