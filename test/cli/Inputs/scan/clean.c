/* Correct use of the runtime: nothing to report. */
#include <dmasafe/dma.h>

static dmasafe_channel_t uart;
static char line[16];

int send_line(void) {
  line[0] = 'a';
  if (dmasafe_start_tx(&uart, line, sizeof line) != 0)
    return -1;
  dmasafe_wait(&uart);
  line[0] = 'b';
  return 0;
}
