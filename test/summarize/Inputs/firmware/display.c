/* A second level of wrapper: display_flush's contract comes from
 * spi_bus_write's, derived from another file in the round before. */
#include "display.h"
#include "spi_bus.h"

static volatile uint32_t gpio_odr;

int display_flush(const uint8_t *frame, uint16_t len) {
  gpio_odr &= ~1u; /* chip select */
  return spi_bus_write(frame, len);
}
