// Zephyr's documented asynchronous use: the callback registered with
// uart_callback_set (or passed to spi_transceive_cb, or stored in
// dma_config.dma_callback) gives a semaphore, the thread takes it and then
// reuses the buffer. The take completes the transfers of the callback's API
// only: a semaphore nobody's callback gives completes nothing.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/zephyr.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "zephyr/kernel.h"
#include "zephyr/drivers/uart.h"
#include "zephyr/drivers/spi.h"
#include "zephyr/drivers/dma.h"

static struct k_sem tx_done;
static struct k_sem lock;
static uint8_t tx_buf[32];
static uint8_t rx_buf[32];

static void on_uart_event(const struct device *dev, struct uart_event *evt, void *user_data) {
  if (evt->type == UART_TX_DONE)
    k_sem_give(&tx_done);
}

void send_twice(const struct device *uart) {
  uart_callback_set(uart, on_uart_event, 0);
  if (uart_tx(uart, tx_buf, sizeof tx_buf, SYS_FOREVER_US) != 0)
    return;
  k_sem_take(&tx_done, K_FOREVER);
  tx_buf[0] = 'B'; // no-warning: UART_TX_DONE was signalled
  uart_tx(uart, tx_buf, sizeof tx_buf, SYS_FOREVER_US);
  k_sem_take(&tx_done, K_FOREVER);
}

void timeout_is_no_completion(const struct device *uart) {
  if (uart_tx(uart, tx_buf, sizeof tx_buf, SYS_FOREVER_US) != 0)
    return;
  if (k_sem_take(&tx_done, 100) != 0) {
    tx_buf[0] = 'B'; // expected-warning{{Write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight}}
    return;
  }
  tx_buf[0] = 'C'; // no-warning
}

void unlock(void) { k_sem_give(&lock); }

void unrelated_semaphore(const struct device *uart) {
  if (uart_tx(uart, tx_buf, sizeof tx_buf, SYS_FOREVER_US) != 0)
    return;
  k_sem_take(&lock, K_FOREVER); // given by unlock(), no completion callback
  tx_buf[0] = 'B'; // expected-warning{{Write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight}}
}

// A member of the driver data, given through the callback's user_data.
struct spi_ctx {
  struct k_sem done;
  int status;
};
static struct spi_ctx ctx;

static void on_spi_done(const struct device *dev, int result, void *data) {
  struct spi_ctx *c = data;
  c->status = result;
  k_sem_give(&c->done);
}

void spi_read_after_callback(const struct device *spi, const struct spi_config *cfg) {
  static struct spi_buf rxb = {rx_buf, sizeof rx_buf};
  static const struct spi_buf_set rx = {&rxb, 1};
  if (spi_transceive_cb(spi, cfg, 0, &rx, on_spi_done, &ctx) < 0)
    return;
  k_sem_take(&ctx.done, K_FOREVER);
  rx_buf[0] = 0; // no-warning: on_spi_done gave ctx.done
}

void spi_read_before_callback(const struct device *spi, const struct spi_config *cfg) {
  static struct spi_buf rxb = {rx_buf, sizeof rx_buf};
  static const struct spi_buf_set rx = {&rxb, 1};
  if (spi_transceive_cb(spi, cfg, 0, &rx, on_spi_done, &ctx) < 0)
    return;
  rx_buf[0] = 0; // expected-warning{{Write to 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
}

// The DMA API: the callback travels in the config struct.
static struct k_sem dma_sem;
static uint8_t dst[32];

static void on_dma_done(const struct device *dev, void *user_data, uint32_t channel, int status) {
  k_sem_give(&dma_sem);
}

void dma_copy_and_wait(const struct device *dma) {
  struct dma_block_config blk = {0};
  struct dma_config cfg = {0};
  blk.source_address = (uint32_t)(uintptr_t)tx_buf;
  blk.dest_address = (uint32_t)(uintptr_t)dst;
  blk.block_size = sizeof tx_buf;
  cfg.channel_direction = MEMORY_TO_MEMORY;
  cfg.block_count = 1;
  cfg.head_block = &blk;
  cfg.dma_callback = on_dma_done;
  if (dma_config(dma, 0, &cfg) != 0 || dma_start(dma, 0) != 0)
    return;
  k_sem_take(&dma_sem, K_FOREVER);
  dst[0] = 0; // no-warning: on_dma_done gave dma_sem
}

void dma_uart_semaphore_does_not_complete_dma(const struct device *dma) {
  struct dma_block_config blk = {0};
  struct dma_config cfg = {.head_block = &blk, .dma_callback = on_dma_done};
  blk.dest_address = (uint32_t)(uintptr_t)dst;
  blk.block_size = sizeof dst;
  if (dma_config(dma, 0, &cfg) != 0 || dma_start(dma, 0) != 0)
    return;
  k_sem_take(&tx_done, K_FOREVER); // the UART callback's semaphore
  dst[0] = 0; // expected-warning{{Write to 'dst' while a DMA transfer (device-to-memory) is in flight}}
}

// spi_transceive_signal: the driver raises the k_poll_signal, the thread
// k_polls an event that points at it.
void spi_signal_then_poll(const struct device *spi, const struct spi_config *cfg) {
  static struct spi_buf rxb = {rx_buf, sizeof rx_buf};
  static const struct spi_buf_set rx = {&rxb, 1};
  struct k_poll_signal sig = {0, 0};
  struct k_poll_event evt = K_POLL_EVENT_INITIALIZER(K_POLL_TYPE_SIGNAL, K_POLL_MODE_NOTIFY_ONLY, &sig);
  if (spi_transceive_signal(spi, cfg, 0, &rx, &sig) < 0)
    return;
  rx_buf[1] = 0; // expected-warning{{Write to 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
}

void spi_signal_poll_ok(const struct device *spi, const struct spi_config *cfg) {
  static struct spi_buf rxb = {rx_buf, sizeof rx_buf};
  static const struct spi_buf_set rx = {&rxb, 1};
  struct k_poll_signal sig = {0, 0};
  struct k_poll_event evt = K_POLL_EVENT_INITIALIZER(K_POLL_TYPE_SIGNAL, K_POLL_MODE_NOTIFY_ONLY, &sig);
  if (spi_transceive_signal(spi, cfg, 0, &rx, &sig) < 0)
    return;
  if (k_poll(&evt, 1, K_FOREVER) != 0)
    return;
  rx_buf[1] = 0; // no-warning: the transfer signalled completion
}
