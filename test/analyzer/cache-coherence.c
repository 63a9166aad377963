// dmasafe.CacheCoherence on a Cortex-M7 (data cache, 32-byte lines): a start
// on bytes the CPU wrote and no clean covered, a read of received bytes no
// invalidate covered after the completion, a receive buffer that is not whole
// cache lines. Each rule has its correct twin.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -target-cpu cortex-m7 \
// RUN:   -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify -verify-ignore-unexpected=note %s -I %annotations_include -I %S/Inputs
// A core without a cache is checked when told it has one.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -target-cpu cortex-m4 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.CacheCoherence:DataCache=present \
// RUN:   -verify -verify-ignore-unexpected=note %s -I %annotations_include -I %S/Inputs
// A core without a data cache, and DataCache=absent: silent.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -target-cpu cortex-m4 \
// RUN:   -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify=silent %s -I %annotations_include -I %S/Inputs
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -target-cpu cortex-m7 \
// RUN:   -analyzer-config dmasafe.CacheCoherence:DataCache=absent \
// RUN:   -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify=silent %s -I %annotations_include -I %S/Inputs
// silent-no-diagnostics
// The fix-its of a receive buffer not in whole lines: the alignment, the size.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -target-cpu cortex-m7 -load %analyzer_plugin \
// RUN:   -analyzer-checker=core,dmasafe -fdiagnostics-parseable-fixits %s -I %annotations_include -I %S/Inputs 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FIXIT

#include "dma-api.h"

DMA_CACHE_CLEAN void cache_clean(const void *p, size_t len DMA_LEN);
DMA_CACHE_INVALIDATE void cache_invalidate(void *p, size_t len DMA_LEN);

__attribute__((aligned(32))) char tx[64];
__attribute__((aligned(32))) char rx[64];
void consume(int);

// --- (a) a start on bytes the CPU wrote ------------------------------------

void tx_written_not_cleaned(struct uart *u) {
  tx[0] = 'A';
  uart_tx_dma(u, tx, sizeof tx); // expected-warning{{DMA transfer (memory-to-device) of 'tx' starts while bytes the CPU wrote to it are still in the data cache: the engine reads stale memory; clean them before the start}}
  uart_wait(u);
}

void tx_cleaned_before_start_ok(struct uart *u) {
  tx[0] = 'A';
  cache_clean(tx, sizeof tx);
  uart_tx_dma(u, tx, sizeof tx); // no-warning
  uart_wait(u);
}

void tx_cleaned_before_the_write(struct uart *u) {
  cache_clean(tx, sizeof tx);
  memset(tx, 0, sizeof tx);
  uart_tx_dma(u, tx, sizeof tx); // expected-warning{{DMA transfer (memory-to-device) of 'tx' starts while bytes the CPU wrote}}
  uart_wait(u);
}

void tx_partly_cleaned(struct uart *u) {
  memset(tx, 0, sizeof tx);
  cache_clean(tx, 32);
  uart_tx_dma(u, tx, sizeof tx); // expected-warning{{still in the data cache (the clean before the start does not cover them all): the engine reads stale memory}}
  uart_wait(u);
}

void tx_written_outside_the_transfer_ok(struct uart *u) {
  tx[40] = 'A';
  uart_tx_dma(u, tx, 32); // no-warning
  uart_wait(u);
}

void tx_through_pointer(struct uart *u, char *msg) {
  msg[0] = 'A';
  uart_tx_dma(u, msg, 16); // expected-warning{{DMA transfer (memory-to-device) of the buffer pointed to by 'msg' starts while bytes the CPU wrote}}
  uart_wait(u);
}

void tx_unknown_clean_address_covers_everything_ok(struct uart *u, unsigned long a) {
  tx[0] = 'A';
  cache_clean((const void *)(a & ~31ul), 64);
  uart_tx_dma(u, tx, sizeof tx); // no-warning
  uart_wait(u);
}

void rx_start_on_dirty_lines(struct uart *u) {
  rx[0] = 0;
  uart_rx_dma(u, rx, sizeof rx); // expected-warning{{DMA transfer (device-to-memory) of 'rx' starts while bytes the CPU wrote to it are still in the data cache: their eviction overwrites the received data; clean or invalidate them before the start}}
  uart_wait(u);
  cache_invalidate(rx, sizeof rx);
  consume(rx[0]);
}

