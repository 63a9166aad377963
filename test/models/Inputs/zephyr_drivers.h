/* Stand-in for Zephyr's include/zephyr/drivers/{uart,spi,dma}.h: the
 * signatures and the structs the model's field paths name, written for the
 * model tests. */
#ifndef TEST_ZEPHYR_DRIVERS_H
#define TEST_ZEPHYR_DRIVERS_H

typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef int int32_t;
typedef unsigned long size_t;
typedef unsigned long uintptr_t;
#define SYS_FOREVER_US (-1)

struct device;
struct k_poll_signal;
struct spi_config;

int uart_tx(const struct device *dev, const uint8_t *buf, size_t len, int32_t timeout);
int uart_tx_abort(const struct device *dev);
int uart_rx_enable(const struct device *dev, uint8_t *buf, size_t len, int32_t timeout);
int uart_rx_buf_rsp(const struct device *dev, uint8_t *buf, size_t len);
int uart_rx_disable(const struct device *dev);

struct spi_buf {
  void *buf;
  size_t len;
};
struct spi_buf_set {
  const struct spi_buf *buffers;
  size_t count;
};
typedef void (*spi_callback_t)(const struct device *dev, int result, void *data);
int spi_transceive_cb(const struct device *dev, const struct spi_config *config,
                      const struct spi_buf_set *tx_bufs, const struct spi_buf_set *rx_bufs,
                      spi_callback_t callback, void *userdata);
int spi_transceive_signal(const struct device *dev, const struct spi_config *config,
                          const struct spi_buf_set *tx_bufs, const struct spi_buf_set *rx_bufs,
                          struct k_poll_signal *sig);

struct dma_block_config {
  uint32_t source_address;
  uint32_t dest_address;
  uint32_t block_size;
  struct dma_block_config *next_block;
};
struct dma_config {
  uint32_t channel_direction;
  uint32_t block_count;
  struct dma_block_config *head_block;
  void *user_data;
};
enum dma_channel_direction {
  MEMORY_TO_MEMORY = 0x0,
  MEMORY_TO_PERIPHERAL,
  PERIPHERAL_TO_MEMORY,
};
int dma_config(const struct device *dev, uint32_t channel, struct dma_config *config);
int dma_start(const struct device *dev, uint32_t channel);
int dma_stop(const struct device *dev, uint32_t channel);
int dma_reload(const struct device *dev, uint32_t channel, uint32_t src, uint32_t dst, size_t size);

#endif
