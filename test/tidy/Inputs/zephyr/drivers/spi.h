/* Stand-in for Zephyr's include/zephyr/drivers/spi.h for the dmasafe-*
 * clang-tidy tests: the buffer descriptors and the asynchronous calls. */
#ifndef TIDY_TEST_ZEPHYR_DRIVERS_SPI_H
#define TIDY_TEST_ZEPHYR_DRIVERS_SPI_H
#include <stddef.h>
#include <stdint.h>

struct device;
struct k_poll_signal;
struct spi_config {
  uint32_t frequency;
  uint16_t operation;
  uint16_t slave;
};
struct spi_buf {
  void *buf;
  size_t len;
};
struct spi_buf_set {
  const struct spi_buf *buffers;
  size_t count;
};

int spi_transceive_signal(const struct device *dev, const struct spi_config *config,
                          const struct spi_buf_set *tx_bufs,
                          const struct spi_buf_set *rx_bufs, struct k_poll_signal *sig);

#endif
