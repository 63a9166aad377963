// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-output=text -verify %s -I %annotations_include -I %S/Inputs

#include "dma-api.h"

char rx[16];
char tx[16];
struct packet { int hdr; char data[8]; } pkt;

int rx_read_before_wait(struct uart *u) {
  if (uart_rx_dma(u, rx, sizeof rx) != 0) // expected-note{{DMA transfer (device-to-memory) of 'rx' started here}} expected-note{{Assuming the condition is false}}
                                          // expected-note@-1{{Taking false branch}}
    return -1;
  int c = rx[3]; // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
                 // expected-note@-1{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
                 // expected-note@-2{{wait for the transfer (e.g. 'uart_wait') before accessing the buffer}}
  uart_wait(u);
  return c;
}

int rx_read_after_wait_ok(struct uart *u) {
  if (uart_rx_dma(u, rx, sizeof rx) != 0)
    return -1;
  uart_wait(u);
  return rx[3]; // no-warning
}

int tx_read_in_flight_ok(struct uart *u) {
  uart_tx_dma(u, tx, sizeof tx);
  int c = tx[0]; // no-warning
  uart_wait(u);
  return c;
}

void tx_write_in_flight(struct uart *u) {
  uart_tx_dma(u, tx, sizeof tx); // expected-note{{DMA transfer (memory-to-device) of 'tx' started here}}
  tx[0] = 1; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
             // expected-note@-1{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
             // expected-note@-2{{wait for the transfer}}
}

void bidirectional_read_in_flight(struct uart *u) {
  uart_xfer_dma(u, tx, sizeof tx); // expected-note{{DMA transfer (bidirectional) of 'tx' started here}}
  int c = tx[0]; // expected-warning{{Read of 'tx' while a DMA transfer (bidirectional) is in flight}}
                 // expected-note@-1{{Read of 'tx'}} expected-note@-1{{wait for the transfer}}
  (void)c;
}

void write_through_pointer_arithmetic(struct uart *u) {
  char *p = rx;
  uart_rx_dma(u, rx, sizeof rx); // expected-note{{started here}}
  *(p + 5) = 0; // expected-warning{{Write to 'rx' while a DMA transfer (device-to-memory) is in flight}}
                // expected-note@-1{{Write to 'rx'}} expected-note@-1{{wait for the transfer}}
}

void write_through_cast(struct uart *u) {
  uart_rx_dma(u, rx, sizeof rx); // expected-note{{started here}}
  *(int *)(rx + 4) = 0; // expected-warning{{Write to 'rx' while}}
                        // expected-note@-1{{Write to 'rx'}} expected-note@-1{{wait for the transfer}}
}

void write_through_field(struct uart *u) {
  uart_rx_dma(u, pkt.data, sizeof pkt.data); // expected-note{{DMA transfer (device-to-memory) of 'pkt.data' started here}}
  pkt.data[2] = 1; // expected-warning{{Write to 'pkt.data' while}}
                   // expected-note@-1{{Write to 'pkt.data'}} expected-note@-1{{wait for the transfer}}
}

void other_field_ok(struct uart *u) {
  uart_rx_dma(u, pkt.data, sizeof pkt.data);
  pkt.hdr = 1; // no-warning
  uart_wait(u);
}

void whole_struct_transfer_field_write(struct uart *u) {
  uart_rx_dma(u, &pkt, sizeof pkt); // expected-note{{started here}}
  pkt.hdr = 2; // expected-warning{{Write to 'pkt' while}}
               // expected-note@-1{{Write to 'pkt'}} expected-note@-1{{wait for the transfer}}
}

void bytes_outside_transfer_ok(struct uart *u) {
  uart_rx_dma(u, rx, 8);
  rx[12] = 1; // no-warning
  uart_wait(u);
}

void memcpy_into_rx(struct uart *u, const char *src) {
  uart_rx_dma(u, rx, sizeof rx); // expected-note{{started here}}
  memcpy(rx, src, 4); // expected-warning{{Write to 'rx' by 'memcpy' while a DMA transfer (device-to-memory) is in flight}}
                      // expected-note@-1{{Write to 'rx' by 'memcpy'}} expected-note@-1{{wait for the transfer}}
}

void memcpy_from_tx_ok(struct uart *u, char *dst) {
  uart_tx_dma(u, tx, sizeof tx);
  memcpy(dst, tx, 4); // no-warning
  uart_wait(u);
}

