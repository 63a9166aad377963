// The clang-tidy names two rules had before each rule got one name
// (semantics/Findings.def): a .clang-tidy file that still enables
// dmasafe-access-in-flight or dmasafe-stack-buffer-escape runs the rule's
// check, with a one-line notice naming the new name. Its findings keep the
// old name (clang-tidy drops a finding whose check is not enabled).
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-access-in-flight,dmasafe-stack-buffer-escape' %s -- -I %S/Inputs -I %annotations_include 2>&1 | FileCheck %s --check-prefix=OLD --implicit-check-not='{{warning|error}}:'
// OLD-DAG: warning: check 'dmasafe-access-in-flight' is renamed 'dmasafe-in-flight-access': enable 'dmasafe-in-flight-access' (the old name will go) [clang-tidy-config]
// OLD-DAG: warning: check 'dmasafe-stack-buffer-escape' is renamed 'dmasafe-release-in-flight': enable 'dmasafe-release-in-flight' (the old name will go) [clang-tidy-config]

// With the new names enabled as well (`dmasafe-*` matches both), each
// finding is reported once and nothing is said about the old names.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-*' %s -- -I %S/Inputs -I %annotations_include 2>&1 | FileCheck %s --check-prefix=BOTH --implicit-check-not='{{warning|error}}:' --implicit-check-not='is renamed'

// An option under the old name is read when the new name's is not set.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' -config="{CheckOptions: [{key: dmasafe-access-in-flight.ReportTxReads, value: true}]}" %s -- -I %S/Inputs -I %annotations_include 2>&1 | FileCheck %s --check-prefix=OPTION --implicit-check-not='{{warning|error}}:'
// OPTION-DAG: warning: option 'dmasafe-access-in-flight.ReportTxReads' is renamed 'dmasafe-in-flight-access.ReportTxReads' [clang-tidy-config]
#include "dma_api.h"

struct uart U;
static char rx[8];
static char tx[8];

int read_rx_in_flight(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  return rx[0];
}
// BOTH-DAG: :[[@LINE-2]]:10: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
// OLD-DAG: :[[@LINE-3]]:10: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-access-in-flight]
// OPTION-DAG: :[[@LINE-4]]:10: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]

int read_tx_in_flight(void) {
  uart_send_dma(&U, tx, sizeof tx);
  return tx[0]; // reported with ReportTxReads only
}
// OPTION-DAG: :[[@LINE-2]]:10: warning: read of 'tx' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]

void stack_buffer_returns_in_flight(void) {
  char buf[4] = {0};
  uart_send_dma(&U, buf, sizeof buf);
}
// BOTH-DAG: :[[@LINE-1]]:1: warning: returning from 'stack_buffer_returns_in_flight' while a DMA transfer (memory-to-device) of its stack buffer 'buf' is in flight [dmasafe-release-in-flight]
// OLD-DAG: :[[@LINE-2]]:1: warning: returning from 'stack_buffer_returns_in_flight' while a DMA transfer (memory-to-device) of its stack buffer 'buf' is in flight [dmasafe-stack-buffer-escape]

int read_after_wait_ok(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  uart_wait(&U);
  return rx[0]; // no-warning
}
