// The Linux mapping discipline: a handle returned by dma_map_single may be
// the error value; only dma_mapping_error tells. An unmap or sync before
// that test on the path, a mapping kept (stored, not returned) untested,
// an unmap of a handle the test found failed, and an unmap or sync that
// names another size or direction than the map are reported; the tested
// mapping, a handle returned to a caller that tests it, and the failure
// branch that maps nothing are not.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/linux-dma.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "linux/dma-mapping.h"

struct rx_ring { struct device *dev; dma_addr_t dma; u8 *buf; };
int hw_post(struct device *dev, dma_addr_t addr);

int unmap_untested(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_TO_DEVICE);
  int ret = hw_post(dev, h);
  dma_unmap_single(dev, h, 64, DMA_TO_DEVICE); // expected-warning{{'dma_unmap_single_attrs' ends the DMA mapping of the buffer pointed to by 'buf', which was never tested with 'dma_mapping_error' on this path: a failed mapping is no address to unmap or sync; test the handle after mapping}}
  return ret;
}

int unmap_tested_ok(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_TO_DEVICE);
  if (dma_mapping_error(dev, h))
    return -ENOMEM;
  int ret = hw_post(dev, h);
  dma_unmap_single(dev, h, 64, DMA_TO_DEVICE); // no-warning
  return ret;
}

// A zero address is no test: 0 can be a bus address, the error is not 0.
int unmap_after_zero_compare(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_TO_DEVICE);
  if (!h)
    return -ENOMEM; // expected-warning{{lost}}
  dma_unmap_single(dev, h, 64, DMA_TO_DEVICE); // expected-warning{{never tested with 'dma_mapping_error'}}
  return 0;
}

void sync_untested(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_FROM_DEVICE);
  dma_sync_single_for_cpu(dev, h, 64, DMA_FROM_DEVICE); // expected-warning{{'dma_sync_single_for_cpu' ends the DMA mapping}}
  dma_sync_single_for_device(dev, h, 64, DMA_FROM_DEVICE); // one report per path
  dma_unmap_single(dev, h, 64, DMA_FROM_DEVICE);
}

// Kept in the ring and reported as set up: used later as a bus address.
int ring_setup_untested(struct rx_ring *r) {
  r->dma = dma_map_single(r->dev, r->buf, 2048, DMA_FROM_DEVICE);
  return 0; // expected-warning{{DMA mapping of the buffer pointed to by 'r->buf' is kept without a 'dma_mapping_error' test on this path: a failed mapping would be used as a bus address}}
}

int ring_setup_tested_ok(struct rx_ring *r) {
  r->dma = dma_map_single(r->dev, r->buf, 2048, DMA_FROM_DEVICE);
  if (dma_mapping_error(r->dev, r->dma))
    return -ENOMEM;
  return 0; // no-warning
}

int ring_setup_returns_test_ok(struct rx_ring *r) {
  r->dma = dma_map_single(r->dev, r->buf, 2048, DMA_FROM_DEVICE);
  return dma_mapping_error(r->dev, r->dma); // no-warning
}

// A helper that returns the handle leaves the test to its caller.
static dma_addr_t map_for_tx(struct device *dev, u8 *buf) {
  return dma_map_single(dev, buf, 128, DMA_TO_DEVICE);
}

dma_addr_t map_helper_alone_ok(struct device *dev, u8 *buf) {
  return map_for_tx(dev, buf); // no-warning
}

int caller_tests_helper_ok(struct device *dev, u8 *buf) {
  dma_addr_t h = map_for_tx(dev, buf);
  if (dma_mapping_error(dev, h))
    return -ENOMEM;
  dma_unmap_single(dev, h, 128, DMA_TO_DEVICE); // no-warning
  return 0;
}

int caller_skips_test(struct device *dev, u8 *buf) {
  dma_addr_t h = map_for_tx(dev, buf);
  dma_unmap_single(dev, h, 128, DMA_TO_DEVICE); // expected-warning{{never tested with 'dma_mapping_error'}}
  return 0;
}

