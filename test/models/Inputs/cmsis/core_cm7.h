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

/* The SCB's cache maintenance by address registers, for code that writes
 * them itself (at their offsets in the SCB). */
typedef struct {
  volatile uint32_t CPUID_to_CCSIDR[0x25C / 4];
  volatile uint32_t DCIMVAC;
  volatile uint32_t DCISW;
  volatile uint32_t DCCMVAU;
  volatile uint32_t DCCMVAC;
  volatile uint32_t DCCSW;
  volatile uint32_t DCCIMVAC;
} SCB_Type;
#define SCB ((SCB_Type *)0xE000ED00UL)
