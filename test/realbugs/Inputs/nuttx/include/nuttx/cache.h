/* Stand-in for NuttX's include/nuttx/cache.h, written for the real-bug
 * corpus: start and END addresses (models/nuttx-cache.yaml). */
#ifndef REALBUGS_NUTTX_CACHE_H
#define REALBUGS_NUTTX_CACHE_H
#include <stdint.h>
void up_clean_dcache(uintptr_t start, uintptr_t end);
void up_invalidate_dcache(uintptr_t start, uintptr_t end);
void up_flush_dcache(uintptr_t start, uintptr_t end);
/* The names before NuttX 12 (arch_*), still in the drivers of its time. */
void arch_clean_dcache(uintptr_t start, uintptr_t end);
void arch_invalidate_dcache(uintptr_t start, uintptr_t end);
#endif
