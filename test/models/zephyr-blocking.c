// The Zephyr model's blocking SPI calls (role `transfer`: done when they
// return). On a Cortex-M7 the cache rules meet them at the call; on a
// Cortex-M4 only the length rule remains.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -target-cpu cortex-m7 \
// RUN:   -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/zephyr.yaml;%models_dir/zephyr-cache.yaml' \
// RUN:   -I %S/Inputs -verify=expected,both -verify-ignore-unexpected=note %s
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -target-cpu cortex-m4 \
// RUN:   -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/zephyr.yaml;%models_dir/zephyr-cache.yaml' \
// RUN:   -I %S/Inputs -verify=both -verify-ignore-unexpected=note %s
#include "zephyr/cache.h"
#include "zephyr/drivers/spi.h"

#define __nocache __attribute__((section(".nocache")))
__attribute__((aligned(32))) static uint8_t tx[64];
__attribute__((aligned(32))) static uint8_t rx[64];
__attribute__((aligned(32))) static __nocache uint8_t tx_nocache[64];
int consume(int);

int write_dt_dirty(const struct spi_dt_spec *spec) {
  tx[0] = 0x9f;
  const struct spi_buf b = {.buf = tx, .len = sizeof tx};
  const struct spi_buf_set set = {.buffers = &b, .count = 1};
  return spi_write_dt(spec, &set); // expected-warning{{DMA transfer (memory-to-device) of 'tx' starts while bytes the CPU wrote to it are still in the data cache}}
}

int write_dt_flushed_ok(const struct spi_dt_spec *spec) {
  tx[0] = 0x9f;
  sys_cache_data_flush_range(tx, sizeof tx);
  const struct spi_buf b = {.buf = tx, .len = sizeof tx};
  const struct spi_buf_set set = {.buffers = &b, .count = 1};
  return spi_write_dt(spec, &set); // no-warning
}

int write_nocache_ok(const struct device *dev, const struct spi_config *cfg) {
  tx_nocache[0] = 0x9f;
  const struct spi_buf b = {.buf = tx_nocache, .len = sizeof tx_nocache};
  const struct spi_buf_set set = {.buffers = &b, .count = 1};
  return spi_write(dev, cfg, &set); // no-warning
}

int read_dt_stale(const struct spi_dt_spec *spec) {
  const struct spi_buf b = {.buf = rx, .len = sizeof rx};
  const struct spi_buf_set set = {.buffers = &b, .count = 1};
  spi_read_dt(spec, &set);
  return consume(rx[1]); // expected-warning{{Read of 'rx' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion}}
}

int read_dt_invalidated_ok(const struct spi_dt_spec *spec) {
  const struct spi_buf b = {.buf = rx, .len = sizeof rx};
  const struct spi_buf_set set = {.buffers = &b, .count = 1};
  spi_read_dt(spec, &set);
  sys_cache_data_invd_range(rx, sizeof rx);
  return consume(rx[1]); // no-warning
}

int read_invalidated_before_only(const struct device *dev, const struct spi_config *cfg) {
  const struct spi_buf b = {.buf = rx, .len = sizeof rx};
  const struct spi_buf_set set = {.buffers = &b, .count = 1};
  sys_cache_data_invd_range(rx, sizeof rx);
  spi_read(dev, cfg, &set);
  return consume(rx[1]); // expected-warning{{Read of 'rx' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion}}
}

int transceive_both_rules(const struct spi_dt_spec *spec) {
  tx[0] = 0x80;
  sys_cache_data_flush_range(tx, sizeof tx);
  const struct spi_buf tb = {.buf = tx, .len = 2};
  const struct spi_buf rb = {.buf = rx, .len = 2};
  const struct spi_buf_set ts = {.buffers = &tb, .count = 1};
  const struct spi_buf_set rs = {.buffers = &rb, .count = 1};
  spi_transceive_dt(spec, &ts, &rs); // no-warning: tx is clean
  sys_cache_data_invd_range(rx, sizeof rx);
  return consume(rx[1]); // no-warning
}

int transceive_too_long(const struct device *dev, const struct spi_config *cfg) {
  static uint8_t cmd[4];
  const struct spi_buf tb = {.buf = cmd, .len = 8};
  const struct spi_buf_set ts = {.buffers = &tb, .count = 1};
  return spi_transceive(dev, cfg, &ts, 0); // both-warning{{DMA transfer of 8 bytes}}
}
