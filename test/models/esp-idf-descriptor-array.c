// Descriptors queued from one array (the ESP-IDF lcd example's send_lines):
// the driver owns each spi_transaction_t, not the rest of the array.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/esp-idf.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "driver/spi_master.h"

static spi_transaction_t trans[2];

void two_descriptors_of_one_array(spi_device_handle_t spi) {
  if (spi_device_queue_trans(spi, &trans[0], portMAX_DELAY) != ESP_OK)
    return;
  if (spi_device_queue_trans(spi, &trans[1], portMAX_DELAY) != ESP_OK) // no-warning
    return;
  trans[1].length = 8; // expected-warning{{Write to 'trans[1]' while a DMA transfer (bidirectional) is in flight}}
}

void same_descriptor_twice(spi_device_handle_t spi) {
  if (spi_device_queue_trans(spi, &trans[0], portMAX_DELAY) != ESP_OK)
    return;
  spi_device_queue_trans(spi, &trans[0], portMAX_DELAY); // expected-warning{{DMA transfer on 'trans[0]' started while an earlier transfer (bidirectional) on overlapping bytes is still in flight}}
}
