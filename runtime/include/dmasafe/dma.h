/*
 * dmasafe/dma.h - a minimal C11 API for one DMA transfer per channel.
 *
 * The engine owns a buffer from a successful start until the transfer is
 * completed by dmasafe_wait(), by dmasafe_is_busy() returning false, or by
 * dmasafe_abort(). In between the CPU must not write a TX source nor touch an
 * RX destination. The annotations (dmasafe/annotations.h) state exactly that
 * contract for the dmasafe analyzer; docs/runtime.md is the reference.
 *
 * Ordering. Every start and every completion orders CPU memory accesses
 * against the engine with a compiler fence and, where the core has one, a
 * hardware barrier:
 *   - before a start hands a buffer over: atomic_thread_fence(release), and
 *     on Cortex-M a `dsb` before the enable-register write. Without it the
 *     optimizer may sink the stores that fill a TX buffer past the register
 *     write (the engine then reads stale data), and the core's write buffer
 *     may still hold them when the engine starts reading memory;
 *   - after a completion is observed: `dsb` on Cortex-M, then
 *     atomic_thread_fence(acquire). Without it the optimizer may hoist loads
 *     of an RX buffer above the wait loop, or reuse values it loaded or
 *     stored before the start, and the core may read ahead of the engine.
 *
 * Errors are negative errno values (<errno.h>); nothing is clamped, and no
 * bad argument is undefined behaviour: NULL pointers, zero, misaligned or
 * oversized lengths, overlapping copies, a start on a busy channel and a
 * wait on an idle one all return an error code and change nothing.
 *
 * Threads. A channel is used by one thread at a time; different channels
 * may be used from different threads concurrently.
 *
 * Backends. The same API is implemented by a simulated engine on the host
 * (runtime/src/host, a worker thread per channel; see dmasafe/host_device.h
 * for the simulated peripheral) and by a register-level template for a
 * Cortex-M class engine (runtime/src/cortex-m).
 *
 * Debug mode. A library built with DMASAFE_DEBUG checks at run time what a
 * static checker cannot see: a TX source modified while in flight, (on the
 * host backend) an RX destination written by the CPU while in flight, and
 * a start whose buffer overlaps a transfer in flight on another channel.
 * It reports them through the hook set with dmasafe_debug_set_hook();
 * dmasafe_wait() returns -EIO for a modified transfer, and the overlapping
 * start is refused with -EBUSY.
 */
#ifndef DMASAFE_DMA_H
#define DMASAFE_DMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dmasafe/annotations.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Number of engine channels; valid indices are 0 .. DMASAFE_CHANNEL_COUNT-1. */
#ifndef DMASAFE_CHANNEL_COUNT
#define DMASAFE_CHANNEL_COUNT 8u
#endif

/** Longest transfer, in units of the channel width (a 16-bit count register,
 * as on most Cortex-M engines). Longer requests return -EINVAL. */
#define DMASAFE_MAX_TRANSFER_UNITS 65535u

/** Size of one engine access: to the peripheral register, and the unit that
 * lengths and buffer addresses must be multiples of. */
enum dmasafe_width {
  DMASAFE_WIDTH_8 = 1,
  DMASAFE_WIDTH_16 = 2,
  DMASAFE_WIDTH_32 = 4
};

/** How a channel is wired. */
struct dmasafe_channel_config {
  /** The device data register the channel reads (RX) or writes (TX); NULL
   * for a memory-to-memory-only channel. On the host backend: the
   * `struct dmasafe_host_device` that simulates the peripheral. */
  volatile void *peripheral;
  /** Width of every engine access. */
  enum dmasafe_width width;
  /** Peripheral request line that paces the engine (DREQ/request mux
   * number). Ignored by the host backend. */
  uint8_t request;
};

/** A channel as the driver sees it. Storage is owned by the caller; every
 * field is private to the runtime. The object is identified by its address:
 * pass pointers to it, never copy it. A copy is refused by every call, as an
 * uninitialised object is (the runtime records which object holds each
 * engine channel). */
struct dmasafe_channel {
  uint32_t magic;    /* set by init, cleared by deinit: catches stale use */
  unsigned index;    /* engine channel number */
  struct dmasafe_channel_config config;
  bool in_flight;    /* started and not yet completed or aborted */
  /* The transfer in flight, for the debug checks. */
  const volatile unsigned char *tx_source;
  volatile unsigned char *rx_destination;
  size_t length;
  uint32_t tx_checksum;
};
typedef struct dmasafe_channel dmasafe_channel_t;

