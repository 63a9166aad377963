// The MCUXpresso SDK eDMA model: a transfer struct's buffers are the
// engine's from *_SendEDMA / *_ReceiveEDMA / *_TransferEDMA until the
// callback given to *_TransferCreateHandleEDMA runs, or an abort. The
// LPUART transfers are filled by assignment: the analyzer does not follow
// a designated initializer of an anonymous union member (`{.data = buf}`)
// today, so such a transfer is not tracked (a missed bug, no false report).
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/mcux-sdk-edma.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "fsl_lpuart_edma.h"

extern LPUART_Type LPUART1;
extern LPSPI_Type LPSPI1;
static lpuart_edma_handle_t uart_handle;
static lpspi_master_edma_handle_t spi_handle;
static edma_handle_t tx_dma, rx_dma;

static uint8_t tx_buf[32];
static uint8_t rx_buf[32];
static uint8_t spi_rx[8];
static volatile int uart_done;

static void uart_callback(LPUART_Type *base, lpuart_edma_handle_t *h, status_t s, void *user) {
  uart_done = 1;
}

void uart_setup(void) {
  LPUART_TransferCreateHandleEDMA(&LPUART1, &uart_handle, uart_callback, 0, &tx_dma, &rx_dma);
}

int consume(int);

void uart_send_then_refill(void) {
  lpuart_transfer_t xfer;
  xfer.data = tx_buf;
  xfer.dataSize = sizeof tx_buf;
  LPUART_SendEDMA(&LPUART1, &uart_handle, &xfer);
  tx_buf[0] = 'x'; // expected-warning{{Write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight}}
}

void uart_send_wait_callback_then_refill_ok(void) {
  lpuart_transfer_t xfer;
  xfer.data = tx_buf;
  xfer.dataSize = sizeof tx_buf;
  uart_done = 0;
  if (LPUART_SendEDMA(&LPUART1, &uart_handle, &xfer) != kStatus_Success)
    return;
  while (!uart_done) {
  }
  tx_buf[0] = 'x'; // no-warning
}

void uart_receive_read_early(void) {
  lpuart_transfer_t xfer;
  xfer.data = rx_buf;
  xfer.dataSize = sizeof rx_buf;
  LPUART_ReceiveEDMA(&LPUART1, &uart_handle, &xfer);
  consume(rx_buf[0]); // expected-warning{{Read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
}

void uart_receive_abort_then_read_ok(void) {
  lpuart_transfer_t xfer;
  xfer.data = rx_buf;
  xfer.dataSize = sizeof rx_buf;
  LPUART_ReceiveEDMA(&LPUART1, &uart_handle, &xfer);
  LPUART_TransferAbortReceiveEDMA(&LPUART1, &uart_handle);
  consume(rx_buf[0]); // no-warning
}

void spi_rx_read_early(void) {
  lpspi_transfer_t xfer = {.txData = tx_buf, .rxData = spi_rx, .dataSize = sizeof spi_rx};
  LPSPI_MasterTransferEDMA(&LPSPI1, &spi_handle, &xfer);
  consume(spi_rx[0]); // expected-warning{{Read of 'spi_rx' while a DMA transfer (device-to-memory) is in flight}}
}

void spi_tx_read_in_flight_ok(void) {
  lpspi_transfer_t xfer = {.txData = tx_buf, .rxData = 0, .dataSize = sizeof tx_buf};
  LPSPI_MasterTransferEDMA(&LPSPI1, &spi_handle, &xfer);
  consume(tx_buf[0]); // no-warning: the engine only reads the TX buffer
}
