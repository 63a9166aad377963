// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-release-in-flight' %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'
// The fix-it is opt-in (SuggestStatic): `static` is wrong in a reentrant
// function. Without the option nothing is rewritten.
// RUN: cp %s %t.nofix.c
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-release-in-flight' -fix %t.nofix.c -- -I %annotations_include -I %S/Inputs
// RUN: diff %s %t.nofix.c
// RUN: cp %s %t.c
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-release-in-flight' -config="{CheckOptions: [{key: dmasafe-release-in-flight.SuggestStatic, value: true}]}" -fix %t.c -- -I %annotations_include -I %S/Inputs
// RUN: FileCheck %s --check-prefix=CHECK-FIXES < %t.c
#include "dma_api.h"

struct uart U;

void send_and_return(void) {
  unsigned char buf[16] = {1, 2, 3};
  // CHECK-FIXES: static unsigned char buf[16] = {1, 2, 3};
  uart_send_dma(&U, buf, sizeof buf);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: returning from 'send_and_return' while a DMA transfer (memory-to-device) of its stack buffer 'buf' is in flight [dmasafe-release-in-flight]
// CHECK-MESSAGES: :[[@LINE-3]]:3: note: DMA transfer started here by 'uart_send_dma'; wait for it, poll it to completion or abort it before 'buf' goes out of scope

void wait_before_return_ok(void) {
  unsigned char buf[16];
  // CHECK-FIXES: {{^}}  unsigned char buf[16];
  uart_send_dma(&U, buf, sizeof buf);
  uart_wait(&U);
}

void poll_loop_ok(void) {
  unsigned char buf[16];
  uart_recv_dma(&U, buf, sizeof buf);
  while (uart_busy(&U)) {
  }
}

void abort_ok(void) {
  unsigned char buf[16];
  uart_recv_dma(&U, buf, sizeof buf);
  uart_abort(&U);
}

int failed_start_ok(void) {
  unsigned char buf[16];
  if (uart_send_dma(&U, buf, sizeof buf) != 0)
    return -1;
  uart_wait(&U);
  return 0;
}

int early_return(int bail) {
  unsigned char buf[8];
  uart_recv_dma(&U, buf, sizeof buf);
  if (bail)
    return -1;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: returning from 'early_return' while a DMA transfer (device-to-memory) of its stack buffer 'buf' is in flight
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: DMA transfer started here
  uart_wait(&U);
  return buf[0];
}

void inner_scope(void) {
  {
    unsigned char scratch[8];
    uart_send_dma(&U, scratch, sizeof scratch);
  }
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: stack buffer 'scratch' goes out of scope
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: DMA transfer started
  // CHECK-MESSAGES: :[[@LINE-5]]:19: note: 'scratch' has automatic storage; making it static would outlive the transfer, but only if 'inner_scope' is never re-entered
  uart_wait(&U);
}

void variable_length(unsigned n) {
  unsigned char vla[n];
  // CHECK-FIXES: {{^}}  unsigned char vla[n];
  uart_send_dma(&U, vla, n);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: returning from 'variable_length' while a DMA transfer (memory-to-device) of its stack buffer 'vla' is in flight

void static_and_global_ok(void) {
  static unsigned char kept[16];
  uart_send_dma(&U, kept, sizeof kept);
}

void marked_stable_ok(void) {
  unsigned char forever[16] DMA_STABLE;
  uart_send_dma(&U, forever, sizeof forever);
  for (;;) {
  }
}

void struct_member(void) {
  struct { unsigned char data[8]; int n; } pkt;
  uart_send_dma(&U, pkt.data, sizeof pkt.data);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: returning from 'struct_member' while a DMA transfer (memory-to-device) of its stack buffer 'pkt.data' is in flight

void pointer_param_ok(unsigned char *p) {
  uart_send_dma(&U, p, 4); // the caller owns that storage
}

void flag_wait_ok(void) {
  unsigned char buf[4];
  uart_tx_done = 0;
  uart_send_dma(&U, buf, sizeof buf);
  while (!uart_tx_done) {
  }
}

void channel_mismatch(void) {
  unsigned char buf[4];
  chan_rx(3, buf, sizeof buf);
  chan_wait(4);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: returning from 'channel_mismatch' while a DMA transfer (device-to-memory) of its stack buffer 'buf' is in flight

void started_on_one_path(int use_dma) {
  unsigned char buf[4];
  if (use_dma)
    uart_send_dma(&U, buf, sizeof buf);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: returning from 'started_on_one_path' while a DMA transfer (memory-to-device) of its stack buffer 'buf' may still be in flight
