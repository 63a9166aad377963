/* A project driver described by a model file of the project's own
 * (Inputs/own-driver.yaml), not by annotations. */
#include <stddef.h>

int board_spi_send(int channel, const void *buf, size_t len);
void board_spi_wait(int channel);

static unsigned char command[4];

void send_command(void) {
  if (board_spi_send(3, command, sizeof command) != 0)
    return;
  command[1] = 0x20;
  board_spi_wait(3);
}
