// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'
// Rows of a 2-D array are separate buffers: a transfer on one row does not
// own the others. A row picked by a non-constant index may be any row.
#include "dma_api.h"

struct uart U, V;
static unsigned char pp[2][64];

void ping_pong_ok(void) {
  if (uart_recv_dma(&U, pp[0], 64)) return;
  if (uart_recv_dma(&V, pp[1], 64)) { uart_abort(&U); return; }
  uart_wait(&U);
  pp[0][0] ^= 1;
  uart_wait(&V);
}

void other_row_ok(int j) {
  uart_recv_dma(&U, pp[0], sizeof pp[0]);
  pp[1][0] = 1;
  pp[1][j] = 2;
  uart_wait(&U);
}

void same_row(int j) {
  uart_recv_dma(&U, pp[1], sizeof pp[1]);
  pp[1][3] = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'pp' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: DMA transfer started here by 'uart_recv_dma'
  pp[1][j] = 2;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'pp' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  uart_wait(&U);
}

void row_address(void) {
  uart_recv_dma(&U, &pp[1][0], 64);
  pp[0][63] = 1;
  pp[1][0] = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'pp' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  uart_wait(&U);
}

void whole_array(int i) {
  uart_recv_dma(&U, pp, sizeof pp);
  pp[i][0] = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'pp' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  uart_wait(&U);
}

void unknown_rows_ok(int i) {
  uart_recv_dma(&U, pp[i], 64);
  pp[!i][0] = 1;
  pp[0][0] = 2;
  uart_wait(&U);
  uart_recv_dma(&U, pp[0], 64);
  pp[i][5] = 3;
  uart_wait(&U);
}
