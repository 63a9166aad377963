/* Stand-in for CMSIS core_cm7.h, written for the real-bug corpus: the
 * Cortex-M7 D-cache maintenance functions the reconstructed drivers call
 * (static inline register writes in CMSIS; models/cmsis-cache.yaml matches
 * this file name). */
#ifndef REALBUGS_CORE_CM7_H
#define REALBUGS_CORE_CM7_H
#include <stdint.h>

void SCB_CleanDCache(void);
void SCB_InvalidateDCache(void);
void SCB_CleanInvalidateDCache(void);
void SCB_CleanDCache_by_Addr(uint32_t *addr, int32_t dsize);
void SCB_InvalidateDCache_by_Addr(uint32_t *addr, int32_t dsize);
void SCB_CleanInvalidateDCache_by_Addr(uint32_t *addr, int32_t dsize);
#endif
