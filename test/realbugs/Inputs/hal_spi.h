/* Stand-in for ChibiOS's os/hal/include/hal_spi.h (the v1 API), written for
 * the real-bug corpus: the blocking exchange the reconstructions call. */
#ifndef REALBUGS_HAL_SPI_H
#define REALBUGS_HAL_SPI_H
#include <stddef.h>
typedef struct SPIDriver SPIDriver;
void spiExchange(SPIDriver *spip, size_t n, const void *txbuf, void *rxbuf);
#endif
