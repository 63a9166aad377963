// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access,dmasafe-release-in-flight' %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'
// Completion flags that are fields of a global struct (`g.rx_done`), or
// that the completion callback sets through a helper it calls.
#include "dma_api.h"

struct uart U;
struct sub { volatile int done; };
struct ctx { volatile int rx_done; struct sub s; volatile int unrelated;
             unsigned char rxbuf[16]; };
static struct ctx g;
static volatile int helper_done;

static void mark_done(void) { helper_done = 1; }

DMA_COMPLETION_CALLBACK void uart_rx_isr(void) {
  g.rx_done = 1;
  g.s.done = 1;
  mark_done();
}

int member_flag_ok(void) {
  g.rx_done = 0;
  if (uart_recv_dma(&U, g.rxbuf, sizeof g.rxbuf))
    return -1;
  while (!g.rx_done) {
  }
  return g.rxbuf[0];
}

int nested_member_flag_ok(void) {
  unsigned char buf[8];
  g.s.done = 0;
  if (uart_recv_dma(&U, buf, sizeof buf))
    return -1;
  while (!g.s.done) {
  }
  return buf[0];
}

int helper_flag_ok(void) {
  helper_done = 0;
  if (uart_recv_dma(&U, g.rxbuf, sizeof g.rxbuf))
    return -1;
  while (!helper_done) {
  }
  return g.rxbuf[1];
}

int unrelated_member(void) {
  if (uart_recv_dma(&U, g.rxbuf, sizeof g.rxbuf))
    return -1;
  while (!g.unrelated) {
  }
  return g.rxbuf[0];
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: read of 'g.rxbuf' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  // CHECK-MESSAGES: :[[@LINE-6]]:7: note: DMA transfer started here by 'uart_recv_dma'
}

int local_struct_field(void) {
  struct ctx local;
  unsigned char buf[8];
  local.rx_done = 0;
  if (uart_recv_dma(&U, buf, sizeof buf))
    return -1;
  while (!local.rx_done) {
  }
  return buf[0];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: returning from 'local_struct_field' while a DMA transfer (device-to-memory) of its stack buffer 'buf' is in flight [dmasafe-release-in-flight]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: read of 'buf' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
}
