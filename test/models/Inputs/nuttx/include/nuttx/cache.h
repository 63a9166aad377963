/* Stand-in for NuttX's include/nuttx/cache.h: start and END addresses,
 * for the cache model test. */
#ifndef TEST_NUTTX_CACHE_H
#define TEST_NUTTX_CACHE_H
void up_clean_dcache(__UINTPTR_TYPE__ start, __UINTPTR_TYPE__ end);
void up_invalidate_dcache(__UINTPTR_TYPE__ start, __UINTPTR_TYPE__ end);
void up_flush_dcache(__UINTPTR_TYPE__ start, __UINTPTR_TYPE__ end);
void up_invalidate_dcache_all(void);
#endif
