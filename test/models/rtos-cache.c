// The RTOS and SDK cache maintenance models as dmasafe.CacheCoherence
// follows them: Zephyr sys_cache_data_* (models/zephyr-cache.yaml), NuttX
// up_*_dcache with an end address (models/nuttx-cache.yaml), ESP-IDF
// esp_cache_msync whose flags say the way (models/esp-idf-cache.yaml). The
// transfers are an annotated API of the test's own.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -target-cpu cortex-m7 \
// RUN:   -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/zephyr-cache.yaml;%models_dir/nuttx-cache.yaml;%models_dir/esp-idf-cache.yaml' \
// RUN:   -I %annotations_include -I %S/Inputs -I %S/Inputs/nuttx/include -verify -verify-ignore-unexpected=note %s
#include <dmasafe/annotations.h>
#include "esp_cache.h"
#include "nuttx/cache.h"
#include "zephyr/cache.h"

struct dev;
int dev_tx(struct dev *d DMA_HANDLE, const void *buf DMA_OWNED_TX, __SIZE_TYPE__ n DMA_LEN);
int dev_rx(struct dev *d DMA_HANDLE, void *buf DMA_OWNED_RX, __SIZE_TYPE__ n DMA_LEN);
DMA_WAITS void dev_wait(struct dev *d DMA_HANDLE);

__attribute__((aligned(32))) char tx[64];
__attribute__((aligned(32))) char rx[64];

// --- Zephyr --------------------------------------------------------------

void zephyr_tx_flushed_ok(struct dev *d) {
  tx[0] = 1;
  sys_cache_data_flush_range(tx, sizeof tx);
  dev_tx(d, tx, sizeof tx); // no-warning
  dev_wait(d);
}

void zephyr_tx_flushed_partly(struct dev *d) {
  tx[0] = 1;
  sys_cache_data_flush_range(tx, 16);
  dev_tx(d, tx, sizeof tx); // no-warning: the write is in the flushed bytes
  dev_wait(d);
  tx[40] = 1;
  sys_cache_data_flush_range(tx, 16);
  dev_tx(d, tx, sizeof tx); // expected-warning{{DMA transfer (memory-to-device) of 'tx' starts while bytes the CPU wrote to it are still in the data cache (the clean before the start does not cover them all)}}
  dev_wait(d);
}

int zephyr_rx_invalidated_ok(struct dev *d) {
  dev_rx(d, rx, sizeof rx);
  dev_wait(d);
  sys_cache_data_invd_range(rx, sizeof rx);
  return rx[0]; // no-warning
}

int zephyr_rx_whole_cache_ok(struct dev *d) {
  dev_rx(d, rx, sizeof rx);
  dev_wait(d);
  sys_cache_data_flush_and_invd_all();
  return rx[0]; // no-warning
}

int zephyr_rx_flushed_not_invalidated(struct dev *d) {
  dev_rx(d, rx, sizeof rx);
  dev_wait(d);
  sys_cache_data_flush_range(rx, sizeof rx);
  return rx[0]; // expected-warning{{Read of 'rx' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion}}
}

// --- NuttX: end addresses --------------------------------------------------

void nuttx_tx_cleaned_ok(struct dev *d) {
  tx[0] = 1;
  up_clean_dcache((__UINTPTR_TYPE__)tx, (__UINTPTR_TYPE__)tx + sizeof tx);
  dev_tx(d, tx, sizeof tx); // no-warning
  dev_wait(d);
}

void nuttx_tx_cleaned_to_end_pointer_ok(struct dev *d) {
  tx[63] = 1;
  up_clean_dcache((__UINTPTR_TYPE__)tx, (__UINTPTR_TYPE__)(tx + sizeof tx));
  dev_tx(d, tx, sizeof tx); // no-warning
  dev_wait(d);
}

void nuttx_tx_end_short(struct dev *d) {
  tx[40] = 1;
  up_clean_dcache((__UINTPTR_TYPE__)tx, (__UINTPTR_TYPE__)tx + 32);
  dev_tx(d, tx, sizeof tx); // expected-warning{{(the clean before the start does not cover them all)}}
  dev_wait(d);
}

int nuttx_rx_flushed_ok(struct dev *d) {
  dev_rx(d, rx, sizeof rx);
  dev_wait(d);
  up_flush_dcache((__UINTPTR_TYPE__)rx, (__UINTPTR_TYPE__)rx + sizeof rx);
  return rx[0]; // no-warning
}

int nuttx_rx_invalidated_before_start(struct dev *d) {
  up_invalidate_dcache((__UINTPTR_TYPE__)rx, (__UINTPTR_TYPE__)rx + sizeof rx);
  dev_rx(d, rx, sizeof rx);
  dev_wait(d);
  return rx[0]; // expected-warning{{Read of 'rx' after its DMA transfer (device-to-memory) completed}}
}

// --- ESP-IDF: the flags say the way ----------------------------------------

void esp_tx_written_back_ok(struct dev *d) {
  tx[0] = 1;
  esp_cache_msync(tx, sizeof tx, ESP_CACHE_MSYNC_FLAG_DIR_C2M);
  dev_tx(d, tx, sizeof tx); // no-warning
  dev_wait(d);
}

void esp_tx_default_direction_ok(struct dev *d) {
  tx[0] = 1;
  esp_cache_msync(tx, sizeof tx, ESP_CACHE_MSYNC_FLAG_UNALIGNED);
  dev_tx(d, tx, sizeof tx); // no-warning
  dev_wait(d);
}

int esp_rx_m2c_ok(struct dev *d) {
  dev_rx(d, rx, sizeof rx);
  dev_wait(d);
  esp_cache_msync(rx, sizeof rx, ESP_CACHE_MSYNC_FLAG_DIR_M2C);
  return rx[0]; // no-warning
}

int esp_rx_c2m_only(struct dev *d) {
  dev_rx(d, rx, sizeof rx);
  dev_wait(d);
  esp_cache_msync(rx, sizeof rx, ESP_CACHE_MSYNC_FLAG_DIR_C2M);
  return rx[0]; // expected-warning{{Read of 'rx' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion}}
}

int esp_rx_c2m_and_invalidate_ok(struct dev *d) {
  dev_rx(d, rx, sizeof rx);
  dev_wait(d);
  esp_cache_msync(rx, sizeof rx, ESP_CACHE_MSYNC_FLAG_DIR_C2M | ESP_CACHE_MSYNC_FLAG_INVALIDATE);
  return rx[0]; // no-warning
}

int esp_rx_unknown_flags_ok(struct dev *d, int flags) {
  dev_rx(d, rx, sizeof rx);
  dev_wait(d);
  esp_cache_msync(rx, sizeof rx, flags);
  return rx[0]; // no-warning: unknown flags may invalidate
}
