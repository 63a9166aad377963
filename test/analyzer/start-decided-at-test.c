// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe,debug.ExprInspection -verify %s -I %annotations_include -I %S/Inputs
//
// A start whose result the code tests is decided at the test, not split at
// the call: the path where it failed and the path where it succeeded are
// one path until the code looks, and the branch it takes keeps the transfer
// (success) or drops it (failure, nothing was taken). A helper that returns
// the start's status therefore does not double its callers' paths.

#include "dma-api.h"

void clang_analyzer_numTimesReached(void);

char a[8], b[8], c[8];

static int begin(struct uart *u, char *buf) { return uart_rx_dma(u, buf, 8); }

void three_helpers_one_path(struct uart *u, struct uart *v, struct uart *w) {
  begin(u, a);
  begin(v, b);
  begin(w, c);
  clang_analyzer_numTimesReached(); // expected-warning{{1}}
  uart_wait(u);
  uart_wait(v);
  uart_wait(w);
}

int read_after_late_test(struct uart *u) {
  int r = uart_rx_dma(u, a, sizeof a);
  clang_analyzer_numTimesReached(); // expected-warning{{1}}
  if (r != 0)
    return a[0]; // no-warning: the start failed, the CPU owns 'a'
  return a[1]; // expected-warning{{Read of 'a' while a DMA transfer (device-to-memory) is in flight}} expected-note{{wait for the transfer (e.g. 'uart_wait') before accessing the buffer}}
}

int status_through_helper(struct uart *u) {
  if (begin(u, b) == 0)
    return b[0]; // expected-warning{{Read of 'b' while a DMA transfer (device-to-memory) is in flight}} expected-note{{wait for the transfer (e.g. 'uart_wait') before accessing the buffer}}
  return b[1]; // no-warning: failed
}

int untested_then_read(struct uart *u) {
  begin(u, c); // the status is dropped: taken to succeed
  return c[2]; // expected-warning{{Read of 'c' while a DMA transfer (device-to-memory) is in flight}} expected-note{{wait for the transfer (e.g. 'uart_wait') before accessing the buffer}}
}
