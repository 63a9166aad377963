// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'
// The printf family reads the buffers its format prints with %s and
// writes those of %n; a pointer printed with %p is not accessed.
#include "dma_api.h"

int printf(const char *, ...);
struct uart U;
static char rx[32];
static int count;

void print_in_flight(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  printf("%d %*s\n", 1, 4, rx);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: read of 'rx' by 'printf' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: DMA transfer started here by 'uart_recv_dma'
  uart_wait(&U);
}

void print_address_ok(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  printf("%% %p %d\n", (void *)rx, count);
  uart_wait(&U);
  printf("%s\n", rx);
}