// A failed mapping stored for a later teardown: the teardown unmaps the
// error value.
static int load_map(struct rx_ring *r) {
  r->dma = dma_map_single(r->dev, r->buf, 2048, DMA_FROM_DEVICE);
  if (dma_mapping_error(r->dev, r->dma))
    return -ENOMEM;
  return 0;
}

static int load_map_clears(struct rx_ring *r) {
  r->dma = dma_map_single(r->dev, r->buf, 2048, DMA_FROM_DEVICE);
  if (dma_mapping_error(r->dev, r->dma)) {
    r->dma = 0;
    return -ENOMEM;
  }
  return 0;
}

void teardown_after_failed_map(struct rx_ring *r) {
  if (load_map(r) && r->dma)
    dma_unmap_single(r->dev, r->dma, 2048, DMA_FROM_DEVICE); // expected-warning{{'dma_unmap_single_attrs' ends a DMA mapping whose error test said it failed: nothing was mapped; clear the stored handle when the mapping fails}}
}

void teardown_after_cleared_map_ok(struct rx_ring *r) {
  if (load_map_clears(r) && r->dma)
    dma_unmap_single(r->dev, r->dma, 2048, DMA_FROM_DEVICE); // no-warning
}

// The unmap and the sync name the mapping's size and direction again.
void unmap_other_size(struct device *dev, u8 *buf, unsigned len) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_TO_DEVICE);
  if (dma_mapping_error(dev, h))
    return;
  dma_unmap_single(dev, h, 42, DMA_TO_DEVICE); // expected-warning{{'dma_unmap_single_attrs' names the DMA mapping of the buffer pointed to by 'buf' with 42 bytes, but 64 were mapped; unmap with the size of the map}}
}

void unmap_other_direction(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_TO_DEVICE);
  if (dma_mapping_error(dev, h))
    return;
  dma_unmap_single(dev, h, 64, DMA_FROM_DEVICE); // expected-warning{{'dma_unmap_single_attrs' names the DMA mapping of the buffer pointed to by 'buf' with DMA_FROM_DEVICE, but it was mapped DMA_TO_DEVICE; unmap with the map's direction}}
}

void sync_more_than_mapped(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_FROM_DEVICE);
  if (dma_mapping_error(dev, h))
    return;
  dma_sync_single_for_cpu(dev, h, 128, DMA_FROM_DEVICE); // expected-warning{{with 128 bytes, but 64 were mapped; sync no more than was mapped}}
  dma_unmap_single(dev, h, 64, DMA_FROM_DEVICE);
}

void sync_part_and_either_way_of_bidirectional_ok(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_BIDIRECTIONAL);
  if (dma_mapping_error(dev, h))
    return;
  dma_sync_single_for_cpu(dev, h, 16, DMA_FROM_DEVICE); // no-warning
  dma_sync_single_for_device(dev, h, 16, DMA_TO_DEVICE); // no-warning
  dma_unmap_single(dev, h, 64, DMA_BIDIRECTIONAL); // no-warning
}

// Sizes and directions the path does not know are not compared.
void unmap_unknown_size_ok(struct device *dev, u8 *buf, unsigned len, unsigned other, int dir) {
  dma_addr_t h = dma_map_single(dev, buf, len, (enum dma_data_direction)dir);
  if (dma_mapping_error(dev, h))
    return;
  dma_unmap_single(dev, h, other, DMA_FROM_DEVICE); // no-warning
}

void unmap_same_variable_size_ok(struct device *dev, u8 *buf, unsigned len) {
  dma_addr_t h = dma_map_single(dev, buf, len, DMA_TO_DEVICE);
  if (dma_mapping_error(dev, h))
    return;
  dma_unmap_single(dev, h, len, DMA_TO_DEVICE); // no-warning
}

// A void function that keeps a copy of the handle untested: reported at
// the end of its body (building this report once looped forever).
void keep_copy_in_void_function(struct rx_ring *r) {
  dma_addr_t h = dma_map_single(r->dev, r->buf, 2048, DMA_TO_DEVICE);
  r->dma = h;
} // expected-warning{{DMA mapping of the buffer pointed to by 'r->buf' is kept without a 'dma_mapping_error' test on this path}}
