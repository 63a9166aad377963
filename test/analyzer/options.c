// Checker options: ReportTxReads makes TX reads errors; Pedantic counts an
// unknown function receiving an in-flight buffer as an access.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify=default %s -I %annotations_include -I %S/Inputs
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify=txreads %s -I %annotations_include -I %S/Inputs \
// RUN:   -analyzer-config dmasafe.InFlightAccess:ReportTxReads=true
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify=pedantic %s -I %annotations_include -I %S/Inputs \
// RUN:   -analyzer-config dmasafe.InFlightAccess:Pedantic=true
// With the plugin loaded, `core` alone enables the dmasafe checkers (the
// clang-tidy integration, see Plugin.cpp and docs/checks/README.md):
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core -verify=default %s -I %annotations_include -I %S/Inputs
// A checker explicitly disabled does not report:
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe.ReleaseInFlight -analyzer-disable-checker=dmasafe.InFlightAccess -verify=release-only %s -I %annotations_include -I %S/Inputs

#include "dma-api.h"

void log_bytes(char *p);            // unknown: no body, no contract
void log_const(const char *p);      // unknown, reads only
static void helper(char *p) { (void)p; } // has a body: inlined, not guessed

char tx[16], rx[16];

int tx_read(struct uart *u) {
  uart_tx_dma(u, tx, sizeof tx);
  int c = tx[1]; // txreads-warning{{Read of 'tx' while a DMA transfer (memory-to-device) is in flight}} txreads-note{{wait for the transfer}}
  uart_wait(u);
  return c;
}

void unknown_callee(struct uart *u) {
  uart_rx_dma(u, rx, sizeof rx);
  log_bytes(rx); // pedantic-warning{{Write to 'rx' by 'log_bytes' while a DMA transfer (device-to-memory) is in flight}} pedantic-note{{wait for the transfer}}
  uart_wait(u);
}

void unknown_const_callee_tx(struct uart *u) {
  uart_tx_dma(u, tx, sizeof tx);
  log_const(tx); // no-warning in every mode: a read of a TX buffer
  helper(tx);    // no-warning: the body is analyzed instead
  uart_wait(u);
}

void released(struct uart *u, char *p) {
  uart_rx_dma(u, p, 4);
  free(p); // default-warning{{'free' releases}} txreads-warning{{'free' releases}} pedantic-warning{{'free' releases}} release-only-warning{{'free' releases}}
           // default-note@-1{{wait for the transfer}} txreads-note@-1{{wait for the transfer}} pedantic-note@-1{{wait for the transfer}} release-only-note@-1{{wait for the transfer}}
}

void write_only_when_access_checker_on(struct uart *u) {
  uart_rx_dma(u, rx, sizeof rx);
  rx[0] = 1; // default-warning{{Write to 'rx'}} txreads-warning{{Write to 'rx'}} pedantic-warning{{Write to 'rx'}}
             // default-note@-1{{wait for the transfer}} txreads-note@-1{{wait for the transfer}} pedantic-note@-1{{wait for the transfer}}
}
