// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-output=text -verify %s -I %annotations_include -I %S/Inputs \
// RUN:   -analyzer-config dmasafe.ReleaseInFlight:Deallocators='pool_free;vPortFree'

#include "dma-api.h"

void pool_free(void *p);
DMA_SUCCESS_RETURNS(0) int uart_rx_into(struct uart *u DMA_HANDLE, char *buf DMA_OWNED_RX, size_t n DMA_LEN);

void free_in_flight(struct uart *u) {
  char *p = malloc(64);
  if (!p) // expected-note{{Assuming 'p' is non-null}} expected-note{{Taking false branch}}
    return;
  uart_rx_dma(u, p, 64); // expected-note{{DMA transfer (device-to-memory) of}}
  free(p); // expected-warning{{'free' releases}}
           // expected-note@-1{{'free' releases}} expected-note@-1{{wait for the transfer (e.g. 'uart_wait') before releasing the buffer}}
}

void free_after_wait_ok(struct uart *u) {
  char *p = malloc(64);
  if (!p)
    return;
  uart_rx_dma(u, p, 64);
  uart_wait(u);
  free(p); // no-warning
}

void realloc_in_flight(struct uart *u) {
  char *p = malloc(64);
  if (!p) // expected-note{{Assuming 'p' is non-null}} expected-note{{Taking false branch}}
    return;
  uart_tx_dma(u, p + 32, 32); // expected-note{{DMA transfer (memory-to-device) of}}
  p = realloc(p, 128); // expected-warning{{'realloc' releases}}
                       // expected-note@-1{{'realloc' releases}} expected-note@-1{{wait for the transfer}}
}

void configured_deallocator_in_flight(struct uart *u, char *p) {
  uart_tx_dma(u, p, 16); // expected-note{{DMA transfer (memory-to-device) of the buffer pointed to by 'p' started here}}
  pool_free(p); // expected-warning{{'pool_free' releases the buffer pointed to by 'p' while a DMA transfer (memory-to-device) is in flight}}
                // expected-note@-1{{'pool_free' releases}} expected-note@-1{{wait for the transfer}}
}

void failed_start_then_free_ok(struct uart *u) {
  char *p = malloc(64);
  if (!p)
    return;
  if (uart_rx_dma(u, p, 64) != 0) {
    free(p); // no-warning
    return;
  }
  uart_wait(u);
  free(p);
}

void stack_buffer_returned_in_flight(struct uart *u) {
  char buf[32];
  uart_rx_dma(u, buf, sizeof buf); // expected-note{{DMA transfer (device-to-memory) of 'buf' started here}}
} // expected-warning{{Returning from 'stack_buffer_returned_in_flight' while a DMA transfer (device-to-memory) of its stack buffer 'buf' is in flight}}
  // expected-note@-1{{Returning from 'stack_buffer_returned_in_flight'}}

int stack_buffer_waited_before_return_ok(struct uart *u) {
  char buf[32];
  if (uart_rx_dma(u, buf, sizeof buf) != 0)
    return -1;
  uart_wait(u);
  return buf[0]; // no-warning
}

int stack_buffer_polled_before_return_ok(struct uart *u) {
  char buf[32];
  if (uart_rx_dma(u, buf, sizeof buf) != 0)
    return -1;
  while (uart_busy(u)) {
  }
  return buf[1]; // no-warning
}

void static_buffer_outlives_function_ok(struct uart *u) {
  static char buf[32];
  uart_rx_dma(u, buf, sizeof buf); // no-warning
}

char global_buf[32];
void global_buffer_outlives_function_ok(struct uart *u) {
  uart_rx_dma(u, global_buf, sizeof global_buf); // no-warning
}

void inner_block_scope_ends_in_flight(struct uart *u) {
  {
    char tmp[8];
    uart_tx_dma(u, tmp, sizeof tmp); // expected-note{{DMA transfer (memory-to-device) of 'tmp' started here}}
  } // expected-note{{scope of 'tmp' ends here}} expected-note{{wait for the transfer (e.g. 'uart_wait') before the buffer leaves its block}}
  uart_wait(u); // expected-warning{{Stack buffer 'tmp' goes out of scope while a DMA transfer (memory-to-device) is in flight}}
                // expected-note@-1{{Stack buffer 'tmp' goes out of scope while a DMA transfer (memory-to-device) is in flight}}
}

void inner_block_waited_ok(struct uart *u) {
  {
    char tmp[8];
    uart_tx_dma(u, tmp, sizeof tmp);
    uart_wait(u);
  }
  uart_abort(u); // no-warning
}

void inner_block_uses_outer_buffer_ok(struct uart *u) {
  char outer[8];
  {
    uart_tx_dma(u, outer, sizeof outer);
  }
  uart_wait(u); // no-warning
}

/* The buffer is dead (last use) right after the start: liveness must not
   count as the end of its storage. */
void last_use_is_the_start_ok(struct uart *u) {
  char buf[8];
  uart_rx_dma(u, buf, sizeof buf);
  uart_wait(u); // no-warning
}

void free_other_buffer_ok(struct uart *u) {
  char *a = malloc(8), *b = malloc(8);
  if (!a || !b)
    return;
  uart_rx_dma(u, a, 8);
  free(b); // no-warning
  uart_wait(u);
  free(a);
}
