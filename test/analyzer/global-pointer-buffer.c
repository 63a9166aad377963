// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify %s -I %annotations_include -I %S/Inputs

// A buffer reached through a global pointer stays tracked after the start:
// the start call must not make the analyzer forget what globals hold.

#include "dma-api.h"

static char *gbuf;
static struct uart *gdev;

int read_through_global(struct uart *u) {
  gbuf = malloc(32);
  if (!gbuf)
    return -1;
  if (uart_rx_dma(u, gbuf, 32))
    return -1;
  int v = gbuf[0]; // expected-warning{{in flight}} expected-note{{wait for the transfer}}
  uart_wait(u);
  return v;
}

int read_through_global_after_wait_ok(struct uart *u) {
  gbuf = malloc(32);
  if (!gbuf)
    return -1;
  if (uart_rx_dma(u, gbuf, 32))
    return -1;
  uart_wait(u);
  return gbuf[0]; // no-warning
}

void free_global_in_flight(struct uart *u) {
  gbuf = malloc(32);
  if (!gbuf)
    return;
  if (uart_rx_dma(u, gbuf, 32))
    return;
  free(gbuf); // expected-warning{{in flight}} expected-note{{wait for the transfer}}
}

void free_global_after_wait_ok(struct uart *u) {
  gbuf = malloc(32);
  if (!gbuf)
    return;
  if (uart_rx_dma(u, gbuf, 32))
    return;
  uart_wait(u);
  free(gbuf); // no-warning
}

void realloc_global_in_flight(struct uart *u) {
  gbuf = malloc(32);
  if (!gbuf)
    return;
  if (uart_rx_dma(u, gbuf, 32))
    return;
  gbuf = realloc(gbuf, 64); // expected-warning{{in flight}} expected-note{{wait for the transfer}}
}

// The handle itself held in a global: the wait still completes the transfer.
int global_handle_ok(void) {
  gbuf = malloc(32);
  if (!gbuf)
    return -1;
  if (uart_rx_dma(gdev, gbuf, 32))
    return -1;
  uart_wait(gdev);
  return gbuf[0]; // no-warning
}
