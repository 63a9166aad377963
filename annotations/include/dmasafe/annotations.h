/*
 * dmasafe/annotations.h - mark the DMA contract of C functions and storage.
 *
 * The macros tell the dmasafe analyzer which function hands a buffer to a DMA
 * engine, which one gives it back, and which storage the engine may use. They
 * expand to `annotate("dmasafe:...")` attributes only when Clang analyzes the
 * code (`clang --analyze`, scan-build and clang-tidy define
 * __clang_analyzer__), and to nothing in every build that produces object
 * code, with any compiler. Clang would otherwise keep what `annotate` refers
 * to (static functions out of line, parameters in memory), so object code is
 * byte-identical with or without the annotations only because of this guard
 * (test/annotations proves both).
 *
 * DMASAFE_ANNOTATIONS forces the attributes on (a `clang -cc1` that does not
 * define __clang_analyzer__); DMASAFE_NO_ANNOTATIONS forces them off.
 *
 * Example:
 *
 *   DMA_SUCCESS_RETURNS(0)
 *   int uart_send_dma(struct uart *u DMA_HANDLE,
 *                     const void *buf DMA_OWNED_TX, size_t len DMA_LEN);
 *
 *   DMA_WAITS void uart_wait(struct uart *u DMA_HANDLE);
 *
 * Roles are read from the markers; docs/annotations.md is the reference.
 */
#ifndef DMASAFE_ANNOTATIONS_H
#define DMASAFE_ANNOTATIONS_H

#if defined(__clang__) && !defined(DMASAFE_NO_ANNOTATIONS) &&                \
    (defined(__clang_analyzer__) || defined(DMASAFE_ANNOTATIONS))
#define DMASAFE_ANNOTATE(text) __attribute__((annotate("dmasafe:" text)))
/* Clang 18 added the `suppress` attribute; an older clang warns about it
 * and rejects it on a statement, so DMA_SUPPRESS is empty there. */
#if __has_attribute(suppress)
#define DMASAFE_SUPPRESS_ATTRIBUTE __attribute__((suppress))
#else
#define DMASAFE_SUPPRESS_ATTRIBUTE
#endif
#else
#define DMASAFE_ANNOTATE(text)
#define DMASAFE_SUPPRESS_ATTRIBUTE
#endif

#define DMASAFE_STR_(x) #x
#define DMASAFE_STR(x) DMASAFE_STR_(x)

/* --- Parameters of a function that starts a transfer -------------------- */

/* The engine owns this buffer from the call until the transfer completes.
 * Direction unknown: the CPU may neither read nor write it in flight. */
#define DMA_OWNED DMASAFE_ANNOTATE("owned")
/* Owned, and the engine only reads it (memory-to-device, or the source of a
 * memory-to-memory copy): CPU reads in flight are allowed. */
#define DMA_OWNED_TX DMASAFE_ANNOTATE("owned") DMASAFE_ANNOTATE("dir=tx")
/* Owned, and the engine writes it (device-to-memory, or the destination of a
 * memory-to-memory copy): any CPU access in flight is an error. */
#define DMA_OWNED_RX DMASAFE_ANNOTATE("owned") DMASAFE_ANNOTATE("dir=rx")

/* On the length parameter: the owned buffers' length in bytes. */
#define DMA_LEN DMASAFE_ANNOTATE("len")
/* On the length parameter: the length counts elements of `bytes` bytes. */
#define DMA_LEN_UNITS(bytes) DMASAFE_ANNOTATE("len=" DMASAFE_STR(bytes))
/* On an owned buffer: its length in bytes is parameter `index` (1-based, as
 * in GCC's alloc_size). For functions that own several buffers. */
#define DMA_LEN_ARG(index) DMASAFE_ANNOTATE("len-arg=" DMASAFE_STR(index))

/* On the parameter that names the transfer: a pointer to a driver or
 * channel object, or a channel number. Waits, polls and aborts find the
 * transfers they complete by this value. */
#define DMA_HANDLE DMASAFE_ANNOTATE("handle")

/* On a parameter: the buffer must be in RAM the engine can reach; const
 * data that the linker places in flash is rejected (nRF EasyDMA). */
#define DMA_IN_RAM DMASAFE_ANNOTATE("in-ram")

/* On a parameter: the function requires stable storage (static, global,
 * heap, or marked DMA_STABLE). On a variable, field or type: the storage is
 * fit for DMA and outlives every transfer on it. */
#define DMA_STABLE DMASAFE_ANNOTATE("stable")

/* --- Functions ----------------------------------------------------------- */

/* The function's transfer-related effect happens only when it returns
 * `value` (HAL_OK, 0): a start that fails took nothing, a wait that times
 * out completed nothing. */
#define DMA_SUCCESS_RETURNS(value) \
  DMASAFE_ANNOTATE("success-returns=" DMASAFE_STR(value))
