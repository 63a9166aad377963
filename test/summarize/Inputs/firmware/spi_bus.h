/* The project's SPI layer: DMA in the background, one bus. */
#ifndef SPI_BUS_H
#define SPI_BUS_H
#include <stdint.h>

/* Starts sending len bytes of data; 0 when started, -1 when the bus is busy. */
int spi_bus_write(const uint8_t *data, uint16_t len);
/* Starts receiving len bytes into data; 0 when started. */
int spi_bus_read(uint8_t *data, uint16_t len);
/* Blocks until the transfer in progress is over. */
void spi_bus_wait(void);
#endif