/**
 * @brief Claims engine channel @p index and configures it.
 *
 * @param ch    Caller-owned channel object to initialise.
 * @param index Engine channel number, below DMASAFE_CHANNEL_COUNT.
 * @param cfg   Wiring of the channel; copied, need not outlive the call.
 *
 * @retval 0       The channel is idle and ready for a start.
 * @retval -EINVAL @p ch or @p cfg is NULL, @p index is out of range, or
 *                 cfg->width is not a dmasafe_width.
 * @retval -EALREADY @p ch is initialised already (on any index): deinit it
 *                 first. The channel and a transfer in flight on it are
 *                 left as they were.
 * @retval -EBUSY  Another channel object holds engine channel @p index.
 * @retval -EAGAIN The backend could not get its resources (host: thread).
 */
int dmasafe_channel_init(dmasafe_channel_t *ch, unsigned index,
                         const struct dmasafe_channel_config *cfg);

/**
 * @brief Releases the engine channel. A transfer still in flight is aborted
 * first, so its buffers are the CPU's again when this returns.
 *
 * @param ch Initialised channel; NULL, an uninitialised channel or a copy of
 *           an initialised one is ignored (the engine stays with the
 *           object that holds it).
 */
void dmasafe_channel_deinit(dmasafe_channel_t *ch);

/**
 * @brief Starts a memory-to-device transfer of @p len bytes from @p src to
 * the channel's peripheral. From a 0 return until completion the engine
 * owns @p src: the CPU may read it but must not write it.
 *
 * Issues a release fence (and `dsb` on Cortex-M) before enabling the engine,
 * so every CPU store to @p src made before the call is visible to it.
 *
 * @retval 0        Started.
 * @retval -EINVAL  @p ch uninitialised, a copy or NULL, @p src NULL, @p len
 *                  zero, not a multiple of the width, above DMASAFE_MAX_TRANSFER_UNITS
 *                  units, or @p src misaligned for the width or wrapping.
 * @retval -ENODEV  The channel has no peripheral.
 * @retval -EBUSY   A transfer is in flight on @p ch; or (DMASAFE_DEBUG) on
 *                  another channel, one that writes @p src.
 */
DMA_SUCCESS_RETURNS(0)
int dmasafe_start_tx(dmasafe_channel_t *ch DMA_HANDLE,
                     const void *src DMA_OWNED_TX, size_t len DMA_LEN);

/**
 * @brief Starts a device-to-memory transfer of @p len bytes from the
 * channel's peripheral into @p dst. From a 0 return until completion the
 * engine owns @p dst: the CPU must neither read nor write it.
 *
 * @retval 0        Started.
 * @retval -EINVAL  As dmasafe_start_tx(), for @p dst.
 * @retval -ENODEV  The channel has no peripheral.
 * @retval -EBUSY   A transfer is in flight on @p ch; or (DMASAFE_DEBUG) on
 *                  another channel, one that reads or writes @p dst.
 */
DMA_SUCCESS_RETURNS(0)
int dmasafe_start_rx(dmasafe_channel_t *ch DMA_HANDLE,
                     void *dst DMA_OWNED_RX, size_t len DMA_LEN);

/**
 * @brief Starts a memory-to-memory copy of @p len bytes from @p src to
 * @p dst. The engine owns both until completion: @p src as a TX source
 * (CPU reads allowed), @p dst as an RX destination (no CPU access).
 *
 * @retval 0        Started.
 * @retval -EINVAL  As dmasafe_start_tx(), for either buffer.
 * @retval -EFAULT  The two buffers overlap (the engine copies forwards in
 *                  chunks; an overlapping copy has no defined result).
 * @retval -EBUSY   A transfer is in flight on @p ch; or (DMASAFE_DEBUG) on
 *                  another channel, one that writes @p src or touches @p dst.
 */
DMA_SUCCESS_RETURNS(0)
int dmasafe_start_copy(dmasafe_channel_t *ch DMA_HANDLE,
                       void *dst DMA_OWNED_RX DMA_LEN_ARG(4),
                       const void *src DMA_OWNED_TX DMA_LEN_ARG(4),
                       size_t len);

