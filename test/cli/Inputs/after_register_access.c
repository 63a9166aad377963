/* A peripheral set up through its memory-mapped registers, then a transfer
 * whose buffer is written while in flight: the write is found only if the
 * analysis goes on past the register accesses (LLVM 22's
 * core.FixedAddressDereference would end the path at the first one). */
#include <dmasafe/dma.h>

typedef struct {
  volatile unsigned CR1;
  volatile unsigned DR;
} spi_regs_t;
#define SPI1 ((spi_regs_t *)0x40013000u)

static dmasafe_channel_t spi;
static unsigned char cmd[4];

int send_command(void) {
  SPI1->CR1 |= 1u << 6;
  (void)SPI1->DR;
  if (dmasafe_start_tx(&spi, cmd, sizeof cmd) != 0)
    return -1;
  cmd[0] = 0; /* the bug: the engine is still reading cmd */
  dmasafe_wait(&spi);
  return 0;
}

int send_command_fixed(void) {
  SPI1->CR1 |= 1u << 6;
  (void)SPI1->DR;
  if (dmasafe_start_tx(&spi, cmd, sizeof cmd) != 0)
    return -1;
  dmasafe_wait(&spi);
  cmd[0] = 0;
  return 0;
}
