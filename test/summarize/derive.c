// dmasafe.Summaries: the contract each function has from its body, written
// as a model file (`dmasafe summarize` runs it over a build). Each function
// below is one shape; the model it gives is checked after it, and the file
// is read back by the analyzer as a model.
//
// RUN: rm -f %t.yaml
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe.Summaries \
// RUN:   -analyzer-inlining-mode=all -analyzer-config dmasafe.Summaries:Output=%t.yaml \
// RUN:   -I %annotations_include %s
// RUN: FileCheck %s --input-file=%t.yaml
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%t.yaml' -x c /dev/null

#include "dmasafe/annotations.h"
typedef unsigned long size_t;
typedef unsigned char uint8_t;

struct spi { int busy; };
struct spi bus;

DMA_SUCCESS_RETURNS(0)
int spi_start(struct spi *s DMA_HANDLE, const uint8_t *tx DMA_OWNED_TX,
              size_t n DMA_LEN);
DMA_WAITS void spi_wait(struct spi *s DMA_HANDLE);
DMA_ABORTS void spi_abort(struct spi *s DMA_HANDLE);
void dev_read(void *buf DMA_STABLE, size_t n);
int nrf_tx(const void *buf DMA_OWNED_TX DMA_IN_RAM, size_t n DMA_LEN);

// CHECK: # Contracts derived from function bodies by dmasafe summarize
// CHECK: api: summary

// A start that returns with its transfer in flight, on a caller's handle;
// its success is the start's own, returned.
// CHECK:      # from {{.*}}derive.c:[[@LINE+6]]
// CHECK-NEXT: # DMA_SUCCESS_RETURNS(0) int board_send(struct spi *dev DMA_HANDLE, const uint8_t *data DMA_OWNED_TX, size_t len DMA_LEN);
// CHECK-NEXT: - name: board_send
// CHECK-NEXT:   api: annotated
// CHECK-NEXT:   role: start
// CHECK-NEXT:   handle: {param: 0}
int board_send(struct spi *dev, const uint8_t *data, size_t len) {
  return spi_start(dev, data, len);
}
// CHECK-NEXT:   success: {equals: 0}
// CHECK-NEXT:   buffers:
// CHECK-NEXT:     - param: 1
// CHECK-NEXT:       direction: to-device
// CHECK-NEXT:       length: {param: 2}

// The handle is a global: the buffer names the transfer. An early return
// with -1 took nothing.
// CHECK:      - name: bus_send
// CHECK-NEXT:   api: annotated
// CHECK-NEXT:   role: start
// CHECK-NEXT:   success: {equals: 0}
// CHECK-NEXT:   buffers:
// CHECK-NEXT:     - param: 0
int bus_send(const uint8_t *data, size_t len) {
  if (len == 0)
    return -1;
  (void)spi_start(&bus, data, len);
  return 0;
}

// The handle is a fixed address (a controller's channel registers, as SPL
// and CMSIS name them): the caller names it as well as the function does.
// CHECK:      - name: channel_send
// CHECK-NEXT:   api: annotated
// CHECK-NEXT:   role: start
// CHECK-NEXT:   success: {equals: 0}
// CHECK-NEXT:   buffers:
// CHECK-NEXT:     - param: 0
#define SPI1_CHANNEL ((struct spi *)0x40013000u)
int channel_send(const uint8_t *data, size_t len) {
  return spi_start(SPI1_CHANNEL, data, len);
}

// A member buffer and a member length of a parameter.
struct frame { const uint8_t *bytes; size_t count; };
// CHECK:      - name: frame_send
// CHECK:          field: bytes
void frame_send(struct spi *dev, struct frame *f) {
  spi_start(dev, f->bytes, 8);
}

// Starts and waits: no transfer outlives it; it waits for what is on the
// caller's handle.
// CHECK:      - name: send_and_wait
// CHECK-NEXT:   api: annotated
// CHECK-NEXT:   role: wait
void send_and_wait(struct spi *dev, const uint8_t *data, size_t len) {
  spi_start(dev, data, len);
  spi_wait(dev);
}

// A wait and an abort on what a parameter points to.
struct board { struct spi spi; int other; };
// CHECK:      - name: board_wait
// CHECK-NEXT:   api: annotated
// CHECK-NEXT:   role: wait
// CHECK-NEXT:   handle: {param: 0}
void board_wait(struct board *b) { spi_wait(&b->spi); }
// CHECK:      - name: board_abort
// CHECK-NEXT:   api: annotated
// CHECK-NEXT:   role: abort
// CHECK-NEXT:   handle: {param: 0}
void board_abort(struct board *b) { spi_abort(&b->spi); }

// A wait on a global channel: a wait that completes every transfer.
// CHECK:      # DMA_WAITS_SIGNAL void bus_wait(void);
// CHECK-NEXT: - name: bus_wait
// CHECK-NEXT:   api: annotated
// CHECK-NEXT:   role: wait-signal
void bus_wait(void) { spi_wait(&bus); }

// A wait only where the code asks for it: no contract.
// CHECK-NOT: name: maybe_wait
void maybe_wait(struct spi *s, int blocking) {
  if (blocking)
    spi_wait(s);
}

// Waits for the last transfer, then starts the next: a caller's second
// call is no double start, so no start is derived (only the wait).
// CHECK:      - name: wait_then_send
// CHECK-NEXT:   api: annotated
// CHECK-NEXT:   role: wait
void wait_then_send(struct spi *dev, const uint8_t *data, size_t len) {
  spi_wait(dev);
  spi_start(dev, data, len);
}

// The requirement of a synchronous call is inherited.
// CHECK:      # void read_block(void *dst DMA_STABLE, size_t n);
// CHECK-NEXT: - name: read_block
// CHECK-NEXT:   api: annotated
// CHECK-NEXT:   role: requires-storage
// CHECK-NEXT:   buffers:
// CHECK-NEXT:     - param: 0
// CHECK-NEXT:       requires: [stable]
void read_block(void *dst, size_t n) { dev_read(dst, n); }

// A start's requirement goes with its buffer.
// CHECK:      - name: radio_send
// CHECK:          requires: [ram]
void radio_send(const uint8_t *p, size_t n) { nrf_tx(p, n); }

// Through a helper of the same file: inlined, the same contract.
static int helper(struct spi *s, const uint8_t *d, size_t n) {
  return spi_start(s, d, n);
}
// CHECK:      - name: through_helper
// CHECK-NEXT:   api: annotated
// CHECK-NEXT:   role: start
// CHECK-NEXT:   handle: {param: 0}
int through_helper(struct spi *s, const uint8_t *d, size_t n) {
  return helper(s, d, n);
}
// A static function has no callers in other files.
// CHECK-NOT: name: helper

// A local buffer is no parameter's: nothing to inherit.
// CHECK-NOT: name: own_buffer
static uint8_t pool[8];
void own_buffer(struct spi *s) { spi_start(s, pool, sizeof pool); }

// A function with a contract of its own keeps it.
// CHECK-NOT: name: annotated_send
DMA_SUCCESS_RETURNS(0)
int annotated_send(struct spi *s DMA_HANDLE, const uint8_t *d DMA_OWNED_TX,
                   size_t n DMA_LEN) {
  return spi_start(s, d, n);
}
