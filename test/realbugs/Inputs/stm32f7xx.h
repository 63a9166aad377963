/* Stand-in for an STM32F7/H7 CMSIS device header, written for the real-bug
 * corpus: the DMA stream registers the reconstructed drivers use; the
 * D-cache maintenance functions are core_cm7.h's, as in CMSIS. */
#ifndef REALBUGS_STM32F7XX_H
#define REALBUGS_STM32F7XX_H
#include <stddef.h>
#include <stdint.h>

typedef struct {
  volatile uint32_t CR;
  volatile uint32_t NDTR;
  volatile uint32_t PAR;
  volatile uint32_t M0AR;
  volatile uint32_t M1AR;
  volatile uint32_t FCR;
} DMA_Stream_TypeDef;

typedef struct {
  volatile uint32_t LISR;
  volatile uint32_t HISR;
  volatile uint32_t LIFCR;
  volatile uint32_t HIFCR;
} DMA_TypeDef;

#define DMA1 ((DMA_TypeDef *)0x40026000UL)
#define DMA2 ((DMA_TypeDef *)0x40026400UL)
#define DMA1_Stream6 ((DMA_Stream_TypeDef *)0x400260A0UL)
#define DMA2_Stream3 ((DMA_Stream_TypeDef *)0x40026458UL)
#define DMA_SxCR_EN (1u << 0)
#define DMA_SxCR_TCIE (1u << 4)
#define DMA_HISR_TCIF6 (1u << 21)
#define DMA_HIFCR_CTCIF6 (1u << 21)

#include "core_cm7.h"
#endif
