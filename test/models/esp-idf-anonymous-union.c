// spi_transaction_t keeps tx_buffer and rx_buffer in anonymous unions (with
// tx_data/rx_data). The model names them directly, as C code does.
//
// The checker follows field paths into anonymous struct/union members.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/esp-idf.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "driver/spi_master.h"

static uint8_t tx_buf[16];
static uint8_t rx_buf[16];
static spi_transaction_t trans;
int consume(int);

void queued_rx_read_before_result(spi_device_handle_t spi) {
  trans.length = 8 * sizeof tx_buf;
  trans.tx_buffer = tx_buf;
  trans.rx_buffer = rx_buf;
  if (spi_device_queue_trans(spi, &trans, portMAX_DELAY) != ESP_OK)
    return;
  consume(rx_buf[0]); // expected-warning{{Read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
}

void queued_tx_refilled_in_flight(spi_device_handle_t spi) {
  trans.length = 8 * sizeof tx_buf;
  trans.tx_buffer = tx_buf;
  trans.rx_buffer = 0;
  if (spi_device_queue_trans(spi, &trans, portMAX_DELAY) != ESP_OK)
    return;
  tx_buf[0] = 1; // expected-warning{{Write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight}}
}
