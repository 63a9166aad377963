// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify -verify-ignore-unexpected=note %s -I %annotations_include

// A callback that runs for one direction only (DMA_COMPLETION_CALLBACK_TX /
// _RX): its flag completes the transfers of that direction, not the other
// one running on the same UART.
#include <dmasafe/annotations.h>
typedef __SIZE_TYPE__ size_t;
struct uart { int state; };

DMA_SUCCESS_RETURNS(0)
int uart_tx_dma(struct uart *u DMA_HANDLE, const unsigned char *buf DMA_OWNED_TX, size_t n DMA_LEN);
DMA_SUCCESS_RETURNS(0)
int uart_rx_dma(struct uart *u DMA_HANDLE, unsigned char *buf DMA_OWNED_RX, size_t n DMA_LEN);
int consume(int);

volatile int tx_done, rx_done;
DMA_COMPLETION_CALLBACK_TX void on_tx_done(struct uart *u) { tx_done = 1; }
DMA_COMPLETION_CALLBACK_RX void on_rx_done(struct uart *u) { rx_done = 1; }

unsigned char tx[8], rx[8];

void tx_flag_leaves_rx_in_flight(struct uart *u) {
  tx_done = 0;
  if (uart_rx_dma(u, rx, sizeof rx) != 0 || uart_tx_dma(u, tx, sizeof tx) != 0)
    return;
  while (!tx_done) {
  }
  tx[0] = 1;      // no-warning: the TX callback ran
  consume(rx[0]); // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
}

void rx_flag_completes_rx(struct uart *u) {
  rx_done = 0;
  if (uart_rx_dma(u, rx, sizeof rx) != 0)
    return;
  while (!rx_done) {
  }
  consume(rx[0]); // no-warning
}

__attribute__((annotate("dmasafe:completion-callback=both"))) void bad_direction(void); // expected-warning{{Unknown completion direction 'both'; expected tx or rx}}
