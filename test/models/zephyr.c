// The Zephyr model: async UART and SPI (buffers through spi_buf_set field
// paths) and the DMA API (addresses as integers in dma_block_config).
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/zephyr.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "zephyr/drivers/uart.h"
#include "zephyr/drivers/spi.h"
#include "zephyr/drivers/dma.h"

static uint8_t tx_buf[32];
static uint8_t rx_buf[32];
static uint8_t dst[64];
int consume(int);

void uart_tx_refill_in_flight(const struct device *uart) {
  if (uart_tx(uart, tx_buf, sizeof tx_buf, SYS_FOREVER_US) != 0)
    return;
  tx_buf[0] = 'A'; // expected-warning{{Write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight}}
}

void uart_tx_failed_ok(const struct device *uart) {
  if (uart_tx(uart, tx_buf, sizeof tx_buf, SYS_FOREVER_US) < 0) {
    tx_buf[0] = 'A'; // no-warning: -EBUSY took nothing
    return;
  }
  uart_tx_abort(uart);
}

void uart_tx_abort_ok(const struct device *uart) {
  uart_tx(uart, tx_buf, sizeof tx_buf, SYS_FOREVER_US);
  uart_tx_abort(uart);
  tx_buf[0] = 'A'; // no-warning
}

void uart_rx_read_in_flight(const struct device *uart) {
  uart_rx_enable(uart, rx_buf, sizeof rx_buf, 100);
  consume(rx_buf[0]); // expected-warning{{Read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
}

void uart_rx_disable_ok(const struct device *uart) {
  uart_rx_enable(uart, rx_buf, sizeof rx_buf, 100);
  uart_rx_disable(uart);
  consume(rx_buf[0]); // no-warning
}

void uart_rx_buf_rsp_on_stack(const struct device *uart) {
  uint8_t next[16];
  uart_rx_buf_rsp(uart, next, sizeof next);
} // expected-warning{{Returning from 'uart_rx_buf_rsp_on_stack' while a DMA transfer (device-to-memory) of its stack buffer 'next' is in flight}}

void spi_async_rx_read_in_flight(const struct device *spi, const struct spi_config *cfg,
                                 struct k_poll_signal *sig) {
  static struct spi_buf txb = {tx_buf, sizeof tx_buf};
  static struct spi_buf rxb = {rx_buf, sizeof rx_buf};
  static const struct spi_buf_set tx = {&txb, 1};
  static const struct spi_buf_set rx = {&rxb, 1};
  if (spi_transceive_signal(spi, cfg, &tx, &rx, sig) < 0)
    return;
  consume(rx_buf[0]); // expected-warning{{Read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
}

void spi_async_tx_read_ok(const struct device *spi, const struct spi_config *cfg,
                          spi_callback_t cb) {
  static struct spi_buf txb = {tx_buf, sizeof tx_buf};
  static const struct spi_buf_set tx = {&txb, 1};
  if (spi_transceive_cb(spi, cfg, &tx, 0, cb, 0) < 0)
    return;
  consume(tx_buf[0]); // no-warning: the engine only reads tx_buf
}

void dma_mem_to_mem_dest_read_in_flight(const struct device *dma) {
  struct dma_block_config blk = {0};
  struct dma_config cfg = {0};
  blk.source_address = (uint32_t)(uintptr_t)tx_buf;
  blk.dest_address = (uint32_t)(uintptr_t)dst;
  blk.block_size = sizeof tx_buf;
  cfg.channel_direction = MEMORY_TO_MEMORY;
  cfg.block_count = 1;
  cfg.head_block = &blk;
  if (dma_config(dma, 2, &cfg) != 0)
    return;
  dma_start(dma, 2);
  consume(dst[0]); // expected-warning{{Read of 'dst' while a DMA transfer (device-to-memory) is in flight}}
}

void dma_fill_between_config_and_start_ok(const struct device *dma) {
  struct dma_block_config blk = {0};
  struct dma_config cfg = {0};
  blk.source_address = (uint32_t)(uintptr_t)tx_buf;
  blk.dest_address = (uint32_t)(uintptr_t)dst;
  blk.block_size = sizeof tx_buf;
  cfg.head_block = &blk;
  if (dma_config(dma, 3, &cfg) != 0)
    return;
  tx_buf[0] = 'A'; // no-warning: configured, the engine has not started
  if (dma_start(dma, 3) != 0)
    return;
  tx_buf[0] = 'B'; // expected-warning{{Write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight}}
}

void dma_start_other_channel_ok(const struct device *dma) {
  struct dma_block_config blk = {0};
  struct dma_config cfg = {0};
  blk.dest_address = (uint32_t)(uintptr_t)dst;
  cfg.head_block = &blk;
  if (dma_config(dma, 3, &cfg) != 0)
    return;
  dma_start(dma, 4);
  dst[0] = 0; // no-warning: channel 3 was not started
  dma_stop(dma, 3);
}

void dma_stop_ok(const struct device *dma) {
  struct dma_block_config blk = {0};
  struct dma_config cfg = {0};
  blk.source_address = (uint32_t)(uintptr_t)tx_buf;
  blk.dest_address = (uint32_t)(uintptr_t)dst;
  cfg.head_block = &blk;
  if (dma_config(dma, 2, &cfg) != 0)
    return;
  dma_start(dma, 2);
  dma_stop(dma, 2);
  consume(dst[0]); // no-warning
}

void dma_reload_src_written_in_flight(const struct device *dma) {
  dma_reload(dma, 1, (uint32_t)(uintptr_t)tx_buf, (uint32_t)(uintptr_t)dst, 16);
  tx_buf[1] = 0; // no-warning: reloaded, not started yet
  dma_start(dma, 1);
  tx_buf[1] = 0; // expected-warning{{Write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight}}
  dma_stop(dma, 1);
}

void dma_reload_too_long(const struct device *dma) {
  dma_reload(dma, 1, (uint32_t)(uintptr_t)tx_buf, (uint32_t)(uintptr_t)dst, 48); // expected-warning{{DMA transfer of 48 bytes by 'dma_reload' overruns 'tx_buf', which has 32 bytes}}
  dma_stop(dma, 1);
}

void dma_block_size_overruns_source(const struct device *dma) {
  struct dma_block_config blk = {0};
  struct dma_config cfg = {0};
  blk.source_address = (uint32_t)(uintptr_t)tx_buf;
  blk.dest_address = (uint32_t)(uintptr_t)dst;
  blk.block_size = sizeof dst;
  cfg.head_block = &blk;
  dma_config(dma, 5, &cfg); // expected-warning{{DMA transfer of 64 bytes by 'dma_config' overruns 'tx_buf', which has 32 bytes}}
}

void dma_block_size_fits_ok(const struct device *dma) {
  struct dma_block_config blk = {0};
  struct dma_config cfg = {0};
  blk.source_address = (uint32_t)(uintptr_t)tx_buf;
  blk.dest_address = (uint32_t)(uintptr_t)dst;
  blk.block_size = sizeof tx_buf;
  cfg.head_block = &blk;
  dma_config(dma, 5, &cfg); // no-warning: 32 bytes from a 32-byte source
}

void spi_buf_len_overruns(const struct device *spi, const struct spi_config *cfg, spi_callback_t cb) {
  static struct spi_buf rxb = {rx_buf, 2 * sizeof rx_buf};
  static const struct spi_buf_set rx = {&rxb, 1};
  spi_transceive_cb(spi, cfg, 0, &rx, cb, 0); // expected-warning{{DMA transfer of 64 bytes by 'spi_transceive_cb' overruns 'rx_buf', which has 32 bytes}}
}