/* The effect happens only when the function returns a value >= 0. */
#define DMA_SUCCESS_NONNEG DMASAFE_ANNOTATE("success-nonneg")

/* The start returns the handle of the transfer (Linux's dma_addr_t). */
#define DMA_RETURNS_HANDLE DMASAFE_ANNOTATE("returns-handle")

/* Blocks until the transfer on the DMA_HANDLE parameter is done (or stops
 * it, or unmaps it): its buffers return to the CPU. */
#define DMA_WAITS DMASAFE_ANNOTATE("waits")
/* Cancels the transfer on the DMA_HANDLE parameter: buffers return to the
 * CPU, their contents undefined. */
#define DMA_ABORTS DMASAFE_ANNOTATE("aborts")
/* Returns nonzero while the transfer on the DMA_HANDLE parameter is in
 * flight; the branch where it returns zero completes it. */
#define DMA_POLL_BUSY DMASAFE_ANNOTATE("poll-busy")
/* Returns nonzero once the transfer on the DMA_HANDLE parameter is done;
 * the branch where it returns nonzero completes it. */
#define DMA_POLL_DONE DMASAFE_ANNOTATE("poll-done")
/* Returns nonzero when the start that produced the DMA_HANDLE argument
 * failed (Linux's dma_mapping_error); that branch took nothing. */
#define DMA_ERROR_TEST DMASAFE_ANNOTATE("error-test")

/* An interrupt handler or callback that runs when a transfer completes.
 * Variables it writes are completion flags: the branch where the code sees
 * one set completes the transfers of its API. */
#define DMA_COMPLETION_CALLBACK DMASAFE_ANNOTATE("completion-callback")
/* The same for a callback that runs only when a TX (memory-to-device) or
 * an RX (device-to-memory) transfer completes: its flags complete only
 * those (a UART's TxCplt and RxCplt handlers). */
#define DMA_COMPLETION_CALLBACK_TX DMASAFE_ANNOTATE("completion-callback=tx")
#define DMA_COMPLETION_CALLBACK_RX DMASAFE_ANNOTATE("completion-callback=rx")
/* On a variable: a flag set when a transfer completes (not needed for
 * variables written by a DMA_COMPLETION_CALLBACK). */
#define DMA_COMPLETION_FLAG DMASAFE_ANNOTATE("completion-flag")

/* Sets the transfer of its DMA_OWNED parameters up on its DMA_HANDLE
 * without starting it: the CPU owns the buffers until a DMA_TRIGGERS call
 * on the same handle (a channel configured first, started later). */
#define DMA_ARMS DMASAFE_ANNOTATE("arms")
/* Starts what is armed (or suspended) on the DMA_HANDLE parameter. */
#define DMA_TRIGGERS DMASAFE_ANNOTATE("triggers")
/* Gives the buffers of the transfer on the DMA_HANDLE parameter back to the
 * CPU while it stays set up (Linux dma_sync_single_for_cpu): armed again. */
#define DMA_SUSPENDS DMASAFE_ANNOTATE("suspends")

/* Gives the kernel object on its DMA_HANDLE parameter (a semaphore give).
 * Called from a completion callback, the object signals completion. */
#define DMA_SIGNALS DMASAFE_ANNOTATE("signals")
/* Blocks on the kernel object on its DMA_HANDLE parameter (a semaphore
 * take; none: a thread notification). Where it succeeds (see
 * DMA_SUCCESS_RETURNS), the transfers whose completion callback gives the
 * object are complete. */
#define DMA_WAITS_SIGNAL DMASAFE_ANNOTATE("waits-signal")

/* Cache maintenance on the pointer parameter (with a DMA_LEN parameter):
 * clean (write back) before a TX start, invalidate after an RX completes. */
#define DMA_CACHE_CLEAN DMASAFE_ANNOTATE("cache-clean")
#define DMA_CACHE_INVALIDATE DMASAFE_ANNOTATE("cache-invalidate")

/* --- Accepting one finding ----------------------------------------------- */

/* Before a statement or a declaration (a function, a variable): the
 * analyzer reports nothing on it, with the reason for the reader, e.g.
 *   DMA_SUPPRESS("the engine is halted by uart_pause() above") line[0] = 0;
 * It is Clang's `suppress` attribute, which clang 19's analyzer honours
 * only without arguments, so the reason stays in the source; a clang
 * before 18 has no such attribute and reports the finding. clang-tidy
 * does not read it: a `// NOLINT(dmasafe-...): reason` on the line does
 * that (docs/annotations.md, "Suppressing a finding"). */
#define DMA_SUPPRESS(reason) DMASAFE_SUPPRESS_ATTRIBUTE

#endif /* DMASAFE_ANNOTATIONS_H */
