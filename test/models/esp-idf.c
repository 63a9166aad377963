// The ESP-IDF SPI master model: the driver owns the transaction descriptor
// and its buffers from spi_device_queue_trans to spi_device_get_trans_result;
// spi_device_transmit is blocking.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/esp-idf.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "driver/spi_master.h"

static uint8_t tx_buf[16];
static uint8_t rx_buf[16];
static spi_transaction_t trans;
int consume(int);

void queued_descriptor_changed_in_flight(spi_device_handle_t spi) {
  trans.length = 8 * sizeof tx_buf;
  trans.tx_buffer = tx_buf;
  trans.rx_buffer = 0;
  spi_device_queue_trans(spi, &trans, portMAX_DELAY);
  trans.length = 8; // expected-warning{{Write to 'trans' while a DMA transfer (bidirectional) is in flight}}
}

void queued_then_result_ok(spi_device_handle_t spi) {
  spi_transaction_t *done;
  trans.length = 8 * sizeof tx_buf;
  trans.tx_buffer = tx_buf;
  trans.rx_buffer = rx_buf;
  if (spi_device_queue_trans(spi, &trans, portMAX_DELAY) != ESP_OK)
    return;
  if (spi_device_get_trans_result(spi, &done, portMAX_DELAY) != ESP_OK)
    return;
  consume(rx_buf[0]); // no-warning
  tx_buf[0] = 1;      // no-warning
}

void queued_stack_descriptor_returned(spi_device_handle_t spi) {
  spi_transaction_t t = {0};
  t.length = 8 * sizeof tx_buf;
  t.tx_buffer = tx_buf;
  spi_device_queue_trans(spi, &t, portMAX_DELAY);
} // expected-warning{{Returning from 'queued_stack_descriptor_returned' while a DMA transfer (bidirectional) of its stack buffer 't' is in flight}}

void blocking_transmit_ok(spi_device_handle_t spi) {
  spi_transaction_t t = {0};
  t.length = 8 * sizeof tx_buf;
  t.tx_buffer = tx_buf;
  t.rx_buffer = rx_buf;
  spi_device_transmit(spi, &t);
  consume(rx_buf[0]); // no-warning: spi_device_transmit waits for the transfer
}

void polling_pair_ok(spi_device_handle_t spi) {
  trans.length = 8 * sizeof tx_buf;
  trans.rx_buffer = rx_buf;
  trans.tx_buffer = 0;
  if (spi_device_polling_start(spi, &trans, portMAX_DELAY) != ESP_OK)
    return;
  if (spi_device_polling_end(spi, portMAX_DELAY) != ESP_OK)
    return; // a timeout: still in flight
  consume(rx_buf[0]); // no-warning
}

void polling_end_timeout_still_in_flight(spi_device_handle_t spi) {
  trans.length = 8 * sizeof tx_buf;
  trans.rx_buffer = rx_buf;
  trans.tx_buffer = 0;
  if (spi_device_polling_start(spi, &trans, portMAX_DELAY) != ESP_OK)
    return;
  if (spi_device_polling_end(spi, 10) != ESP_OK)
    trans.length = 0; // expected-warning{{Write to 'trans' while a DMA transfer (bidirectional) is in flight}}
}
