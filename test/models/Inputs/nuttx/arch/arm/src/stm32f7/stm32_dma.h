/* Stand-in for NuttX's arch/arm/src/stm32f7/stm32_dma.h: what the tests use. */
#ifndef TEST_NUTTX_STM32F7_DMA_H
#define TEST_NUTTX_STM32F7_DMA_H
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long size_t;
typedef _Bool bool;
#define false 0

typedef void *DMA_HANDLE;
typedef void (*dma_callback_t)(DMA_HANDLE handle, uint8_t status, void *arg);

#define DMA_SCR_DIR_P2M (0 << 6)
#define DMA_SCR_DIR_M2P (1 << 6)
#define DMA_SCR_DIR_M2M (2 << 6)
#define DMA_SCR_MINC (1 << 10)
#define DMA_SCR_MSIZE_8BITS (0 << 13)

DMA_HANDLE stm32_dmachannel(unsigned int dmamap);
void stm32_dmasetup(DMA_HANDLE handle, uint32_t paddr, uint32_t maddr,
                    size_t ntransfers, uint32_t scr);
void stm32_dmastart(DMA_HANDLE handle, dma_callback_t callback, void *arg,
                    bool half);
void stm32_dmastop(DMA_HANDLE handle);
#endif
