/* Stand-in for CMSIS core_cm7.h: only the D-cache maintenance functions the
 * cmsis-cache test calls (static inline register writes in CMSIS). */
typedef unsigned int uint32_t;
typedef int int32_t;
void SCB_CleanDCache(void);
void SCB_InvalidateDCache(void);
void SCB_CleanInvalidateDCache(void);
void SCB_CleanDCache_by_Addr(uint32_t *addr, int32_t dsize);
void SCB_InvalidateDCache_by_Addr(uint32_t *addr, int32_t dsize);
void SCB_CleanInvalidateDCache_by_Addr(uint32_t *addr, int32_t dsize);
