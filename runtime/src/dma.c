/*
 * dma.c - the backend-independent part of dmasafe/dma.h: argument checks,
 * the driver-side "in flight" state, and the debug checks. Engines are
 * driven by a backend (backend.h), which also places the fences.
 */
#include "dmasafe/dma.h"

#include "backend.h"
#include "debug.h"

#include <errno.h>
#include <stdatomic.h>

/* "DMA!" - marks an initialised channel object. */
#define CHANNEL_MAGIC 0x444d4121u

/* The one channel object that holds each engine channel, by address. The
 * magic alone is copied with the object: a by-value copy of a busy channel
 * could start a second job on the engine, and its deinit would release the
 * engine the original still drives. Every call checks the owner, so a copy
 * is refused like an uninitialised object. Atomic because init and deinit
 * of different channels may run in different threads (and, on Cortex-M,
 * interrupt handlers). */
static _Atomic(const dmasafe_channel_t *) owners[DMASAFE_CHANNEL_COUNT];

static bool is_ready(const dmasafe_channel_t *ch) {
  return ch && ch->magic == CHANNEL_MAGIC &&
         ch->index < DMASAFE_CHANNEL_COUNT &&
         atomic_load(&owners[ch->index]) == ch;
}

static bool is_width(enum dmasafe_width w) {
  return w == DMASAFE_WIDTH_8 || w == DMASAFE_WIDTH_16 ||
         w == DMASAFE_WIDTH_32;
}

/* A buffer the engine can walk with accesses of the channel's width. */
static bool is_valid_buffer(const volatile void *p, size_t len,
                            enum dmasafe_width width) {
  uintptr_t at = (uintptr_t)p;
  return p && at % (uintptr_t)width == 0 && at <= UINTPTR_MAX - len;
}

static bool is_valid_length(size_t len, enum dmasafe_width width) {
  return len != 0 && len % (size_t)width == 0 &&
         len / (size_t)width <= DMASAFE_MAX_TRANSFER_UNITS;
}

static bool overlap(const volatile void *a, const volatile void *b,
                    size_t len) {
  uintptr_t x = (uintptr_t)a, y = (uintptr_t)b;
  return x < y + len && y < x + len;
}

int dmasafe_channel_init(dmasafe_channel_t *ch, unsigned index,
                         const struct dmasafe_channel_config *cfg) {
  if (!ch || !cfg || index >= DMASAFE_CHANNEL_COUNT || !is_width(cfg->width))
    return -EINVAL;
  /* Initialising again would forget a transfer in flight and leak the
   * engine channel this object holds. */
  if (is_ready(ch))
    return -EALREADY;
  int err = dmasafe_backend_claim(index, cfg);
  if (err)
    return err;
  ch->index = index;
  ch->config = *cfg;
  ch->in_flight = false;
  ch->tx_source = NULL;
  ch->rx_destination = NULL;
  ch->length = 0;
  ch->tx_checksum = 0;
  ch->magic = CHANNEL_MAGIC;
  atomic_store(&owners[index], ch);
  return 0;
}

void dmasafe_channel_deinit(dmasafe_channel_t *ch) {
  if (!is_ready(ch))
    return;
  if (ch->in_flight)
    (void)dmasafe_abort(ch);
  ch->magic = 0;
  atomic_store(&owners[ch->index], NULL);
  dmasafe_backend_release(ch->index);
}

static int start(dmasafe_channel_t *ch, const struct dmasafe_transfer *t) {
  if (ch->in_flight)
    return -EBUSY;
  ch->tx_source = t->source;
  ch->rx_destination = t->destination;
  ch->length = t->length;
  int err = dmasafe_debug_at_start(ch);
  if (err)
    return err;
  ch->in_flight = true;
  dmasafe_backend_start(ch->index, t);
  return 0;
}

int dmasafe_start_tx(dmasafe_channel_t *ch, const void *src, size_t len) {
  if (!is_ready(ch) || !is_valid_length(len, ch->config.width) ||
      !is_valid_buffer(src, len, ch->config.width))
    return -EINVAL;
  if (!ch->config.peripheral)
    return -ENODEV;
  struct dmasafe_transfer t = {DMASAFE_MEMORY_TO_DEVICE, src, NULL, len,
                               &ch->config};
  return start(ch, &t);
}

int dmasafe_start_rx(dmasafe_channel_t *ch, void *dst, size_t len) {
  if (!is_ready(ch) || !is_valid_length(len, ch->config.width) ||
      !is_valid_buffer(dst, len, ch->config.width))
    return -EINVAL;
  if (!ch->config.peripheral)
    return -ENODEV;
  struct dmasafe_transfer t = {DMASAFE_DEVICE_TO_MEMORY, NULL, dst, len,
                               &ch->config};
  return start(ch, &t);
}

int dmasafe_start_copy(dmasafe_channel_t *ch, void *dst, const void *src,
                       size_t len) {
  if (!is_ready(ch) || !is_valid_length(len, ch->config.width) ||
      !is_valid_buffer(dst, len, ch->config.width) ||
      !is_valid_buffer(src, len, ch->config.width))
    return -EINVAL;
  if (overlap(dst, src, len))
    return -EFAULT;
  struct dmasafe_transfer t = {DMASAFE_MEMORY_TO_MEMORY, src, dst, len,
                               &ch->config};
  return start(ch, &t);
}

/* The transfer is done and fenced: the buffers are the CPU's again. */
static int finish(dmasafe_channel_t *ch, int engine_status) {
  ch->in_flight = false;
  int debug_status = dmasafe_debug_at_completion(ch);
  return engine_status ? engine_status : debug_status;
}

int dmasafe_wait(dmasafe_channel_t *ch) {
  if (!is_ready(ch))
    return -EINVAL;
  if (!ch->in_flight)
    return -EALREADY;
  return finish(ch, dmasafe_backend_wait(ch->index));
}

bool dmasafe_is_busy(dmasafe_channel_t *ch) {
  if (!is_ready(ch) || !ch->in_flight)
    return false;
  int status = 0;
  if (dmasafe_backend_busy(ch->index, &status))
    return true;
  (void)finish(ch, status);
  return false;
}

int dmasafe_abort(dmasafe_channel_t *ch) {
  if (!is_ready(ch))
    return -EINVAL;
  if (!ch->in_flight)
    return -EALREADY;
  dmasafe_backend_abort(ch->index);
  ch->in_flight = false;
  dmasafe_debug_at_abort(ch);
  return 0;
}
