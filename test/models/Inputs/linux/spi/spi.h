/* Stand-in for include/linux/spi/spi.h: a transfer's buffers and the
 * calls that hand them to the controller, written for the model tests. */
#ifndef TEST_LINUX_SPI_H
#define TEST_LINUX_SPI_H
#include "linux/types.h"
struct spi_device;
struct spi_transfer {
  const void *tx_buf;
  void *rx_buf;
  unsigned len;
};
struct spi_message {
  int status;
};
void spi_message_init(struct spi_message *m);
void spi_message_add_tail(struct spi_transfer *t, struct spi_message *m);
int spi_sync(struct spi_device *spi, struct spi_message *message);
int spi_sync_transfer(struct spi_device *spi, struct spi_transfer *xfers, unsigned int num_xfers);
int spi_write(struct spi_device *spi, const void *buf, size_t len);
int spi_read(struct spi_device *spi, void *buf, size_t len);
int spi_write_then_read(struct spi_device *spi, const void *txbuf, unsigned n_tx, void *rxbuf,
                        unsigned n_rx);
#endif
