/* Firmware of a target clang does not know: it parses only with the
 * compiler's macros and its C library's headers. Planted bug: the frame is
 * cleared while the DMA engine still sends it. */
#ifndef __XTENSA__
#error "__XTENSA__ comes from the compiler's macros"
#endif
#ifdef __riscv
#error "the stand-in target's architecture macros are undefined"
#endif
#include <xt_dma.h>
#include <dmasafe/dma.h>

static dmasafe_channel_t lcd;
static char frame[XT_DMA_BURST * 8];

int draw(void) {
  if (dmasafe_start_tx(&lcd, frame, sizeof frame) != 0)
    return -1;
  frame[0] = 0;
  return dmasafe_wait(&lcd);
}
