/* The same mistake in a second file, so that two clang-tidy processes each
   export fixes that dmasafe merges into one file. */
#include <dmasafe/dma.h>

static dmasafe_channel_t spi;

int send_reading(void) {
  char reading[4] = {'4', '2'};
  return dmasafe_start_tx(&spi, reading, sizeof reading);
}
