#ifndef DISPLAY_H
#define DISPLAY_H
#include <stdint.h>

/* Sends a frame to the panel (in the background: see spi_bus_wait). */
int display_flush(const uint8_t *frame, uint16_t len);
#endif
