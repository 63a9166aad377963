// dmasafe-cache-coherence on a Cortex-M7 (data cache, 32-byte lines): the
// rules of dmasafe.CacheCoherence in one function, each with its correct
// twin. Words, lines and fix-its are the analyzer's.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-cache-coherence' %s -- --target=thumbv7em-none-eabi -mcpu=cortex-m7 -I %annotations_include -I %S/../analyzer/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// A core without a cache is checked when told it has one.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-cache-coherence' -config="{CheckOptions: [{key: dmasafe-cache-coherence.DataCache, value: present}]}" %s -- --target=thumbv7em-none-eabi -mcpu=cortex-m4 -I %annotations_include -I %S/../analyzer/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// A core without a data cache, a hosted target, and DataCache=absent: silent.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-cache-coherence' %s -- --target=thumbv7em-none-eabi -mcpu=cortex-m4 -I %annotations_include -I %S/../analyzer/Inputs 2>&1 | FileCheck %s --check-prefix=SILENT --allow-empty
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-cache-coherence' %s -- --target=x86_64-unknown-linux-gnu -I %annotations_include -I %S/../analyzer/Inputs 2>&1 | FileCheck %s --check-prefix=SILENT --allow-empty
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-cache-coherence' -config="{CheckOptions: [{key: dmasafe-cache-coherence.DataCache, value: absent}]}" %s -- --target=thumbv7em-none-eabi -mcpu=cortex-m7 -I %annotations_include -I %S/../analyzer/Inputs 2>&1 | FileCheck %s --check-prefix=SILENT --allow-empty
// SILENT-NOT: warning:
// A section the project's MPU makes non-cacheable, and 64-byte lines.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-cache-coherence' -config="{CheckOptions: [{key: dmasafe-cache-coherence.NonCacheableSections, value: '.dma_buffer'}, {key: dmasafe-cache-coherence.CacheLineSize, value: 64}]}" %s -- --target=thumbv7em-none-eabi -mcpu=cortex-m7 -I %annotations_include -I %S/../analyzer/Inputs 2>&1 | FileCheck %s --check-prefix=OPTS --implicit-check-not='{{warning|error}}:'
// The fix-its of a receive buffer not in whole lines.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-cache-coherence' --export-fixes=%t.yaml %s -- --target=thumbv7em-none-eabi -mcpu=cortex-m7 -I %annotations_include -I %S/../analyzer/Inputs >/dev/null 2>&1; FileCheck %s --check-prefix=FIXIT --input-file=%t.yaml

#include "dma-api.h"

DMA_CACHE_CLEAN void cache_clean(const void *p, size_t len DMA_LEN);
DMA_CACHE_INVALIDATE void cache_invalidate(void *p, size_t len DMA_LEN);

__attribute__((aligned(32))) char frame[64];
__attribute__((aligned(32))) char reply[64];
// OPTS: :[[@LINE-1]]:35: warning: DMA buffer 'reply' receives data (device-to-memory) but is not aligned to 64-byte data cache lines (alignment 32)
__attribute__((aligned(32), section(".dma_buffer"))) char mpu_tx[64];
int use(int);

// --- a start on bytes the CPU wrote ------------------------------------------

void send_filled_frame(struct uart *u) {
  frame[0] = 0x7e;
  uart_tx_dma(u, frame, sizeof frame);
  // CHECK: :[[@LINE-1]]:3: warning: DMA transfer (memory-to-device) of 'frame' starts while bytes the CPU wrote to it are still in the data cache: the engine reads stale memory; clean them before the start [dmasafe-cache-coherence]
  // OPTS: :[[@LINE-2]]:3: warning: DMA transfer (memory-to-device) of 'frame' starts
  uart_wait(u);
}

void send_cleaned_frame_ok(struct uart *u) {
  memset(frame, 0x55, sizeof frame);
  cache_clean(frame, sizeof frame);
  uart_tx_dma(u, frame, sizeof frame);
  uart_wait(u);
}

