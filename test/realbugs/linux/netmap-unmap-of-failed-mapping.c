// Source: luigirizzo/netmap commit 55521b3d ("linux: set physical address to 0 on dma mapping failure")
// Codebase: Linux (out-of-tree driver)
// Class: mapping discipline
//
// netmap_load_map() stored dma_map_single()'s result in the buffer's
// lookup entry and returned ENOMEM when dma_mapping_error() said the map
// failed, but left the error cookie (DMA_MAPPING_ERROR, nonzero) in the
// entry. The unload path unmaps every entry whose address is nonzero, so it
// called dma_unmap_single() on a mapping that never existed. The fix
// clears the entry on failure. Reported at the unmap, as DMA-API debug
// reports it, on the path through the teardown before the fix.
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s

#include "linux/dma-mapping.h"

struct netmap_adapter { struct device *pdev; };

static int netmap_load_map_before_fix(struct netmap_adapter *na, dma_addr_t *map, void *buf, unsigned size) {
  *map = dma_map_single(na->pdev, buf, size, DMA_BIDIRECTIONAL);
  if (dma_mapping_error(na->pdev, *map))
    return 12;
  return 0;
}

static int netmap_load_map_after_fix(struct netmap_adapter *na, dma_addr_t *map, void *buf, unsigned size) {
  *map = dma_map_single(na->pdev, buf, size, DMA_BIDIRECTIONAL);
  if (dma_mapping_error(na->pdev, *map)) {
    *map = 0;
    return 12;
  }
  return 0;
}

static void netmap_unload_map(struct netmap_adapter *na, dma_addr_t *map, unsigned size) {
  if (*map)
    dma_unmap_single(na->pdev, *map, size, DMA_BIDIRECTIONAL); // expected-warning{{failed}}
}

// Registration fails half-way and the caller tears down what it mapped.
void netmap_map_one_then_teardown_before_fix(struct netmap_adapter *na, dma_addr_t *paddr, void *buf) {
  netmap_load_map_before_fix(na, paddr, buf, 2048);
  netmap_unload_map(na, paddr, 2048);
}

void netmap_map_one_then_teardown_after_fix(struct netmap_adapter *na, dma_addr_t *paddr, void *buf) {
  netmap_load_map_after_fix(na, paddr, buf, 2048);
  netmap_unload_map(na, paddr, 2048); // no-warning
}
