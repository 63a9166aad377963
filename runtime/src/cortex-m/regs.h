/*
 * regs.h - register-level template of a Cortex-M class DMA engine.
 *
 * Not a particular vendor's engine: the smallest register block most of
 * them share (STM32 DMA, SAM DMAC, RP2040 and nRF engines all have these
 * fields under other names). Port it by changing the layout and bits below;
 * the order of operations and the barriers in the inline functions are what
 * must stay.
 *
 * Each channel: CTRL (enable, direction, width, request line), STATUS (busy,
 * done and error flags, write 1 to clear), SRC and DST bus addresses, COUNT
 * in units of the width. The engine clears CTRL.EN and STATUS.BUSY when it
 * is done; clearing CTRL.EN stops it.
 */
#ifndef DMASAFE_CORTEX_M_REGS_H
#define DMASAFE_CORTEX_M_REGS_H

#include "../fence.h"

#include <stdbool.h>
#include <stdint.h>

#ifndef DMASAFE_CM_DMA_BASE
#define DMASAFE_CM_DMA_BASE 0x40020000u
#endif
#ifndef DMASAFE_CM_CHANNELS
#define DMASAFE_CM_CHANNELS 8u
#endif

struct dmasafe_cm_channel_regs {
  volatile uint32_t CTRL;
  volatile uint32_t STATUS;
  volatile uint32_t SRC;
  volatile uint32_t DST;
  volatile uint32_t COUNT;
  uint32_t reserved[3];
};

struct dmasafe_cm_dma_regs {
  struct dmasafe_cm_channel_regs CH[DMASAFE_CM_CHANNELS];
};

#define DMASAFE_CM_DMA ((struct dmasafe_cm_dma_regs *)DMASAFE_CM_DMA_BASE)

/* CTRL */
#define DMASAFE_CM_CTRL_EN (1u << 0)
#define DMASAFE_CM_CTRL_DIR_M2P (0u << 1)
#define DMASAFE_CM_CTRL_DIR_P2M (1u << 1)
#define DMASAFE_CM_CTRL_DIR_M2M (2u << 1)
#define DMASAFE_CM_CTRL_SIZE_SHIFT 4 /* 0: 8 bits, 1: 16, 2: 32 */
#define DMASAFE_CM_CTRL_SRC_INC (1u << 6)
#define DMASAFE_CM_CTRL_DST_INC (1u << 7)
#define DMASAFE_CM_CTRL_REQ_SHIFT 8
/* STATUS */
#define DMASAFE_CM_STATUS_BUSY (1u << 0)
#define DMASAFE_CM_STATUS_DONE (1u << 1)
#define DMASAFE_CM_STATUS_ERROR (1u << 2)

/* Programs and enables a channel. The barrier sits between the last CPU
 * store into the buffer (made by the caller before this call) and the
 * enable write: see fence.h. The address/count writes need no barrier
 * among themselves (device memory keeps their order). */
static inline void dmasafe_cm_start(struct dmasafe_cm_channel_regs *ch,
                                    uint32_t src, uint32_t dst,
                                    uint32_t count, uint32_t ctrl) {
  ch->STATUS = DMASAFE_CM_STATUS_DONE | DMASAFE_CM_STATUS_ERROR;
  ch->SRC = src;
  ch->DST = dst;
  ch->COUNT = count;
  dmasafe_fence_before_start();
  ch->CTRL = ctrl | DMASAFE_CM_CTRL_EN;
}

static inline bool dmasafe_cm_busy(const struct dmasafe_cm_channel_regs *ch) {
  return (ch->STATUS & DMASAFE_CM_STATUS_BUSY) != 0;
}

/* Spins until the engine is done, then orders the CPU's later buffer
 * accesses after it. Returns the final STATUS. */
static inline uint32_t dmasafe_cm_wait(struct dmasafe_cm_channel_regs *ch) {
  while (dmasafe_cm_busy(ch)) {
  }
  dmasafe_fence_after_complete();
  return ch->STATUS;
}

/* Stops the channel and waits until the engine has let go of the bus. */
static inline void dmasafe_cm_stop(struct dmasafe_cm_channel_regs *ch) {
  ch->CTRL &= ~DMASAFE_CM_CTRL_EN;
  while (dmasafe_cm_busy(ch)) {
  }
  dmasafe_fence_after_complete();
}

#endif /* DMASAFE_CORTEX_M_REGS_H */
