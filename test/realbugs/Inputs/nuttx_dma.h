/* Stand-in for NuttX's STM32 DMA driver and cache API (stm32_dma.h,
 * nuttx/cache.h, nuttx/semaphore.h), written for the real-bug corpus: the
 * declarations the reconstructed NuttX drivers call. */
#ifndef REALBUGS_NUTTX_DMA_H
#define REALBUGS_NUTTX_DMA_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef void *DMA_HANDLE;
typedef void (*dma_callback_t)(DMA_HANDLE handle, uint8_t status, void *arg);
typedef struct { volatile int count; } sem_t;

DMA_HANDLE stm32_dmachannel(unsigned int chan);
void stm32_dmasetup(DMA_HANDLE handle, uint32_t paddr, uint32_t maddr, size_t ntransfers, uint32_t ccr);
void stm32_dmastart(DMA_HANDLE handle, dma_callback_t callback, void *arg, bool half);
void stm32_dmastop(DMA_HANDLE handle);
size_t stm32_dmaresidual(DMA_HANDLE handle);

void up_clean_dcache(uintptr_t start, uintptr_t end);
void up_invalidate_dcache(uintptr_t start, uintptr_t end);
void up_flush_dcache(uintptr_t start, uintptr_t end);

int nxsem_wait_uninterruptible(sem_t *sem);
int nxsem_post(sem_t *sem);

typedef unsigned int irqstate_t;
irqstate_t enter_critical_section(void);
void leave_critical_section(irqstate_t flags);
#endif
