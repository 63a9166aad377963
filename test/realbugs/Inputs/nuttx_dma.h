/* Stand-in for the NuttX headers the reconstructed STM32 drivers include
 * (stm32_dma.h, nuttx/cache.h, nuttx/semaphore.h, irq.h), written for the
 * real-bug corpus; each lives at its NuttX path, which the models' header
 * globs match. */
#ifndef REALBUGS_NUTTX_DMA_H
#define REALBUGS_NUTTX_DMA_H
#include "nuttx/arch/arm/src/stm32f7/stm32_dma.h"
#include "nuttx/include/nuttx/cache.h"
#include "nuttx/include/nuttx/semaphore.h"

typedef unsigned int irqstate_t;
irqstate_t enter_critical_section(void);
void leave_critical_section(irqstate_t flags);
#endif
