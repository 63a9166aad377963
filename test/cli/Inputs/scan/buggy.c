/* One misuse: the CPU writes a TX buffer while the engine sends it. */
#include <dmasafe/dma.h>

static dmasafe_channel_t uart;
static char line[16];

int send_line(void) {
  if (dmasafe_start_tx(&uart, line, sizeof line) != 0)
    return -1;
  line[0] = 'b';
  dmasafe_wait(&uart);
  return 0;
}
