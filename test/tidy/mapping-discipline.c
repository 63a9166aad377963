// dmasafe-mapping-discipline: a streaming mapping unmapped, synced or kept
// without its dma_mapping_error test, unmapped after the test said it
// failed, or unmapped with another size or direction than the map; each
// with its correct twin. Words are the analyzer's (dmasafe.MappingDiscipline).
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-mapping-discipline' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/linux-dma.yaml'}]}" %s -- -I %S/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
#include <linux/dma-mapping.h>

struct ring { struct device *dev; dma_addr_t dma; u8 *buf; };
int post(struct device *dev, dma_addr_t addr);
static int post_checked(struct device *dev, dma_addr_t addr) {
  return dma_mapping_error(dev, addr) ? -ENOMEM : post(dev, addr);
}

void unmap_untested(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_TO_DEVICE);
  post(dev, h);
  dma_unmap_single(dev, h, 64, DMA_TO_DEVICE);
  // CHECK: :[[@LINE-1]]:3: warning: 'dma_unmap_single_attrs' ends the DMA mapping of the buffer pointed to by 'buf', which was never tested with 'dma_mapping_error' on this path: a failed mapping is no address to unmap or sync; test the handle after mapping [dmasafe-mapping-discipline]
  // CHECK: :[[@LINE-4]]:18: note: DMA mapping made here by 'dma_map_single_attrs'; only 'dma_mapping_error' tells a failed mapping from a bus address
}

void unmap_tested_ok(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_TO_DEVICE);
  if (dma_mapping_error(dev, h))
    return;
  post(dev, h);
  dma_unmap_single(dev, h, 64, DMA_TO_DEVICE);
}

// `!h` is no test: the error value is not zero.
void compared_with_zero(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_FROM_DEVICE);
  if (!h)
    return;
  dma_sync_single_for_cpu(dev, h, 64, DMA_FROM_DEVICE);
  // CHECK: :[[@LINE-1]]:3: warning: 'dma_sync_single_for_cpu' ends the DMA mapping of the buffer pointed to by 'buf', which was never tested with 'dma_mapping_error' on this path
  // CHECK: note: DMA mapping made here
  dma_unmap_single(dev, h, 64, DMA_FROM_DEVICE); // reported once
}

// Tested on one path only: one function's flow says nothing (the analyzer
// reports the path with check == 0).
void tested_on_one_path(struct device *dev, u8 *buf, int check) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_TO_DEVICE);
  if (check && dma_mapping_error(dev, h))
    return;
  dma_unmap_single(dev, h, 64, DMA_TO_DEVICE);
}

// A function of this file may test what it is given (it does here): one
// function's flow counts that as a test and says nothing. (The analyzer
// follows the call: its failure path returns -ENOMEM, which the caller
// ignores, and unmaps a mapping that failed.)
void tested_by_helper(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_TO_DEVICE);
  post_checked(dev, h);
  dma_unmap_single(dev, h, 64, DMA_TO_DEVICE);
}

int keep_untested(struct ring *r) {
  r->dma = dma_map_single(r->dev, r->buf, 2048, DMA_FROM_DEVICE);
  return 0;
  // CHECK: :[[@LINE-1]]:3: warning: DMA mapping of the buffer pointed to by 'r->buf' is kept without a 'dma_mapping_error' test on this path: a failed mapping would be used as a bus address; test the handle after mapping [dmasafe-mapping-discipline]
  // CHECK: :[[@LINE-3]]:12: note: DMA mapping made here by 'dma_map_single_attrs'
}

void keep_copy_untested(struct ring *r, u8 *buf) {
  dma_addr_t h = dma_map_single(r->dev, buf, 2048, DMA_TO_DEVICE);
  r->dma = h;
}
// CHECK: :[[@LINE-1]]:1: warning: DMA mapping of the buffer pointed to by 'buf' is kept without a 'dma_mapping_error' test on this path
// CHECK: note: DMA mapping made here

int keep_tested_ok(struct ring *r) {
  r->dma = dma_map_single(r->dev, r->buf, 2048, DMA_FROM_DEVICE);
  return dma_mapping_error(r->dev, r->dma);
}

// Returned: the caller's to test.
dma_addr_t map_for_caller_ok(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_TO_DEVICE);
  return h;
}

// The error value left in the ring, unmapped by a teardown that the
// failure and the success paths share: one function's flow knows only that
// some path failed, and says nothing (the analyzer reports the failure
// path).
void unmap_failed_on_some_path(struct ring *r) {
  r->dma = dma_map_single(r->dev, r->buf, 2048, DMA_FROM_DEVICE);
  if (dma_mapping_error(r->dev, r->dma))
    goto teardown;
  post(r->dev, r->dma);
teardown:
  dma_unmap_single(r->dev, r->dma, 2048, DMA_FROM_DEVICE);
}

void unmap_failed_cleared_ok(struct ring *r) {
  r->dma = dma_map_single(r->dev, r->buf, 2048, DMA_FROM_DEVICE);
  if (dma_mapping_error(r->dev, r->dma)) {
    r->dma = 0;
    return;
  }
  dma_unmap_single(r->dev, r->dma, 2048, DMA_FROM_DEVICE);
}

void unmap_only_failed(struct ring *r) {
  r->dma = dma_map_single(r->dev, r->buf, 2048, DMA_FROM_DEVICE);
  if (dma_mapping_error(r->dev, r->dma)) {
    dma_unmap_single(r->dev, r->dma, 2048, DMA_FROM_DEVICE);
    // CHECK: :[[@LINE-1]]:5: warning: 'dma_unmap_single_attrs' ends a DMA mapping whose error test said it failed: nothing was mapped; clear the stored handle when the mapping fails [dmasafe-mapping-discipline]
    // CHECK: note: DMA mapping made here
    return;
  }
  post(r->dev, r->dma);
}

void unmap_other_size(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_TO_DEVICE);
  if (dma_mapping_error(dev, h))
    return;
  dma_unmap_single(dev, h, 42, DMA_TO_DEVICE);
  // CHECK: :[[@LINE-1]]:3: warning: 'dma_unmap_single_attrs' names the DMA mapping of the buffer pointed to by 'buf' with 42 bytes, but 64 were mapped; unmap with the size of the map [dmasafe-mapping-discipline]
  // CHECK: note: DMA mapping made here
}

void unmap_other_direction(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_TO_DEVICE);
  if (dma_mapping_error(dev, h))
    return;
  dma_unmap_single(dev, h, 64, DMA_FROM_DEVICE);
  // CHECK: :[[@LINE-1]]:3: warning: 'dma_unmap_single_attrs' names the DMA mapping of the buffer pointed to by 'buf' with DMA_FROM_DEVICE, but it was mapped DMA_TO_DEVICE; unmap with the map's direction [dmasafe-mapping-discipline]
  // CHECK: note: DMA mapping made here
}

// A sync of fewer bytes, or either way on a bidirectional map, is fine.
void sync_part_of_bidirectional_ok(struct device *dev, u8 *buf, size_t n) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_BIDIRECTIONAL);
  if (dma_mapping_error(dev, h))
    return;
  dma_sync_single_for_cpu(dev, h, 16, DMA_FROM_DEVICE);
  dma_sync_single_for_device(dev, h, 16, DMA_TO_DEVICE);
  dma_unmap_single(dev, h, n, DMA_BIDIRECTIONAL); // a size not known here
}
