/* Stand-in for Zephyr's include/zephyr/drivers/spi.h (asynchronous and
 * blocking API): the signatures and the buffer structs, written for the
 * model tests. */
#ifndef TEST_ZEPHYR_DRIVERS_SPI_H
#define TEST_ZEPHYR_DRIVERS_SPI_H
#include "zephyr/types.h"

struct k_poll_signal;
struct spi_config;

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

struct spi_dt_spec {
  const struct device *bus;
  const struct spi_config *config;
};
int spi_transceive(const struct device *dev, const struct spi_config *config,
                   const struct spi_buf_set *tx_bufs, const struct spi_buf_set *rx_bufs);
int spi_read(const struct device *dev, const struct spi_config *config,
             const struct spi_buf_set *rx_bufs);
int spi_write(const struct device *dev, const struct spi_config *config,
              const struct spi_buf_set *tx_bufs);
int spi_transceive_dt(const struct spi_dt_spec *spec, const struct spi_buf_set *tx_bufs,
                      const struct spi_buf_set *rx_bufs);
int spi_read_dt(const struct spi_dt_spec *spec, const struct spi_buf_set *rx_bufs);
int spi_write_dt(const struct spi_dt_spec *spec, const struct spi_buf_set *tx_bufs);

#endif
