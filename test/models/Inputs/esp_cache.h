/* Stand-in for ESP-IDF's esp_cache.h: esp_cache_msync and its flag bits,
 * for the cache model test. */
#ifndef TEST_ESP_CACHE_H
#define TEST_ESP_CACHE_H
#define ESP_CACHE_MSYNC_FLAG_INVALIDATE (1 << 0)
#define ESP_CACHE_MSYNC_FLAG_UNALIGNED (1 << 1)
#define ESP_CACHE_MSYNC_FLAG_DIR_C2M (1 << 2)
#define ESP_CACHE_MSYNC_FLAG_DIR_M2C (1 << 3)
typedef int esp_err_t;
esp_err_t esp_cache_msync(void *addr, __SIZE_TYPE__ size, int flags);
#endif
