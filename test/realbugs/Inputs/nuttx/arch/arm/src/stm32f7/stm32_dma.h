/* Stand-in for NuttX's arch/arm/src/stm32f7/stm32_dma.h, written for the
 * real-bug corpus: the five-value DMA driver API the reconstructed drivers
 * call (models/nuttx-stm32-dma.yaml matches this path). */
#ifndef REALBUGS_NUTTX_STM32F7_DMA_H
#define REALBUGS_NUTTX_STM32F7_DMA_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DMA_SCR_DIR_P2M (0 << 6)
#define DMA_SCR_DIR_M2P (1 << 6)
#define DMA_SCR_MINC (1 << 10)

typedef void *DMA_HANDLE;
typedef void (*dma_callback_t)(DMA_HANDLE handle, uint8_t status, void *arg);

DMA_HANDLE stm32_dmachannel(unsigned int chan);
void stm32_dmasetup(DMA_HANDLE handle, uint32_t paddr, uint32_t maddr, size_t ntransfers, uint32_t ccr);
void stm32_dmastart(DMA_HANDLE handle, dma_callback_t callback, void *arg, bool half);
void stm32_dmastop(DMA_HANDLE handle);
size_t stm32_dmaresidual(DMA_HANDLE handle);
#endif
