// Unusual C must never crash the checker, and nothing here is a DMA bug.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify %s -I %annotations_include -I %S/Inputs -std=gnu89 -Wno-unknown-warning-option -Wno-deprecated-non-prototype
// With every option on, only the reads and the guessed write below appear.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify=strict %s -I %annotations_include -I %S/Inputs -Wno-unknown-warning-option -Wno-deprecated-non-prototype -analyzer-config dmasafe.InFlightAccess:Pedantic=true,dmasafe.InFlightAccess:ReportTxReads=true
// expected-no-diagnostics

#include "dma-api.h"

/* K&R definition and a call through an unprototyped declaration. */
int knr_sum(a, b) int a; int b; { return a + b; }
int unprototyped();

/* Variadic function with a buffer among its arguments. */
int vlog(const char *fmt, ...);

/* Function pointers to annotated functions: the contract is unknown
   through the pointer, so nothing is tracked (and nothing reported). */
typedef int (*start_fn)(struct uart *, void *, size_t);

union word { unsigned u; unsigned char b[4]; };
struct frame { char hdr[4]; union word w; char payload[16]; };

void function_pointer_start(struct uart *u, start_fn fn) {
  static char buf[8];
  fn(u, buf, sizeof buf);
  buf[0] = 1;
}

void union_and_struct_copy(struct uart *u) {
  static struct frame f, g;
  if (uart_tx_dma(u, f.payload, sizeof f.payload) != 0)
    return;
  g = f; /* reads the TX payload: allowed */ // strict-warning{{Read of 'f.payload' while a DMA transfer (memory-to-device) is in flight}} strict-note{{wait for the transfer}}
  f.w.u = 7; /* a different member */
  uart_wait(u);
  f = g;
}

void vla_buffer(struct uart *u, int n) {
  if (n <= 0 || n > 64)
    return;
  char vla[n];
  if (uart_rx_dma(u, vla, n) == 0)
    uart_wait(u);
  vla[0] = 0;
}

void knr_and_variadic(struct uart *u) {
  static char buf[8];
  uart_tx_dma(u, buf, sizeof buf);
  knr_sum(1, 2);
  unprototyped(buf); // strict-warning{{Write to 'buf' by 'unprototyped'}} strict-note{{wait for the transfer}}
  vlog("%s", buf); /* a TX read through an unknown variadic */
  uart_wait(u);
}

void null_and_integer_buffers(struct uart *u, unsigned long addr) {
  uart_rx_dma(u, 0, 16);
  uart_rx_dma(u, (void *)addr, 16);
  uart_rx_dma(u, (void *)0x20000000, 16);
  uart_abort(u);
}

void zero_length(struct uart *u) {
  static char buf[8];
  uart_rx_dma(u, buf, 0);
  buf[0] = 1;
}

void wait_without_start(struct uart *u) {
  uart_wait(u);
  uart_abort(u);
  while (uart_busy(u)) {
  }
}

void recursive(struct uart *u, int depth) {
  static char buf[4];
  if (depth <= 0)
    return;
  if (uart_tx_dma(u, buf, sizeof buf) == 0)
    uart_wait(u);
  recursive(u, depth - 1);
}

void goto_and_switch(struct uart *u, int k) {
  static char buf[8];
  switch (k) {
  case 0:
    if (uart_rx_dma(u, buf, sizeof buf) != 0)
      goto out;
    uart_wait(u);
    break;
  default:
    break;
  }
out:
  buf[1] = 2;
}