void send_half_cleaned(struct uart *u) {
  memset(frame, 0, sizeof frame);
  cache_clean(frame, 16);
  uart_tx_dma(u, frame, sizeof frame);
  // CHECK: :[[@LINE-1]]:3: warning: DMA transfer (memory-to-device) of 'frame' starts while bytes the CPU wrote to it are still in the data cache (the clean before the start does not cover them all): the engine reads stale memory; clean them before the start [dmasafe-cache-coherence]
  // OPTS: :[[@LINE-2]]:3: warning: DMA transfer
  uart_wait(u);
}

// Written on one path only: one function's flow does not know which path
// runs, and says nothing (the analyzer reports the path that wrote).
void send_maybe_written(struct uart *u, int patch) {
  if (patch)
    frame[2] = 3;
  uart_tx_dma(u, frame, sizeof frame);
  uart_wait(u);
}

void send_from_mpu_section(struct uart *u) {
  mpu_tx[0] = 1;
  uart_tx_dma(u, mpu_tx, sizeof mpu_tx);
  // CHECK: :[[@LINE-1]]:3: warning: DMA transfer (memory-to-device) of 'mpu_tx' starts while bytes
  uart_wait(u);
}

// --- a read of received bytes -------------------------------------------------

int read_reply(struct uart *u) {
  uart_rx_dma(u, reply, sizeof reply);
  uart_wait(u);
  return reply[0];
  // CHECK: :[[@LINE-1]]:10: warning: read of 'reply' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion: the CPU may read stale cache lines [dmasafe-cache-coherence]
  // CHECK: :[[@LINE-4]]:3: note: DMA transfer (device-to-memory) of 'reply' started here by 'uart_rx_dma'
  // OPTS: :[[@LINE-3]]:10: warning: read of 'reply'
}

int read_reply_invalidated_ok(struct uart *u) {
  uart_rx_dma(u, reply, sizeof reply);
  uart_wait(u);
  cache_invalidate(reply, sizeof reply);
  return reply[0] + reply[1];
}

int read_reply_invalidated_too_early(struct uart *u) {
  cache_invalidate(reply, sizeof reply);
  uart_rx_dma(u, reply, sizeof reply);
  cache_invalidate(reply, sizeof reply);
  uart_wait(u);
  return reply[0] + reply[1]; // one report: the CPU has the lines now
  // CHECK: :[[@LINE-1]]:10: warning: read of 'reply' after its DMA transfer (device-to-memory) completed, with no data cache invalidate after the completion (the one before it does not count: the core may refill the lines while the transfer runs): the CPU may read stale cache lines [dmasafe-cache-coherence]
  // CHECK: note: DMA transfer (device-to-memory) of 'reply' started here
  // OPTS: :[[@LINE-3]]:10: warning: read of 'reply'
}

void read_reply_partly_invalidated(struct uart *u) {
  uart_rx_dma(u, reply, sizeof reply);
  uart_wait(u);
  cache_invalidate(reply, 32);
  use(reply[4]);
  use(reply[48]);
  // CHECK: :[[@LINE-1]]:7: warning: read of 'reply' after its DMA transfer (device-to-memory) completed, where the data cache invalidate since the completion does not cover the bytes read: the CPU may read stale cache lines [dmasafe-cache-coherence]
  // CHECK: note: DMA transfer (device-to-memory) of 'reply' started here
  // OPTS: :[[@LINE-3]]:7: warning: read of 'reply'
}

void copy_reply_out(struct uart *u, char *out) {
  uart_rx_dma(u, reply, sizeof reply);
  uart_wait(u);
  memcpy(out, reply, 8);
  // CHECK: :[[@LINE-1]]:3: warning: read of 'reply' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion: the CPU may read stale cache lines [dmasafe-cache-coherence]
  // CHECK: note: DMA transfer (device-to-memory) of 'reply' started here
  // OPTS: :[[@LINE-3]]:3: warning: read of 'reply'
}

// Completed on one path only: when unsure, say nothing.
int read_reply_maybe_waited_ok(struct uart *u, int wait) {
  uart_rx_dma(u, reply, sizeof reply);
  if (wait)
    uart_wait(u);
  return wait;
}

