// Stand-in for the STM32F10x Standard Peripheral Library's DMA and SPI
// declarations: only what the FreeJoy reconstruction uses.
#ifndef STANDIN_STM32F10X_DMA_H
#define STANDIN_STM32F10X_DMA_H
#include <stdint.h>

typedef struct {
  volatile uint32_t CCR, CNDTR, CPAR, CMAR;
} DMA_Channel_TypeDef;
typedef struct {
  volatile uint16_t CR1, r0, CR2, r1, SR, r2, DR, r3;
} SPI_TypeDef;

#define DMA1_Channel2 ((DMA_Channel_TypeDef *)0x4002001CUL)
#define DMA1_Channel3 ((DMA_Channel_TypeDef *)0x40020030UL)
#define SPI1 ((SPI_TypeDef *)0x40013000UL)
#define SPI_CR1_SPE ((uint16_t)0x0040)

typedef struct {
  uint32_t DMA_PeripheralBaseAddr;
  uint32_t DMA_MemoryBaseAddr;
  uint32_t DMA_DIR;
  uint32_t DMA_BufferSize;
  uint32_t DMA_PeripheralInc;
  uint32_t DMA_MemoryInc;
  uint32_t DMA_PeripheralDataSize;
  uint32_t DMA_MemoryDataSize;
  uint32_t DMA_Mode;
  uint32_t DMA_Priority;
  uint32_t DMA_M2M;
} DMA_InitTypeDef;

#define DMA_DIR_PeripheralDST ((uint32_t)0x00000010)
#define DMA_DIR_PeripheralSRC ((uint32_t)0x00000000)
#define DMA_MemoryInc_Enable ((uint32_t)0x00000080)
#define DMA_Mode_Normal ((uint32_t)0x00000000)
#define DMA_IT_TC ((uint32_t)0x00000002)

typedef enum { DISABLE = 0, ENABLE = !DISABLE } FunctionalState;

void DMA_Init(DMA_Channel_TypeDef *DMAy_Channelx, DMA_InitTypeDef *DMA_InitStruct);
void DMA_Cmd(DMA_Channel_TypeDef *DMAy_Channelx, FunctionalState NewState);
void DMA_ITConfig(DMA_Channel_TypeDef *DMAy_Channelx, uint32_t DMA_IT, FunctionalState NewState);
#endif
