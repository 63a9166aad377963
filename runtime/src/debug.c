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
 *
 * Overlap: every transfer in flight is recorded with the range the engine
 * reads and the range it writes. A start whose buffers conflict with a
 * transfer in flight on another channel (one of them writes what the other
 * reads or writes) is refused: two engines racing on the same bytes is the
 * double start the analyzer reports when it can see both starts. Two
 * transfers reading the same source do not conflict.
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

/* [begin, end) byte ranges; an empty range (no such buffer) is 0, 0. */
struct range {
  uintptr_t begin, end;
};

struct flight {
  bool active;
  struct range reads, writes;
};

/* Per engine channel. A spin lock, because the front has no other lock on
 * every backend; it is held for a few comparisons only. */
static struct flight flights[DMASAFE_CHANNEL_COUNT];
static atomic_flag flights_lock = ATOMIC_FLAG_INIT;

static void lock_flights(void) {
  while (atomic_flag_test_and_set_explicit(&flights_lock,
                                           memory_order_acquire)) {
  }
}

static void unlock_flights(void) {
  atomic_flag_clear_explicit(&flights_lock, memory_order_release);
}

static struct range range_of(const volatile void *p, size_t len) {
  struct range r = {0, 0};
  if (p) {
    r.begin = (uintptr_t)p;
    r.end = r.begin + len;
  }
  return r;
}

static bool overlap(struct range a, struct range b) {
  return a.begin < b.end && b.begin < a.end;
}

static bool conflict(const struct flight *mine, const struct flight *other) {
  return overlap(mine->writes, other->reads) ||
         overlap(mine->writes, other->writes) ||
         overlap(mine->reads, other->writes);
}

/* The buffer of `mine` that conflicts with `other`, to report. */
static const volatile void *conflicting_buffer(const dmasafe_channel_t *ch,
                                               const struct flight *mine,
                                               const struct flight *other) {
  if (overlap(mine->writes, other->reads) ||
      overlap(mine->writes, other->writes))
    return ch->rx_destination;
  return ch->tx_source;
}

int dmasafe_debug_at_start(dmasafe_channel_t *ch) {
  struct flight mine = {true, range_of(ch->tx_source, ch->length),
                        range_of(ch->rx_destination, ch->length)};
  const volatile void *clash = NULL;
  lock_flights();
  for (unsigned i = 0; i < DMASAFE_CHANNEL_COUNT && !clash; ++i)
    if (i != ch->index && flights[i].active && conflict(&mine, &flights[i]))
      clash = conflicting_buffer(ch, &mine, &flights[i]);
  if (!clash)
    flights[ch->index] = mine;
  unlock_flights();
  if (clash) {
    report(ch, DMASAFE_DEBUG_OVERLAPS_IN_FLIGHT, clash);
    return -EBUSY;
  }
  if (ch->tx_source)
    ch->tx_checksum = dmasafe_checksum(ch->tx_source, ch->length);
  return 0;
}

static void end_flight(const dmasafe_channel_t *ch) {
  lock_flights();
  flights[ch->index].active = false;
  unlock_flights();
}

void dmasafe_debug_at_abort(dmasafe_channel_t *ch) { end_flight(ch); }

int dmasafe_debug_at_completion(dmasafe_channel_t *ch) {
  end_flight(ch);
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

int dmasafe_debug_at_start(dmasafe_channel_t *ch) {
  (void)ch;
  return 0;
}

int dmasafe_debug_at_completion(dmasafe_channel_t *ch) {
  (void)ch;
  return 0;
}

void dmasafe_debug_at_abort(dmasafe_channel_t *ch) { (void)ch; }

#endif