int read_through_pointer(struct uart *u, char *in) {
  uart_rx_dma(u, in, 16);
  uart_wait(u);
  return in[0];
  // CHECK: :[[@LINE-1]]:10: warning: read of the buffer pointed to by 'in' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion: the CPU may read stale cache lines [dmasafe-cache-coherence]
  // CHECK: note: DMA transfer (device-to-memory) of the buffer pointed to by 'in' started here
  // OPTS: :[[@LINE-3]]:10: warning: read of the buffer pointed to by 'in'
}

// --- receive buffers in whole cache lines -------------------------------------

char status_rx[6];
// CHECK: :[[@LINE-1]]:6: warning: DMA buffer 'status_rx' receives data (device-to-memory) but is neither aligned to 32-byte data cache lines (alignment 1) nor a whole number of them (6 bytes): invalidating its lines discards the neighbouring data that shares them, and their write-back overwrites received bytes [dmasafe-cache-coherence]
// OPTS: :[[@LINE-2]]:6: warning: DMA buffer 'status_rx' receives data (device-to-memory) but is neither aligned to 64-byte data cache lines
__attribute__((aligned(32))) char block_rx[96];
// OPTS: :[[@LINE-1]]:35: warning: DMA buffer 'block_rx' receives data (device-to-memory) but is neither aligned to 64-byte data cache lines (alignment 32) nor a whole number of them (96 bytes)
__attribute__((aligned(32))) char line_rx[32];
// OPTS: :[[@LINE-1]]:35: warning: DMA buffer 'line_rx' receives data (device-to-memory) but is neither aligned to 64-byte data cache lines (alignment 32) nor a whole number of them (32 bytes)

void receive_status(struct uart *u) {
  uart_rx_dma(u, status_rx, sizeof status_rx);
  // CHECK: :[[@LINE-1]]:3: note: DMA transfer (device-to-memory) of 'status_rx' starts here
  uart_wait(u);
  uart_rx_dma(u, status_rx, sizeof status_rx); // reported once
  uart_wait(u);
  uart_rx_dma(u, block_rx, sizeof block_rx); // whole 32-byte lines
  uart_wait(u);
  uart_rx_dma(u, line_rx, sizeof line_rx);
  uart_wait(u);
}

// FIXIT: FilePath: '{{.*}}cache-coherence.c'
// FIXIT: ReplacementText: '__attribute__((aligned(32))) '
// FIXIT: ReplacementText: '32'

// --- a function nothing describes, given the buffer ------------------------
// It may clean or invalidate (a board's flush helper in another file): what
// was dirty or stale there is forgotten. Another buffer, or no buffer at
// all, is no maintenance of this one.
void board_flush(void *p, size_t n);
void board_sync(void);

void send_after_board_flush_ok(struct uart *u) {
  frame[0] = 0x7e;
  board_flush(frame, sizeof frame);
  uart_tx_dma(u, frame, sizeof frame); // no-warning
  uart_wait(u);
}

int read_after_board_flush_ok(struct uart *u) {
  uart_rx_dma(u, reply, sizeof reply);
  uart_wait(u);
  board_flush(reply, sizeof reply);
  return use(reply[0]); // no-warning
}

void send_after_unrelated_calls(struct uart *u) {
  frame[0] = 0x7e;
  board_flush(reply, sizeof reply);
  board_sync();
  uart_tx_dma(u, frame, sizeof frame);
  // CHECK: :[[@LINE-1]]:3: warning: DMA transfer (memory-to-device) of 'frame' starts while bytes the CPU wrote to it are still in the data cache
  // OPTS: :[[@LINE-2]]:3: warning: DMA transfer (memory-to-device) of 'frame' starts
  uart_wait(u);
}

void send_written_after_board_flush(struct uart *u) {
  board_flush(frame, sizeof frame);
  frame[1] = 0x7e;
  uart_tx_dma(u, frame, sizeof frame);
  // CHECK: :[[@LINE-1]]:3: warning: DMA transfer (memory-to-device) of 'frame' starts while bytes the CPU wrote to it are still in the data cache
  // OPTS: :[[@LINE-2]]:3: warning: DMA transfer (memory-to-device) of 'frame' starts
  uart_wait(u);
}
