/*
 * fence.h - ordering of CPU memory accesses against the DMA engine.
 *
 * The engine is not a thread the compiler knows about: it reads and writes
 * memory behind the program's back. Two things can reorder the program's
 * buffer accesses against the register write that starts the engine and the
 * register read that sees it finish:
 *   - the optimizer: it may sink a store into a TX buffer below the
 *     (volatile) enable write, or hoist a load of an RX buffer above the wait
 *     loop, or forward a value stored before the start to a load after the
 *     wait. A compiler fence forbids that;
 *   - the core: its write buffer may still hold buffer stores when the
 *     engine starts, and it may perform loads early. A hardware barrier
 *     (`dsb` on Cortex-M) forbids that.
 * atomic_thread_fence() is the portable compiler fence (and the hardware
 * fence the C11 memory model needs for the host's engine thread); the inline
 * `dsb` with a "memory" clobber is both a compiler fence and the barrier the
 * Arm architecture requires before a write that makes another bus master
 * read memory (it completes every earlier access; `dmb` only orders them).
 * On Cortex-M the C11 fence emits a `dmb` that the `dsb` makes redundant; it
 * is kept so that the ordering also exists in the C11 memory model (other
 * threads of an RTOS that look at the buffers after a completion).
 */
#ifndef DMASAFE_SRC_FENCE_H
#define DMASAFE_SRC_FENCE_H

#include <stdatomic.h>

/* Before the register write (or job hand-over) that starts the engine. */
static inline void dmasafe_fence_before_start(void) {
  atomic_thread_fence(memory_order_release);
#if defined(__ARM_ARCH_PROFILE) && __ARM_ARCH_PROFILE == 'M'
  __asm__ volatile("dsb" ::: "memory");
#endif
}

/* After the engine has been seen done (or stopped), before the CPU touches
 * the buffers again. */
static inline void dmasafe_fence_after_complete(void) {
#if defined(__ARM_ARCH_PROFILE) && __ARM_ARCH_PROFILE == 'M'
  __asm__ volatile("dsb" ::: "memory");
#endif
  atomic_thread_fence(memory_order_acquire);
}

#endif /* DMASAFE_SRC_FENCE_H */
