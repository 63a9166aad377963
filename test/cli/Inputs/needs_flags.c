/* Analyzable only with the flags of its compile_commands.json entry: the
 * header comes from -I, the misuse is compiled in by -D. */
#include "board_config.h"
#include <dmasafe/dma.h>

static dmasafe_channel_t uart;
static char line[LINE_BYTES];

int send_line(void) {
  if (dmasafe_start_tx(&uart, line, sizeof line) != 0)
    return -1;
#ifdef WITH_MISUSE
  line[0] = 'b';
#endif
  dmasafe_wait(&uart);
  return 0;
}
