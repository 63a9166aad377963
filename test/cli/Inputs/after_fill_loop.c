/* A command buffer filled by a constant loop of more iterations than the
 * analyzer's loop bound, then sent: the write after the start is found only
 * if the analysis goes on past the loop. */
#include <dmasafe/dma.h>

static dmasafe_channel_t spi;
static unsigned char cmd[8];

int send_command(void) {
  cmd[0] = 0x4e;
  for (int i = 1; i < 8; i++)
    cmd[i] = 0;
  if (dmasafe_start_tx(&spi, cmd, sizeof cmd) != 0)
    return -1;
  cmd[0] = 0; /* the bug: the engine is still reading cmd */
  dmasafe_wait(&spi);
  return 0;
}

int send_command_fixed(void) {
  cmd[0] = 0x4e;
  for (int i = 1; i < 8; i++)
    cmd[i] = 0;
  if (dmasafe_start_tx(&spi, cmd, sizeof cmd) != 0)
    return -1;
  dmasafe_wait(&spi);
  cmd[0] = 0;
  return 0;
}
