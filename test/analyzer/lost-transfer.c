// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-output=text -verify %s -I %annotations_include

#include <dmasafe/annotations.h>
typedef __SIZE_TYPE__ size_t;
typedef unsigned long dma_addr_t;
struct device;
struct xfer { int state; };

DMA_RETURNS_HANDLE
dma_addr_t map_single(struct device *d, void *buf DMA_OWNED, size_t n DMA_LEN);
DMA_WAITS void unmap_single(dma_addr_t h DMA_HANDLE);
DMA_ERROR_TEST int mapping_error(dma_addr_t h DMA_HANDLE);

DMA_SUCCESS_RETURNS(0)
int xfer_start(struct xfer *x DMA_HANDLE, void *buf DMA_OWNED_TX, size_t n DMA_LEN);
DMA_WAITS void xfer_wait(struct xfer *x DMA_HANDLE);

char buf[64];
dma_addr_t saved;

void dropped_handle(struct device *d) {
  map_single(d, buf, sizeof buf); // expected-note{{DMA transfer (bidirectional) of 'buf' started here}}
                                  // expected-note@-1{{wait for the transfer (e.g. 'unmap_single') before dropping its handle}}
} // expected-warning{{The handle of the DMA transfer (bidirectional) of 'buf' is lost while the transfer is in flight}}
  // expected-note@-1{{The handle of the DMA transfer (bidirectional) of 'buf' is lost while the transfer is in flight}}

void unmapped_ok(struct device *d) {
  dma_addr_t h = map_single(d, buf, sizeof buf);
  unmap_single(h); // no-warning
}

void handle_kept_in_global_ok(struct device *d) {
  saved = map_single(d, buf, sizeof buf); // no-warning
}

dma_addr_t handle_returned_ok(struct device *d) {
  return map_single(d, buf, sizeof buf); // no-warning
}

int mapping_failed_ok(struct device *d) {
  dma_addr_t h = map_single(d, buf, sizeof buf);
  if (mapping_error(h))
    return -1; // no-warning: nothing was mapped
  unmap_single(h);
  return 0;
}

void local_handle_object_goes_out_of_scope(void) {
  struct xfer x;
  xfer_start(&x, buf, 16); // expected-note{{DMA transfer (memory-to-device) of 'buf' started here}}
                           // expected-note@-1{{wait for the transfer (e.g. 'xfer_wait') before the handle goes out of scope}}
} // expected-warning{{Handle 'x' of the DMA transfer (memory-to-device) of 'buf' goes out of scope while the transfer is in flight}}
  // expected-note@-1{{Handle 'x' of the DMA transfer}}

void local_handle_object_waited_ok(void) {
  struct xfer x;
  if (xfer_start(&x, buf, 16) == 0)
    xfer_wait(&x);
} // no-warning
