/* Stand-in for ChibiOS's os/hal/ports/common/ARMCMx/cache.h on a core with
 * a D-cache: the by-address maintenance macros, which loop over the lines
 * storing each address to the SCB's maintenance registers; written for the
 * model test. */
#ifndef TEST_CHIBIOS_CACHE_H
#define TEST_CHIBIOS_CACHE_H
#include "core_cm7.h"
#define CACHE_LINE_SIZE 32U
#define cacheBufferInvalidate(saddr, n) {                                   \
  uint8_t *start = (uint8_t *)(saddr);                                      \
  uint8_t *end = start + (size_t)(n);                                       \
  while (start < end) {                                                     \
    SCB->DCIMVAC = (uint32_t)start;                                         \
    start += CACHE_LINE_SIZE;                                               \
  }                                                                         \
}
#define cacheBufferFlush(saddr, n) {                                        \
  uint8_t *start = (uint8_t *)(saddr);                                      \
  uint8_t *end = start + (size_t)(n);                                       \
  while (start < end) {                                                     \
    SCB->DCCIMVAC = (uint32_t)start;                                        \
    start += CACHE_LINE_SIZE;                                               \
  }                                                                         \
}
#endif
