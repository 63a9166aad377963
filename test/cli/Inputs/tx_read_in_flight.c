/* The CPU reads a TX buffer in flight: harmless by default (the engine
 * only reads it), a finding with InFlightAccess:ReportTxReads=true. */
#include <dmasafe/dma.h>

static dmasafe_channel_t uart;
static char line[16];

int checksum_while_sending(void) {
  if (dmasafe_start_tx(&uart, line, sizeof line) != 0)
    return -1;
  int sum = line[0] + line[1];
  dmasafe_wait(&uart);
  return sum;
}
