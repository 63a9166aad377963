/* Stand-in for the STM32F10x Standard Peripheral Library's
 * stm32f10x_dma.h (with the device header types it needs): the DMA driver
 * calls and constants the model test uses, written for it. */
#ifndef TEST_SPL_STM32F10X_DMA_H
#define TEST_SPL_STM32F10X_DMA_H
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef enum { DISABLE = 0, ENABLE = !DISABLE } FunctionalState;
typedef enum { RESET = 0, SET = !RESET } FlagStatus, ITStatus;

typedef struct {
  volatile uint32_t CCR, CNDTR, CPAR, CMAR;
} DMA_Channel_TypeDef;
typedef struct {
  volatile uint16_t SR, RESERVED0, CR1, RESERVED1, DR;
} SPI_TypeDef;
#define DMA1_Channel2 ((DMA_Channel_TypeDef *)0x4002001CUL)
#define DMA1_Channel3 ((DMA_Channel_TypeDef *)0x40020030UL)
#define SPI1 ((SPI_TypeDef *)0x40013000UL)

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
#define DMA_M2M_Enable ((uint32_t)0x00004000)
#define DMA1_FLAG_TC2 ((uint32_t)0x00000020)
#define DMA1_FLAG_TC3 ((uint32_t)0x00000200)
#define DMA1_IT_TC2 ((uint32_t)0x00000020)
#define DMA1_IT_GL2 ((uint32_t)0x00000010)

void DMA_DeInit(DMA_Channel_TypeDef *DMAy_Channelx);
void DMA_Init(DMA_Channel_TypeDef *DMAy_Channelx, DMA_InitTypeDef *DMA_InitStruct);
void DMA_Cmd(DMA_Channel_TypeDef *DMAy_Channelx, FunctionalState NewState);
uint16_t DMA_GetCurrDataCounter(DMA_Channel_TypeDef *DMAy_Channelx);
FlagStatus DMA_GetFlagStatus(uint32_t DMAy_FLAG);
void DMA_ClearFlag(uint32_t DMAy_FLAG);
ITStatus DMA_GetITStatus(uint32_t DMAy_IT);
void DMA_ClearITPendingBit(uint32_t DMAy_IT);
#endif