/**
 * @brief Blocks until the transfer in flight on @p ch is done and gives its
 * buffers back to the CPU.
 *
 * Issues `dsb` (Cortex-M) and an acquire fence after the engine reports
 * completion, so no load of the buffers is performed before it.
 *
 * It has no failure that leaves a transfer in flight: it fails only when
 * there was nothing to complete. Ignoring its result is therefore safe.
 *
 * @retval 0          The transfer completed.
 * @retval -EIO       The transfer ended, but its data cannot be trusted: the
 *                    engine reported a bus error (Cortex-M), or, with
 *                    DMASAFE_DEBUG, the CPU modified one of its buffers while
 *                    it was in flight (the debug hook was called). The
 *                    buffers are the CPU's again all the same.
 * @retval -EALREADY  Nothing was in flight on @p ch.
 * @retval -EINVAL    @p ch is NULL, uninitialised or a copy.
 */
DMA_WAITS
int dmasafe_wait(dmasafe_channel_t *ch DMA_HANDLE);

/**
 * @brief Polls the transfer on @p ch without blocking.
 *
 * @return true while a transfer is in flight. false when none is: the first
 * false after a start completes that transfer exactly as dmasafe_wait()
 * does (barrier, acquire fence, debug checks), and the buffers are the
 * CPU's. Also false for a NULL or uninitialised @p ch, and for a copy of
 * a channel object (it completes nothing).
 */
DMA_POLL_BUSY
bool dmasafe_is_busy(dmasafe_channel_t *ch DMA_HANDLE);

/**
 * @brief Stops the transfer in flight on @p ch. When this returns the
 * engine no longer accesses the buffers; how much was transferred is
 * undefined.
 *
 * @retval 0          The transfer was stopped (or had just completed).
 * @retval -EALREADY  Nothing was in flight on @p ch.
 * @retval -EINVAL    @p ch is NULL, uninitialised or a copy.
 */
DMA_ABORTS
int dmasafe_abort(dmasafe_channel_t *ch DMA_HANDLE);

/**
 * @brief Writes the data cache back to memory over [addr, addr+len) before
 * a TX start, so the engine reads what the CPU wrote. A no-op on cores
 * without a data cache (host, Cortex-M0/M3/M4); on a Cortex-M7 built with
 * DMASAFE_CORTEX_M7_DCACHE it cleans by address through the SCB.
 */
DMA_CACHE_CLEAN
void dmasafe_cache_clean(const void *addr, size_t len DMA_LEN);

/**
 * @brief Discards the data cache over [addr, addr+len) after an RX
 * completion, so the CPU reads what the engine wrote. A no-op where
 * dmasafe_cache_clean() is one. The range should cover whole cache lines:
 * other data in a shared line is discarded too.
 */
DMA_CACHE_INVALIDATE
void dmasafe_cache_invalidate(void *addr, size_t len DMA_LEN);

/* --- Debug mode (library built with DMASAFE_DEBUG) ----------------------- */

/** What the debug checks found. */
enum dmasafe_debug_event {
  /** The CPU wrote a TX source (or copy source) while it was in flight. */
  DMASAFE_DEBUG_TX_MODIFIED_IN_FLIGHT = 1,
  /** The CPU wrote an RX destination (or copy destination) while it was in
   * flight (host backend only: it knows what the engine wrote). */
  DMASAFE_DEBUG_RX_MODIFIED_IN_FLIGHT = 2,
  /** A start was refused (-EBUSY): its buffer overlaps one that a transfer
   * in flight on another channel reads or writes, and one of the two
   * writes it. */
  DMASAFE_DEBUG_OVERLAPS_IN_FLIGHT = 3
};

/** Called, in the caller's thread, by the call that completes the transfer
 * (dmasafe_wait(), or dmasafe_is_busy() returning false) with the buffer
 * modified in flight, or by the start it refuses with the overlapping
 * buffer. An aborted transfer is not checked: its data is undefined. */
typedef void (*dmasafe_debug_hook_t)(const dmasafe_channel_t *ch,
                                     enum dmasafe_debug_event event,
                                     const volatile void *buffer, size_t len);

/**
 * @brief Installs @p hook (NULL: none) and returns the previous one. Without
 * DMASAFE_DEBUG the hook is stored but never called.
 */
dmasafe_debug_hook_t dmasafe_debug_set_hook(dmasafe_debug_hook_t hook);

/** @return whether the library was built with DMASAFE_DEBUG. */
bool dmasafe_debug_enabled(void);

#ifdef __cplusplus
}
#endif

#endif /* DMASAFE_DMA_H */
