/* Stand-in for Zephyr's include/zephyr/drivers/spi.h, written for the
 * real-bug corpus: the buffer descriptors and the calls used. */
#ifndef REALBUGS_ZEPHYR_DRIVERS_SPI_H
#define REALBUGS_ZEPHYR_DRIVERS_SPI_H
#include <stddef.h>
#include <stdint.h>
struct device;
struct spi_config { uint32_t frequency; uint16_t operation; uint16_t slave; };
struct spi_dt_spec { const struct device *bus; struct spi_config config; };
struct spi_buf { void *buf; size_t len; };
struct spi_buf_set { const struct spi_buf *buffers; size_t count; };
struct k_poll_signal;
int spi_write_dt(const struct spi_dt_spec *spec, const struct spi_buf_set *tx_bufs);
int spi_transceive_signal(const struct device *dev, const struct spi_config *config,
                          const struct spi_buf_set *tx_bufs, const struct spi_buf_set *rx_bufs,
                          struct k_poll_signal *sig);
#endif
