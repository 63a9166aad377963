/*
 * engine.c - the Cortex-M backend: drives the register block of regs.h.
 *
 * Channels are claimed with C11 atomics, so init/deinit may run from
 * several threads of an RTOS. Interrupts are not used: completion is seen
 * by polling STATUS; a driver that wants the completion interrupt enables
 * it in CTRL and calls dmasafe_is_busy() from its handler.
 */
#include "../backend.h"
#include "regs.h"

#include <errno.h>
#include <stdatomic.h>

#if DMASAFE_CHANNEL_COUNT > DMASAFE_CM_CHANNELS
#error "DMASAFE_CHANNEL_COUNT exceeds the engine's DMASAFE_CM_CHANNELS"
#endif

/* Static atomics start zero (false): a valid state, unlike atomic_flag
 * without ATOMIC_FLAG_INIT. */
static atomic_bool claimed[DMASAFE_CHANNEL_COUNT];

static struct dmasafe_cm_channel_regs *regs(unsigned index) {
  return &DMASAFE_CM_DMA->CH[index];
}

static uint32_t bus_address(const volatile void *p) {
  return (uint32_t)(uintptr_t)p;
}

static uint32_t size_bits(enum dmasafe_width width) {
  uint32_t code = width == DMASAFE_WIDTH_8    ? 0u
                  : width == DMASAFE_WIDTH_16 ? 1u
                                              : 2u;
  return code << DMASAFE_CM_CTRL_SIZE_SHIFT;
}

int dmasafe_backend_claim(unsigned index,
                          const struct dmasafe_channel_config *config) {
  (void)config;
  if (atomic_exchange(&claimed[index], true))
    return -EBUSY;
  regs(index)->CTRL = 0;
  return 0;
}

void dmasafe_backend_release(unsigned index) {
  regs(index)->CTRL = 0;
  atomic_store(&claimed[index], false);
}

void dmasafe_backend_start(unsigned index, const struct dmasafe_transfer *t) {
  const struct dmasafe_channel_config *cfg = t->config;
  uint32_t ctrl = size_bits(cfg->width) |
                  ((uint32_t)cfg->request << DMASAFE_CM_CTRL_REQ_SHIFT);
  uint32_t src, dst;
  switch (t->kind) {
  case DMASAFE_MEMORY_TO_DEVICE:
    ctrl |= DMASAFE_CM_CTRL_DIR_M2P | DMASAFE_CM_CTRL_SRC_INC;
    src = bus_address(t->source);
    dst = bus_address(cfg->peripheral);
    break;
  case DMASAFE_DEVICE_TO_MEMORY:
    ctrl |= DMASAFE_CM_CTRL_DIR_P2M | DMASAFE_CM_CTRL_DST_INC;
    src = bus_address(cfg->peripheral);
    dst = bus_address(t->destination);
    break;
  default:
    ctrl |= DMASAFE_CM_CTRL_DIR_M2M | DMASAFE_CM_CTRL_SRC_INC |
            DMASAFE_CM_CTRL_DST_INC;
    src = bus_address(t->source);
    dst = bus_address(t->destination);
    break;
  }
  dmasafe_cm_start(regs(index), src, dst,
                   (uint32_t)(t->length / (size_t)cfg->width), ctrl);
}

int dmasafe_backend_wait(unsigned index) {
  uint32_t status = dmasafe_cm_wait(regs(index));
  return (status & DMASAFE_CM_STATUS_ERROR) ? -EIO : 0;
}

bool dmasafe_backend_busy(unsigned index, int *status) {
  if (dmasafe_cm_busy(regs(index)))
    return true;
  *status = dmasafe_backend_wait(index);
  return false;
}

void dmasafe_backend_abort(unsigned index) { dmasafe_cm_stop(regs(index)); }

bool dmasafe_backend_written_checksum(unsigned index, uint32_t *checksum) {
  (void)index;
  (void)checksum;
  return false;
}
