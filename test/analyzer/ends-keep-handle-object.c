// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe,debug.ExprInspection -verify %s -I %annotations_include -I %S/Inputs
//
// Only a set-up call (start, arm, trigger...) may rewrite the driver object
// it is given. A wait, poll or abort leaves it as it was: otherwise every
// inlined start+wait helper leaves a fresh driver state behind and the
// paths through N of them never merge (bench/scale, "inlined helpers").

#include "dma-api.h"

void clang_analyzer_eval(int);

void wait_keeps_driver(struct uart *u) {
  u->regs = 5;
  uart_wait(u);
  clang_analyzer_eval(u->regs == 5); // expected-warning{{TRUE}}
}

void abort_and_poll_keep_driver(struct uart *u) {
  u->regs = 7;
  uart_abort(u);
  (void)uart_busy(u);
  (void)uart_done(u);
  clang_analyzer_eval(u->regs == 7); // expected-warning{{TRUE}}
}
