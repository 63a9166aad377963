// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify %s -I %annotations_include -I %S/Inputs

// A bit-field touches the bytes of its bits, not its type's whole storage
// unit: reading a flag bit before an embedded buffer is no buffer access.
#include "dma-api.h"

struct st {
  unsigned busy : 1;
  unsigned char buf[16];
};
static struct st s;

struct wide {
  unsigned char head;
  unsigned mode : 12; /* bits 8..19: bytes 1 and 2 */
  unsigned char buf[16];
};
static struct wide w;

int bit_field_before_buffer_ok(struct uart *u) {
  if (uart_rx_dma(u, s.buf, sizeof s.buf))
    return 0;
  int b = s.busy; // no-warning
  s.busy = 1;     // no-warning
  uart_wait(u);
  return b;
}

int wide_bit_field_before_buffer_ok(struct uart *u) {
  if (uart_rx_dma(u, w.buf, sizeof w.buf))
    return 0;
  int m = w.mode; // no-warning
  uart_wait(u);
  return m;
}

// Negative twin: the buffer itself is still an access.
int buffer_after_bit_field(struct uart *u) {
  if (uart_rx_dma(u, s.buf, sizeof s.buf))
    return 0;
  int b = s.buf[0]; // expected-warning{{in flight}} expected-note{{wait for the transfer}}
  uart_wait(u);
  return b;
}

// A transfer over the whole struct covers the bit-field's byte.
int bit_field_inside_transfer(struct uart *u) {
  if (uart_rx_dma(u, &s, sizeof s))
    return 0;
  int b = s.busy; // expected-warning{{in flight}} expected-note{{wait for the transfer}}
  uart_wait(u);
  return b;
}
