/*
 * backend.h - what a backend (host simulation, Cortex-M registers) provides
 * to the backend-independent front (dma.c). The front validates arguments
 * and keeps the driver state; the backend drives the engine and places the
 * fences of fence.h around it.
 */
#ifndef DMASAFE_SRC_BACKEND_H
#define DMASAFE_SRC_BACKEND_H

#include "dmasafe/dma.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum dmasafe_transfer_kind {
  DMASAFE_MEMORY_TO_DEVICE,
  DMASAFE_DEVICE_TO_MEMORY,
  DMASAFE_MEMORY_TO_MEMORY
};

/* One validated transfer: buffers non-NULL, aligned, non-overlapping, the
 * length a nonzero multiple of the width within DMASAFE_MAX_TRANSFER_UNITS. */
struct dmasafe_transfer {
  enum dmasafe_transfer_kind kind;
  const volatile unsigned char *source;    /* NULL for device-to-memory */
  volatile unsigned char *destination;     /* NULL for memory-to-device */
  size_t length;                           /* bytes */
  const struct dmasafe_channel_config *config;
};

/* Claims engine channel `index` (< DMASAFE_CHANNEL_COUNT, config valid).
 * Returns 0, -EBUSY when already claimed, -EAGAIN when out of resources. */
int dmasafe_backend_claim(unsigned index,
                          const struct dmasafe_channel_config *config);
/* Releases a claimed, idle channel. */
void dmasafe_backend_release(unsigned index);

/* Starts `t` on an idle claimed channel; dmasafe_fence_before_start() is
 * issued before the engine can see the job. */
void dmasafe_backend_start(unsigned index, const struct dmasafe_transfer *t);
/* Blocks until the transfer is done; dmasafe_fence_after_complete() issued.
 * Returns 0, or -EIO when the engine reported an error. */
int dmasafe_backend_wait(unsigned index);
/* true while the transfer runs; on false, as dmasafe_backend_wait() returned
 * (fence issued) and *status holds its result. */
bool dmasafe_backend_busy(unsigned index, int *status);
/* Stops the transfer; when it returns the engine no longer touches memory
 * (fence issued). */
void dmasafe_backend_abort(unsigned index);

/* Debug support: checksum (dmasafe_checksum) of the bytes the engine wrote
 * to memory during the last transfer, when the backend knows it. */
bool dmasafe_backend_written_checksum(unsigned index, uint32_t *checksum);

#endif /* DMASAFE_SRC_BACKEND_H */
