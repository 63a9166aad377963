/* Stand-in for NuttX's arch/arm/src/stm32h7/stm32_dma.h: what the tests use. */
#ifndef TEST_NUTTX_STM32H7_DMA_H
#define TEST_NUTTX_STM32H7_DMA_H
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long size_t;
typedef _Bool bool;
#define false 0

typedef void *DMA_HANDLE;
typedef void (*dma_callback_t)(DMA_HANDLE handle, uint8_t status, void *arg);

typedef struct stm32_dma_config_s {
  uint32_t paddr;
  uint32_t maddr;
  uint32_t cfg1;
  uint32_t cfg2;
  uint16_t ndata;
} stm32_dmacfg_t;

DMA_HANDLE stm32_dmachannel(unsigned int dmamap);
void stm32_dmasetup(DMA_HANDLE handle, stm32_dmacfg_t *cfg);
void stm32_dmastart(DMA_HANDLE handle, dma_callback_t callback, void *arg,
                    bool half);
void stm32_dmastop(DMA_HANDLE handle);
#endif