void rx_start_on_invalidated_lines_ok(struct uart *u) {
  rx[0] = 0;
  cache_invalidate(rx, sizeof rx);
  uart_rx_dma(u, rx, sizeof rx); // no-warning
  uart_wait(u);
  cache_invalidate(rx, sizeof rx);
  consume(rx[0]);
}

// --- (b) a read of received bytes ------------------------------------------

void rx_read_without_invalidate(struct uart *u) {
  uart_rx_dma(u, rx, sizeof rx);
  uart_wait(u);
  consume(rx[3]); // expected-warning{{Read of 'rx' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion: the CPU may read stale cache lines}}
}

void rx_invalidated_before_start_only(struct uart *u) {
  cache_invalidate(rx, sizeof rx);
  uart_rx_dma(u, rx, sizeof rx);
  uart_wait(u);
  consume(rx[3]); // expected-warning{{Read of 'rx' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion}}
}

void rx_invalidated_in_flight(struct uart *u) {
  uart_rx_dma(u, rx, sizeof rx);
  cache_invalidate(rx, sizeof rx);
  uart_wait(u);
  consume(rx[3]); // expected-warning{{Read of 'rx' after its DMA transfer (device-to-memory) completed, with no data cache invalidate after the completion (the one before it does not count: the core may refill the lines while the transfer runs): the CPU may read stale cache lines}}
}

int rx_invalidated_after_wait_ok(struct uart *u) {
  if (uart_rx_dma(u, rx, sizeof rx) != 0)
    return -1;
  uart_wait(u);
  cache_invalidate(rx, sizeof rx);
  return rx[3]; // no-warning
}

int rx_failed_start_read_ok(struct uart *u) {
  if (uart_rx_dma(u, rx, sizeof rx) != 0)
    return rx[0]; // no-warning
  uart_wait(u);
  cache_invalidate(rx, sizeof rx);
  return rx[3];
}

void rx_partly_invalidated(struct uart *u) {
  uart_rx_dma(u, rx, sizeof rx);
  uart_wait(u);
  cache_invalidate(rx, 32);
  consume(rx[3]);  // no-warning
  consume(rx[40]); // expected-warning{{Read of 'rx' after its DMA transfer (device-to-memory) completed, where the data cache invalidate since the completion does not cover the bytes read: the CPU may read stale cache lines}}
}

void rx_copied_out_without_invalidate(struct uart *u, char *out) {
  uart_rx_dma(u, rx, sizeof rx);
  uart_wait(u);
  memcpy(out, rx, 8); // expected-warning{{Read of 'rx' after its DMA transfer (device-to-memory) completed}}
}

void rx_read_outside_the_transfer_ok(struct uart *u) {
  uart_rx_dma(u, rx, 32);
  uart_wait(u);
  consume(rx[40]); // no-warning
}

int rx_through_pointer(struct uart *u, char *in) {
  uart_rx_dma(u, in, 32);
  uart_wait(u);
  return in[0]; // expected-warning{{Read of the buffer pointed to by 'in' after its DMA transfer (device-to-memory) completed}}
}

// --- (d) receive buffers in whole cache lines -------------------------------

char small_rx[5]; // expected-warning{{DMA buffer 'small_rx' receives data (device-to-memory) but is neither aligned to 32-byte data cache lines (alignment 1) nor a whole number of them (5 bytes): invalidating its lines discards the neighbouring data that shares them, and their write-back overwrites received bytes}}
// FIXIT: fix-it:"{{.*}}cache-coherence.c":{[[@LINE-1]]:1-[[@LINE-1]]:1}:"__attribute__((aligned(32))) "
// FIXIT: fix-it:"{{.*}}cache-coherence.c":{[[@LINE-2]]:15-[[@LINE-2]]:16}:"32"
__attribute__((aligned(32))) char short_rx[40]; // expected-warning{{DMA buffer 'short_rx' receives data (device-to-memory) but is not a whole number of 32-byte data cache lines (40 bytes)}}
// FIXIT-NOT: fix-it:"{{.*}}cache-coherence.c":{[[@LINE-1]]:1-
// FIXIT: fix-it:"{{.*}}cache-coherence.c":{[[@LINE-2]]:44-[[@LINE-2]]:46}:"64"
char unaligned_rx[64]; // expected-warning{{DMA buffer 'unaligned_rx' receives data (device-to-memory) but is not aligned to 32-byte data cache lines (alignment 1)}}
// FIXIT: fix-it:"{{.*}}cache-coherence.c":{[[@LINE-1]]:1-[[@LINE-1]]:1}:"__attribute__((aligned(32))) "
// FIXIT-NOT: fix-it:"{{.*}}cache-coherence.c":{[[@LINE-2]]:

void rx_line_shapes(struct uart *u) {
  uart_rx_dma(u, small_rx, sizeof small_rx);
  uart_wait(u);
  cache_invalidate(small_rx, sizeof small_rx);
  uart_rx_dma(u, short_rx, sizeof short_rx);
  uart_wait(u);
  cache_invalidate(short_rx, sizeof short_rx);
  uart_rx_dma(u, unaligned_rx, sizeof unaligned_rx);
  uart_wait(u);
  cache_invalidate(unaligned_rx, sizeof unaligned_rx);
}

void tx_buffer_shape_ok(struct uart *u) {
  uart_tx_dma(u, small_rx, sizeof small_rx); // no-warning: the engine only reads
  uart_wait(u);
}

// --- non-cacheable memory ----------------------------------------------------

__attribute__((section(".nocache"))) char nc_buf[5];
__attribute__((section(".nocache.3"))) char zephyr_nocache[5]; // Zephyr __nocache
__attribute__((section("NonCacheable"))) char nxp_buf[5];     // NXP AT_NONCACHEABLE_SECTION

int non_cacheable_ok(struct uart *u) {
  nc_buf[0] = 1;
  uart_tx_dma(u, nc_buf, sizeof nc_buf); // no-warning
  uart_wait(u);
  uart_rx_dma(u, nc_buf, sizeof nc_buf); // no-warning
  uart_wait(u);
  uart_rx_dma(u, zephyr_nocache, sizeof zephyr_nocache); // no-warning
  uart_wait(u);
  uart_rx_dma(u, nxp_buf, sizeof nxp_buf); // no-warning
  uart_wait(u);
  return nc_buf[0] + zephyr_nocache[0] + nxp_buf[0]; // no-warning
}

// --- a function nothing describes, given the buffer ------------------------
// It may clean or invalidate (a board's flush helper in another file): what
// was dirty or stale there is forgotten. Another buffer, or no buffer at
// all, is no maintenance of this one.
void board_flush(void *p, size_t n);
void board_sync(void);

void tx_after_board_flush_ok(struct uart *u) {
  tx[0] = 'A';
  board_flush(tx, sizeof tx);
  uart_tx_dma(u, tx, sizeof tx); // no-warning
  uart_wait(u);
}

void rx_read_after_board_flush_ok(struct uart *u) {
  uart_rx_dma(u, rx, sizeof rx);
  uart_wait(u);
  board_flush(rx, sizeof rx);
  consume(rx[3]); // no-warning
}

void tx_after_unrelated_calls(struct uart *u) {
  tx[0] = 'A';
  board_flush(rx, sizeof rx);
  board_sync();
  uart_tx_dma(u, tx, sizeof tx); // expected-warning{{DMA transfer (memory-to-device) of 'tx' starts while bytes the CPU wrote to it are still in the data cache}}
  uart_wait(u);
}

void rx_read_after_unrelated_call(struct uart *u) {
  uart_rx_dma(u, rx, sizeof rx);
  uart_wait(u);
  board_flush(tx, sizeof tx);
  consume(rx[3]); // expected-warning{{Read of 'rx' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion}}
}

void tx_written_after_board_flush(struct uart *u) {
  board_flush(tx, sizeof tx);
  tx[1] = 'A';
  uart_tx_dma(u, tx, sizeof tx); // expected-warning{{DMA transfer (memory-to-device) of 'tx' starts while bytes the CPU wrote to it are still in the data cache}}
  uart_wait(u);
}
