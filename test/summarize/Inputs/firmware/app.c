/* The application: each bug has its fixed twin next to it. */
#include "display.h"
#include "spi_bus.h"

void format_status(uint8_t *line, uint16_t len);

void show_status_before_fix(void) {
  uint8_t line[16];
  format_status(line, sizeof line);
  display_flush(line, sizeof line);
} /* the transfer still reads line: its frame is gone */

static uint8_t status_line[16];

void show_status_after_fix(void) {
  spi_bus_wait(); /* the last frame is out before the buffer is rewritten */
  format_status(status_line, sizeof status_line);
  display_flush(status_line, sizeof status_line);
}

static uint8_t rx[8];

int read_id_before_fix(void) {
  spi_bus_read(rx, sizeof rx);
  return rx[0]; /* the engine is still writing rx */
}

int read_id_after_fix(void) {
  spi_bus_read(rx, sizeof rx);
  spi_bus_wait();
  return rx[0];
}
