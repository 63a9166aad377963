// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-output=text -verify %s -I %annotations_include -I %S/Inputs

#include "dma-api.h"

char buf[64];

void start_twice(struct uart *u, struct uart *v) {
  uart_rx_dma(u, buf, sizeof buf); // expected-note{{DMA transfer (device-to-memory) of 'buf' started here}}
  uart_tx_dma(v, buf + 16, 8); // expected-warning{{DMA transfer on 'buf' started while an earlier transfer (device-to-memory) on overlapping bytes is still in flight}}
                               // expected-note@-1{{DMA transfer on 'buf' started while}}
                               // expected-note@-2{{wait for the transfer (e.g. 'uart_wait') before starting it again}}
}

void disjoint_halves_ok(struct uart *u, struct uart *v) {
  uart_rx_dma(u, buf, 32); // expected-note{{DMA transfer (device-to-memory) of 'buf' started here}}
  uart_rx_dma(v, buf + 32, 32); // no-warning
  buf[0] = 0; // expected-warning{{Write to 'buf'}}
              // expected-note@-1{{Write to 'buf'}} expected-note@-1{{wait for the transfer}}
}

void restart_after_wait_ok(struct uart *u) {
  uart_rx_dma(u, buf, sizeof buf);
  uart_wait(u);
  uart_rx_dma(u, buf, sizeof buf); // no-warning
  uart_wait(u);
}

void restart_after_failed_start_ok(struct uart *u) {
  if (uart_rx_dma(u, buf, sizeof buf) != 0)
    uart_rx_dma(u, buf, sizeof buf); // no-warning
}
