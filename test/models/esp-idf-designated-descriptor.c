// ESP-IDF's spi_transaction_t keeps tx_buffer and rx_buffer in anonymous
// unions (with tx_data / rx_data), and drivers fill it with a designated
// initializer. C finds those members as the struct's own, and so do both
// front-ends (api/MemberLookup.h): the buffers the descriptor points to are
// in flight from spi_device_queue_trans to spi_device_get_trans_result.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/esp-idf.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' \
// RUN:   -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/esp-idf.yaml'}]}" \
// RUN:   %s -- -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'
#include "driver/spi_master.h"

static uint8_t tx_buf[16];
static uint8_t rx_buf[16];
int consume(int);

void designated_tx_written_in_flight(spi_device_handle_t spi) {
  spi_transaction_t t = {.length = 8 * sizeof tx_buf, .tx_buffer = tx_buf};
  if (spi_device_queue_trans(spi, &t, portMAX_DELAY) != ESP_OK)
    return;
  tx_buf[0] = 1; // expected-warning{{Write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight}}
  // TIDY: :[[@LINE-1]]:3: warning: write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
  spi_transaction_t *done;
  spi_device_get_trans_result(spi, &done, portMAX_DELAY);
}

void designated_rx_read_in_flight(spi_device_handle_t spi) {
  spi_transaction_t t = {.length = 8 * sizeof rx_buf, .rx_buffer = rx_buf};
  if (spi_device_queue_trans(spi, &t, portMAX_DELAY) != ESP_OK)
    return;
  consume(rx_buf[0]); // expected-warning{{Read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
  // TIDY: :[[@LINE-1]]:11: warning: read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  spi_transaction_t *done;
  spi_device_get_trans_result(spi, &done, portMAX_DELAY);
}

void assigned_rx_read_in_flight(spi_device_handle_t spi) {
  spi_transaction_t t = {0};
  t.length = 8 * sizeof rx_buf;
  t.rx_buffer = rx_buf;
  if (spi_device_queue_trans(spi, &t, portMAX_DELAY) != ESP_OK)
    return;
  consume(rx_buf[0]); // expected-warning{{Read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
  // TIDY: :[[@LINE-1]]:11: warning: read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  spi_transaction_t *done;
  spi_device_get_trans_result(spi, &done, portMAX_DELAY);
}

void designated_rx_read_after_result_ok(spi_device_handle_t spi) {
  spi_transaction_t t = {.length = 8 * sizeof rx_buf, .rx_buffer = rx_buf};
  if (spi_device_queue_trans(spi, &t, portMAX_DELAY) != ESP_OK)
    return;
  spi_transaction_t *done;
  spi_device_get_trans_result(spi, &done, portMAX_DELAY);
  consume(rx_buf[0]); // no-warning
}

void inline_tx_data_is_the_descriptor(spi_device_handle_t spi) {
  // tx_data shares the union with tx_buffer: the bytes are in the
  // descriptor, which the driver owns as a whole; tx_buf is not involved.
  spi_transaction_t t = {.length = 16, .tx_data = {1, 2}};
  if (spi_device_queue_trans(spi, &t, portMAX_DELAY) != ESP_OK)
    return;
  tx_buf[0] = 1; // no-warning
  spi_transaction_t *done;
  spi_device_get_trans_result(spi, &done, portMAX_DELAY);
}
