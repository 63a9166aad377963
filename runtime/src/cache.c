/*
 * cache.c - data cache maintenance for DMA buffers.
 *
 * The engine reads and writes memory, not the CPU's data cache. On a core
 * with a write-back D-cache (Cortex-M7) a TX buffer must be cleaned (written
 * back) before the start and an RX buffer invalidated after completion. The
 * host (coherent) and Cortex-M0/M3/M4 (no D-cache) need nothing, so there
 * both helpers compile to nothing. A Cortex-M7 build with its D-cache
 * enabled defines DMASAFE_CORTEX_M7_DCACHE to get the SCB by-address loops.
 */
#include "dmasafe/dma.h"

#include <stdint.h>

#if defined(DMASAFE_CORTEX_M7_DCACHE)

#if !(defined(__ARM_ARCH_PROFILE) && __ARM_ARCH_PROFILE == 'M')
#error "DMASAFE_CORTEX_M7_DCACHE needs a Cortex-M target"
#endif

/* Armv7-M System Control Block cache maintenance registers. */
#define SCB_DCIMVAC (*(volatile uint32_t *)0xE000EF5Cu) /* invalidate */
#define SCB_DCCMVAC (*(volatile uint32_t *)0xE000EF68u) /* clean */
#define DCACHE_LINE 32u

static void for_each_line(const void *addr, size_t len,
                          volatile uint32_t *operation) {
  uintptr_t start = (uintptr_t)addr;
  if (!addr || len == 0 || start > UINTPTR_MAX - len)
    return;
  uintptr_t line = start & ~(uintptr_t)(DCACHE_LINE - 1u);
  uintptr_t end = start + len;
  /* Complete the CPU's stores before maintenance by address. */
  __asm__ volatile("dsb" ::: "memory");
  for (; line < end; line += DCACHE_LINE)
    *operation = (uint32_t)line;
  /* The maintenance completes before the engine is started or the buffer
   * is read. */
  __asm__ volatile("dsb\n\tisb" ::: "memory");
}

void dmasafe_cache_clean(const void *addr, size_t len) {
  for_each_line(addr, len, &SCB_DCCMVAC);
}

void dmasafe_cache_invalidate(void *addr, size_t len) {
  for_each_line(addr, len, &SCB_DCIMVAC);
}

#else

void dmasafe_cache_clean(const void *addr, size_t len) {
  (void)addr;
  (void)len;
}

void dmasafe_cache_invalidate(void *addr, size_t len) {
  (void)addr;
  (void)len;
}

#endif
