// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' -config="{CheckOptions: [{key: dmasafe-in-flight-access.ReportTxReads, value: true}, {key: dmasafe-in-flight-access.Pedantic, value: true}]}" %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --check-prefixes=CHECK-MESSAGES,STRICT --implicit-check-not='{{warning|error}}:'
#include "dma_api.h"

struct uart U;
static unsigned char rx[32], tx[32];
struct frame { unsigned char payload[16]; unsigned len; };

int rx_read_before_wait(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  int first = rx[0];
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: DMA transfer started here by 'uart_recv_dma'
  uart_wait(&U);
  return first;
}

int rx_read_after_wait_ok(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  uart_wait(&U);
  return rx[0];
}

void tx_write_in_flight(void) {
  uart_send_dma(&U, tx, sizeof tx);
  tx[3] = 7;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'tx' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
  uart_wait(&U);
}

int tx_read_in_flight_ok(void) {
  uart_send_dma(&U, tx, sizeof tx);
  int v = tx[0];
  // STRICT: :[[@LINE-1]]:11: warning: read of 'tx' while a DMA transfer (memory-to-device) is in flight
  uart_wait(&U);
  return v;
}

void memset_in_flight(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  memset(rx, 0, sizeof rx);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'rx' by 'memset' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  uart_abort(&U);
  memset(rx, 0, sizeof rx);
}

void memcpy_from_tx_ok(unsigned char *out) {
  uart_send_dma(&U, tx, sizeof tx);
  memcpy(out, tx, 4);
  // STRICT: :[[@LINE-1]]:3: warning: read of 'tx' by 'memcpy' while a DMA transfer (memory-to-device) is in flight
  uart_wait(&U);
}

int poll_loop_ok(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  while (uart_busy(&U)) {
  }
  return rx[1];
}

int poll_done_ok(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  if (!uart_done(&U))
    return -1;
  return rx[1];
}

int poll_done_wrong_branch(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  if (uart_done(&U))
    return 0;
  return rx[1];
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight
}

int failed_start_took_nothing(void) {
  if (uart_recv_dma(&U, rx, sizeof rx) != 0) {
    rx[0] = 0; // no-warning: the start failed
    return -1;
  }
  uart_wait(&U);
  return rx[0];
}

int other_channel_does_not_complete(void) {
  chan_rx(1, rx, sizeof rx);
  chan_wait(2);
  int v = rx[0];
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: read of 'rx'
  chan_wait(1);
  return v + rx[1];
}

int returned_handle(void) {
  long h = map_rx(rx, sizeof rx);
  if (map_failed(h))
    return rx[0]; // no-warning: the mapping failed
  rx[2] = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'rx'
  unmap(h);
  return rx[0];
}

void completion_flag_ok(void) {
  uart_tx_done = 0;
  uart_send_dma(&U, tx, sizeof tx);
  while (!uart_tx_done) {
  }
  tx[0] = 1;
}

unsigned other_field_ok(struct frame *unused) {
  static struct frame f;
  uart_recv_dma(&U, f.payload, sizeof f.payload);
  f.len = 16;       // no-warning: another field
  f.payload[0] = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'f.payload'
  uart_wait(&U);
  return f.len;
}

void maybe_started_is_not_reported(int use_dma) {
  if (use_dma)
    uart_recv_dma(&U, rx, sizeof rx);
  rx[0] = 1; // no-warning: in flight on one path only
  if (use_dma)
    uart_wait(&U);
}

void pointer_buffer(unsigned char *p, unsigned char *q) {
  uart_recv_dma(&U, p, 8);
  *p = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to the buffer pointed to by 'p' while a DMA transfer (device-to-memory) is in flight
  p = q;
  *p = 2; // no-warning: p names other memory now
  uart_wait(&U);
}

void unknown_function(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  fill_bytes(rx, 4);
  // STRICT: :[[@LINE-1]]:3: warning: write to 'rx' by 'fill_bytes' while a DMA transfer (device-to-memory) is in flight
  uart_wait(&U);
}

void helper_waits(void) { uart_wait(&U); }

int helper_that_waits_ok(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  helper_waits();
  return rx[0];
}

void two_uart_params(struct uart *u, struct uart *v) {
  uart_recv_dma(u, rx, sizeof rx);
  uart_wait(v); // u and v may be the same UART: say nothing afterwards
  rx[0] = 0;
}

struct uart U2;
void two_distinct_uarts(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  uart_wait(&U2);
  rx[0] = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'rx' while a DMA transfer (device-to-memory) is in flight
  uart_wait(&U);
}

// RTOS waits complete through their models' wait-signal entries
// (models/zephyr.yaml): without the model k_sem_take is an unknown function.
struct k_sem { int count; };
int k_sem_take(struct k_sem *sem, long timeout);
static struct k_sem rx_sem; // given by the UART's completion callback
int rtos_semaphore_wait_without_model(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  k_sem_take(&rx_sem, -1);
  return rx[0];
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
}

void bytes_outside_the_transfer_ok(void) {
  uart_recv_dma(&U, rx, 8);
  rx[12] = 1; // bytes 12..13: not part of the 8-byte transfer
  rx[7] = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'rx' while a DMA transfer (device-to-memory) is in flight
  uart_wait(&U);
  uart_recv_dma(&U, &rx[16], 8);
  rx[15] = rx[24]; // both outside bytes 16..23
  rx[16] = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'rx' while a DMA transfer (device-to-memory) is in flight
  uart_wait(&U);
}
