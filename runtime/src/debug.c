/*
 * debug.c - DMASAFE_DEBUG: detect at run time the in-flight accesses a
 * static checker cannot see (through aliases, other translation units,
 * interrupt handlers, or code that was never analyzed).
 *
 * TX: the source is summed when the transfer starts and again when it
 * completes; a different sum means the CPU wrote it in flight, so the engine
 * may have sent a mix of old and new data. RX: a backend that knows the
 * bytes it wrote (the host simulation) reports their sum; a different sum of
 * the destination at completion means the CPU wrote it in flight and its
 * stores were lost or clobbered the received data. Equal sums prove
 * nothing (a write of the same value, or a colliding sum), so the checks
 * have no false alarms but may miss a modification.
 */
#include "debug.h"

#include "backend.h"
#include "checksum.h"

#include <errno.h>
#include <stdatomic.h>

static _Atomic(dmasafe_debug_hook_t) installed_hook;

dmasafe_debug_hook_t dmasafe_debug_set_hook(dmasafe_debug_hook_t hook) {
  return atomic_exchange(&installed_hook, hook);
}

bool dmasafe_debug_enabled(void) {
#ifdef DMASAFE_DEBUG
  return true;
#else
  return false;
#endif
}

#ifdef DMASAFE_DEBUG

static void report(const dmasafe_channel_t *ch, enum dmasafe_debug_event ev,
                   const volatile void *buffer) {
  dmasafe_debug_hook_t hook = atomic_load(&installed_hook);
  if (hook)
    hook(ch, ev, buffer, ch->length);
}

void dmasafe_debug_at_start(dmasafe_channel_t *ch) {
  if (ch->tx_source)
    ch->tx_checksum = dmasafe_checksum(ch->tx_source, ch->length);
}

int dmasafe_debug_at_completion(dmasafe_channel_t *ch) {
  int status = 0;
  if (ch->tx_source &&
      dmasafe_checksum(ch->tx_source, ch->length) != ch->tx_checksum) {
    report(ch, DMASAFE_DEBUG_TX_MODIFIED_IN_FLIGHT, ch->tx_source);
    status = -EIO;
  }
  uint32_t written;
  if (ch->rx_destination &&
      dmasafe_backend_written_checksum(ch->index, &written) &&
      dmasafe_checksum(ch->rx_destination, ch->length) != written) {
    report(ch, DMASAFE_DEBUG_RX_MODIFIED_IN_FLIGHT, ch->rx_destination);
    status = -EIO;
  }
  return status;
}

#else

void dmasafe_debug_at_start(dmasafe_channel_t *ch) { (void)ch; }

int dmasafe_debug_at_completion(dmasafe_channel_t *ch) {
  (void)ch;
  return 0;
}

#endif
