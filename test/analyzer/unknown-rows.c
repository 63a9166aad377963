// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -verify -verify-ignore-unexpected=note %s -I %annotations_include -I %S/Inputs
//
// A transfer on `bufs[i]` with `i` unknown owns one row, which one the path
// does not say (analyzer/checker/UnknownRows.h). An access or a second
// start is reported where the path makes it the same row, not where index
// arithmetic the solver cannot decide (`i ^ 1`, `1 - i`, `(i + 1) % 2`, two
// unrelated indices) leaves it open: the ping-pong buffers of real drivers.
#include "dma-api.h"

char bufs[2][32];
struct uart U, U2;
void consume(int);

void ping_pong_xor_ok(struct uart *u, unsigned i) {
  i &= 1;
  uart_rx_dma(u, bufs[i], 32);
  bufs[i ^ 1][0] = 0; // no-warning
  uart_wait(u);
}

void ping_pong_minus_ok(struct uart *u, unsigned i) {
  if (i > 1)
    return;
  uart_rx_dma(u, bufs[i], 32);
  bufs[1 - i][0] = 0; // no-warning
  uart_wait(u);
}

void ping_pong_mod_ok(struct uart *u, unsigned i) {
  i %= 2;
  uart_rx_dma(u, bufs[i], 32);
  consume(bufs[(i + 1) % 2][0]); // no-warning
  uart_wait(u);
}

void unrelated_indices_ok(struct uart *u, unsigned i, unsigned j) {
  uart_rx_dma(u, bufs[i], 32);
  bufs[j][0] = 0; // no-warning
  uart_wait(u);
}

void ping_pong_restart_ok(unsigned i) {
  i &= 1;
  uart_rx_dma(&U, bufs[i], 32);
  uart_rx_dma(&U2, bufs[i ^ 1], 32); // no-warning
  uart_wait(&U);
  uart_wait(&U2);
}

void same_row(struct uart *u, unsigned i) {
  uart_rx_dma(u, bufs[i], 32);
  bufs[i][3] = 0; // expected-warning{{Write to 'bufs' while a DMA transfer (device-to-memory) is in flight}}
  uart_wait(u);
}

void same_row_by_test(struct uart *u, unsigned i, unsigned j) {
  uart_rx_dma(u, bufs[i], 32);
  if (i == j)
    consume(bufs[j][3]); // expected-warning{{Read of 'bufs' while a DMA transfer (device-to-memory) is in flight}}
  uart_wait(u);
}

void constant_row_on_that_path(struct uart *u, unsigned i) {
  uart_rx_dma(u, bufs[i], 32);
  if (i == 0)
    bufs[0][5] = 0; // expected-warning{{Write to 'bufs' while a DMA transfer (device-to-memory) is in flight}}
  else
    bufs[0][5] = 0; // no-warning
  uart_wait(u);
}

void every_row(struct uart *u, unsigned i) {
  uart_rx_dma(u, bufs[i], 32);
  memset(bufs, 0, sizeof bufs); // expected-warning{{Write to 'bufs' by 'memset' while a DMA transfer (device-to-memory) is in flight}}
  uart_wait(u);
}

void same_row_started_twice(unsigned i) {
  uart_rx_dma(&U, bufs[i], 32);
  uart_rx_dma(&U2, bufs[i], 32); // expected-warning{{DMA transfer on 'bufs' started while an earlier transfer (device-to-memory) on overlapping bytes is still in flight}}
  uart_wait(&U);
  uart_wait(&U2);
}
