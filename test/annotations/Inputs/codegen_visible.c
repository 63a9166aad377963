/*
 * The forms of annotation whose object code clang DOES change, because
 * clang keeps what an `annotate` attribute refers to:
 *   - a marker on a parameter of a function DEFINED in the translation unit
 *     (on the definition, or on a prototype, whose parameter markers the
 *     definition inherits) becomes an llvm.var.annotation of the parameter's
 *     stack slot, which changes register allocation and frames;
 *   - a `static` (or `static inline`) function definition with a marker is
 *     kept out of line (llvm.global.annotations refers to it) even where
 *     every call was inlined;
 *   - a marker on a struct field makes every access to it go through
 *     llvm.ptr.annotation, which blocks some optimizations;
 *   - a marked `static` variable escapes, so loads of it are not folded.
 * That is why annotations.h emits the attributes only under
 * __clang_analyzer__ (or a forcing -DDMASAFE_ANNOTATIONS): an ordinary clang,
 * gcc or arm-none-eabi-gcc build sees no attribute at all.
 */
#include "dmasafe/annotations.h"

#include <stdint.h>

struct frame {
  uint8_t payload[16] DMA_STABLE;
  uint32_t crc;
};

static DMA_WAITS int wait_inline(volatile uint32_t *status DMA_HANDLE) {
  while (*status & 1u) {
  }
  return 0;
}

DMA_SUCCESS_RETURNS(0)
int start_copy(unsigned chan DMA_HANDLE, void *dst DMA_OWNED_RX DMA_LEN_ARG(4),
               const void *src DMA_OWNED_TX DMA_LEN_ARG(4), unsigned len);
static unsigned started;
int start_copy(unsigned chan, void *dst, const void *src, unsigned len) {
  if (len == 0 || chan > 7u)
    return -1;
  started += len + chan;
  ((uint8_t *)dst)[0] = ((const uint8_t *)src)[0];
  return 0;
}

int finish(volatile uint32_t *status, struct frame *f) {
  static uint8_t never_written[4] DMA_STABLE;
  f->payload[1] = 3;
  return wait_inline(status) + f->payload[0] + f->payload[2] +
         never_written[1] + start_copy(3, f->payload + 4, f->payload, 4);
}
