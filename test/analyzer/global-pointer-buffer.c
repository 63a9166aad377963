// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify %s -I %annotations_include -I %S/Inputs

// A buffer reached through a global pointer stays tracked after the start:
// the start forgets what the globals hold, as any unknown call does, but
// not the caller's pointers its arguments read.

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

// A start invalidates the globals, as any call the analyzer cannot see into
// does, except the caller's own pointers an argument reads: an offset into
// a global pointer and a pointer in a global descriptor stay the buffer.
struct desc { char *buf; };
static struct desc gdesc;
static struct desc *gdescp;

int offset_into_global_pointer(struct uart *u) {
  if (uart_rx_dma(u, gbuf + 4, 16))
    return -1;
  return gbuf[4]; // expected-warning{{in flight}} expected-note{{wait for the transfer}}
}

int global_descriptor_member(struct uart *u) {
  if (uart_rx_dma(u, gdesc.buf, 16))
    return -1;
  return gdesc.buf[0]; // expected-warning{{in flight}} expected-note{{wait for the transfer}}
}

int global_descriptor_pointer_member(struct uart *u) {
  if (uart_rx_dma(u, gdescp->buf, 16))
    return -1;
  return gdescp->buf[0]; // expected-warning{{in flight}} expected-note{{wait for the transfer}}
}

int global_descriptor_member_after_wait_ok(struct uart *u) {
  if (uart_rx_dma(u, gdesc.buf, 16))
    return -1;
  uart_wait(u);
  return gdesc.buf[0]; // no-warning
}

// A global the code set before the start may have changed in it: a loop
// on a flag nothing sets to 1 is not known to spin forever, and the read
// after it is checked.
static char rx[16];
static volatile int other_done;

int read_after_unrelated_flag(struct uart *u) {
  other_done = 0;
  if (uart_rx_dma(u, rx, sizeof rx))
    return -1;
  while (!other_done) {
  }
  return rx[0]; // expected-warning{{in flight}} expected-note{{wait for the transfer}}
}
