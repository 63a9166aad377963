/* Stand-in for STM32Cube's stm32f4xx_ll_dma.h (stream controllers): the
 * inline register wrappers the tests use, declared only (the model wins
 * over a body). */
#ifndef TEST_STM32F4XX_LL_DMA_H
#define TEST_STM32F4XX_LL_DMA_H
typedef unsigned char uint8_t;
typedef unsigned int uint32_t;
typedef struct { volatile uint32_t LISR, HISR, LIFCR, HIFCR; } DMA_TypeDef;
#define DMA2 ((DMA_TypeDef *)0x40026400UL)
#define LL_DMA_STREAM_0 0u
#define LL_DMA_STREAM_7 7u
#define LL_DMA_DIRECTION_MEMORY_TO_PERIPH 0x40u
void LL_DMA_SetMemoryAddress(DMA_TypeDef *DMAx, uint32_t Stream, uint32_t MemoryAddress);
void LL_DMA_ConfigAddresses(DMA_TypeDef *DMAx, uint32_t Stream, uint32_t SrcAddress, uint32_t DstAddress, uint32_t Direction);
void LL_DMA_SetDataLength(DMA_TypeDef *DMAx, uint32_t Stream, uint32_t NbData);
void LL_DMA_EnableStream(DMA_TypeDef *DMAx, uint32_t Stream);
void LL_DMA_DisableStream(DMA_TypeDef *DMAx, uint32_t Stream);
uint32_t LL_DMA_IsActiveFlag_TC7(DMA_TypeDef *DMAx);
#endif
