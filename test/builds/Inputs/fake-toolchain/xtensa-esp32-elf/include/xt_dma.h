/* The stand-in toolchain's C library header (found only through the
 * compiler's search list). */
#ifndef XT_DMA_H
#define XT_DMA_H
#include <stddef.h>
#define XT_DMA_BURST 4
#endif
