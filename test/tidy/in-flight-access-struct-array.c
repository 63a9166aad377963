// An array of structs is one buffer per element: a transfer on q[0].data
// leaves q[1] to the CPU (tidy used to merge the rows, issue 9). Elements
// are told apart by constant indices; a variable index may be any element:
// when unsure, say nothing.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
#include "dma_api.h"

struct uart U;
struct slot { unsigned char data[16]; unsigned len; };
static struct slot q[4];

void other_element_write_ok(void) {
  uart_recv_dma(&U, q[0].data, sizeof q[0].data);
  q[1].data[0] = 1;
  q[0].len = 3;
  uart_wait(&U);
}

void same_element_write_in_flight(void) {
  uart_recv_dma(&U, q[2].data, sizeof q[2].data);
  q[2].data[5] = 0;
  // CHECK: :[[@LINE-1]]:3: warning: write to 'q[2].data' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  uart_wait(&U);
}

void whole_element_started(void) {
  uart_recv_dma(&U, &q[1], sizeof q[1]);
  q[0].len = 1;
  q[1].len = 1;
  // CHECK: :[[@LINE-1]]:3: warning: write to 'q[1]' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  uart_wait(&U);
}

void through_pointer_elements(struct slot *p) {
  uart_recv_dma(&U, p[0].data, sizeof p[0].data);
  p[3].len = 0;
  p[0].data[1] = 2;
  // CHECK: :[[@LINE-1]]:3: warning: write to 'p[0].data' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  uart_wait(&U);
}

void variable_element_silent(int i) {
  uart_recv_dma(&U, q[0].data, sizeof q[0].data);
  q[i].data[0] = 1;
  uart_wait(&U);
}
