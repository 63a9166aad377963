/* Stand-in for an STM32F1 CMSIS device header: the DMA channel registers
 * the register-level tests use, laid out as RM0008 lists them. */
#ifndef TEST_STM32F1XX_H
#define TEST_STM32F1XX_H
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;

typedef struct {
  volatile uint32_t CCR;
  volatile uint32_t CNDTR;
  volatile uint32_t CPAR;
  volatile uint32_t CMAR;
} DMA_Channel_TypeDef;

typedef struct {
  volatile uint32_t ISR;
  volatile uint32_t IFCR;
} DMA_TypeDef;

typedef struct {
  volatile uint32_t SR, DR, BRR, CR1, CR2, CR3, GTPR;
} USART_TypeDef;

#define DMA1 ((DMA_TypeDef *)0x40020000UL)
#define DMA1_Channel4 ((DMA_Channel_TypeDef *)0x40020044UL)
#define DMA1_Channel5 ((DMA_Channel_TypeDef *)0x40020058UL)
#define USART1 ((USART_TypeDef *)0x40013800UL)

#define DMA_CCR_EN (1u << 0)
#define DMA_CCR_TCIE (1u << 1)
#define DMA_CCR_DIR (1u << 4)
#define DMA_CCR_MINC (1u << 7)
#define DMA_ISR_TCIF4 (1u << 13)
#define DMA_ISR_TCIF5 (1u << 17)
#define DMA_IFCR_CTCIF4 (1u << 13)
#define DMA_IFCR_CTCIF5 (1u << 17)
#endif
