/* Stand-in for an STM32F4 CMSIS device header: a DMA stream's registers
 * (RM0090 register map order) and the bits the stream tests use. */
#ifndef TEST_STM32F4XX_H
#define TEST_STM32F4XX_H
typedef unsigned char uint8_t;
typedef unsigned int uint32_t;

typedef struct {
  volatile uint32_t CR;
  volatile uint32_t NDTR;
  volatile uint32_t PAR;
  volatile uint32_t M0AR;
  volatile uint32_t M1AR;
  volatile uint32_t FCR;
} DMA_Stream_TypeDef;

#define DMA2_Stream0 ((DMA_Stream_TypeDef *)0x40026410UL)
#define DMA2_Stream7 ((DMA_Stream_TypeDef *)0x400264B8UL)
#define DMA_SxCR_EN (1u << 0)
#define DMA_SxCR_TCIE (1u << 4)
#define DMA_SxCR_DIR_0 (1u << 6)
#define DMA_SxCR_MINC (1u << 10)
#endif
