/*
 * fake_cm_dma.h - forced into every file of the dmasafe_runtime_cm_fake
 * library (-include): puts the Cortex-M backend's register block at an
 * ordinary host variable, so test_cortex_m_registers.c can check what the
 * backend writes to the engine and play the engine's STATUS answers.
 */
#ifndef DMASAFE_TESTS_FAKE_CM_DMA_H
#define DMASAFE_TESTS_FAKE_CM_DMA_H

#include <stdint.h>

struct dmasafe_cm_dma_regs;
extern struct dmasafe_cm_dma_regs dmasafe_fake_cm_dma;
#define DMASAFE_CM_DMA_BASE ((uintptr_t)&dmasafe_fake_cm_dma)

#endif /* DMASAFE_TESTS_FAKE_CM_DMA_H */