void memcpy_from_rx(struct uart *u, char *dst) {
  uart_rx_dma(u, rx, sizeof rx); // expected-note{{started here}}
  memcpy(dst, rx, 4); // expected-warning{{Read of 'rx' by 'memcpy' while}}
                      // expected-note@-1{{Read of 'rx' by 'memcpy'}} expected-note@-1{{wait for the transfer}}
}

void memset_tx(struct uart *u) {
  uart_tx_dma(u, tx, sizeof tx); // expected-note{{started here}}
  memset(tx, 0, sizeof tx); // expected-warning{{Write to 'tx' by 'memset' while a DMA transfer (memory-to-device) is in flight}}
                            // expected-note@-1{{Write to 'tx' by 'memset'}} expected-note@-1{{wait for the transfer}}
}

void printf_rx(struct uart *u) {
  uart_rx_dma(u, rx, sizeof rx); // expected-note{{started here}}
  printf("%s\n", rx); // expected-warning{{Read of 'rx' by 'printf' while}}
                      // expected-note@-1{{Read of 'rx' by 'printf'}} expected-note@-1{{wait for the transfer}}
}

void snprintf_into_tx(struct uart *u, int v) {
  uart_tx_dma(u, tx, sizeof tx); // expected-note{{started here}}
  snprintf(tx, sizeof tx, "%d", v); // expected-warning{{Write to 'tx' by 'snprintf' while}}
                                    // expected-note@-1{{Write to 'tx' by 'snprintf'}} expected-note@-1{{wait for the transfer}}
}

void strpbrk_rx(struct uart *u) {
  uart_rx_dma(u, rx, sizeof rx); // expected-note{{started here}}
  strpbrk(rx, "\r\n"); // expected-warning{{Read of 'rx' by 'strpbrk' while}}
                       // expected-note@-1{{Read of 'rx' by 'strpbrk'}} expected-note@-1{{wait for the transfer}}
}

void strtok_tx_delimiters_ok(struct uart *u, char *line) {
  uart_tx_dma(u, tx, sizeof tx);
  strtok(line, tx); // no-warning: the engine only reads tx, strtok reads its delimiters
}

void strcpy_after_wait_ok(struct uart *u) {
  uart_tx_dma(u, tx, sizeof tx);
  uart_wait(u);
  strcpy(tx, "hello"); // no-warning
}

int poll_busy_loop_then_read_ok(struct uart *u) {
  uart_rx_dma(u, rx, sizeof rx);
  while (uart_busy(u)) {
  }
  return rx[0]; // no-warning
}

int poll_done_loop_then_read_ok(struct uart *u) {
  uart_rx_dma(u, rx, sizeof rx);
  while (!uart_done(u)) {
  }
  return rx[0]; // no-warning
}

int poll_busy_branch_read(struct uart *u) {
  uart_rx_dma(u, rx, sizeof rx); // expected-note{{started here}}
  if (uart_busy(u)) // expected-note{{'uart_busy' reports the DMA transfer of 'rx' still in flight}}
                    // expected-note@-1{{Taking true branch}}
    return rx[0]; // expected-warning{{Read of 'rx' while}}
                  // expected-note@-1{{Read of 'rx'}} expected-note@-1{{wait for the transfer}}
  return 0;
}

void abort_then_reuse_ok(struct uart *u) {
  uart_tx_dma(u, tx, sizeof tx);
  uart_abort(u);
  tx[0] = 'x'; // no-warning
  uart_tx_dma(u, tx, sizeof tx); // no-warning
  uart_wait(u);
}

void failed_start_then_write_ok(struct uart *u) {
  if (uart_tx_dma(u, tx, sizeof tx) != 0) {
    tx[0] = 0; // no-warning
    return;
  }
  uart_wait(u);
}

void wait_on_other_uart_keeps_transfer(struct uart *u, struct uart *v) {
  uart_rx_dma(u, rx, sizeof rx);
  uart_wait(v); // cannot tell u from v: stop tracking, say nothing
  rx[0] = 0;    // no-warning
}

void in_flight_read_of_heap(struct uart *u) {
  char *p = malloc(32);
  if (!p) // expected-note{{Assuming 'p' is non-null}} expected-note{{Taking false branch}}
    return;
  uart_rx_dma(u, p, 32); // expected-note{{started here}}
  char c = p[1]; // expected-warning{{Read of}}
                 // expected-note@-1{{Read of}} expected-note@-1{{wait for the transfer}}
  (void)c;
}
