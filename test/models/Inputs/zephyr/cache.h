/* Stand-in for Zephyr's include/zephyr/cache.h: the data cache functions
 * the cache model test calls. */
#ifndef TEST_ZEPHYR_CACHE_H
#define TEST_ZEPHYR_CACHE_H
int sys_cache_data_flush_range(void *addr, __SIZE_TYPE__ size);
int sys_cache_data_invd_range(void *addr, __SIZE_TYPE__ size);
int sys_cache_data_flush_and_invd_range(void *addr, __SIZE_TYPE__ size);
int sys_cache_data_flush_all(void);
int sys_cache_data_invd_all(void);
int sys_cache_data_flush_and_invd_all(void);
#endif
