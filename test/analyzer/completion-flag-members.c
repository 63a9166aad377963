// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify %s -I %annotations_include -I %S/Inputs

// Completion flags that are members of a global (`g.rx_done`,
// `g.sub.done`), or written by a function the callback calls.
#include "dma-api.h"

struct ctx {
  volatile int rx_done;
  unsigned char rxbuf[16];
  struct { volatile int done; } sub;
  volatile int never_set;
};
static struct ctx g;
static struct ctx h;
static unsigned char buf2[16];
static unsigned char buf3[16];
static volatile int helper_done;

void spin(void);

static void mark_done(void) { helper_done = 1; }
static void mark_done_outer(void) { mark_done(); }

DMA_COMPLETION_CALLBACK void uart_rx_isr(void) {
  g.rx_done = 1;
  h.sub.done = 1;
  mark_done_outer();
}

int member_flag_ok(struct uart *u) {
  g.rx_done = 0;
  if (uart_rx_dma(u, g.rxbuf, sizeof g.rxbuf))
    return -1;
  while (!g.rx_done) {
  }
  return g.rxbuf[0]; // no-warning
}

int nested_member_flag_ok(struct uart *u) {
  h.sub.done = 0;
  if (uart_rx_dma(u, buf2, sizeof buf2))
    return -1;
  while (!h.sub.done) {
    spin();
  }
  return buf2[0]; // no-warning
}

int flag_set_by_called_function_ok(struct uart *u) {
  helper_done = 0;
  if (uart_rx_dma(u, buf3, sizeof buf3))
    return -1;
  while (!helper_done) {
    spin();
  }
  return buf3[0]; // no-warning
}

// Negative twins: a member the callback never writes, or the same field
// of another global, is no flag.
int member_not_a_flag(struct uart *u) {
  g.never_set = 0;
  if (uart_rx_dma(u, g.rxbuf, sizeof g.rxbuf))
    return -1;
  while (!g.never_set) {
    spin();
  }
  return g.rxbuf[0]; // expected-warning{{in flight}} expected-note{{wait for the transfer}}
}

int other_global_same_field(struct uart *u) {
  h.rx_done = 0;
  if (uart_rx_dma(u, buf2, sizeof buf2))
    return -1;
  while (!h.rx_done) {
    spin(); /* opaque: h.rx_done may change, but no interrupt sets it */
  }
  return buf2[0]; // expected-warning{{in flight}} expected-note{{wait for the transfer}}
}
