// Source: luigirizzo/netmap commit edd4b366 (PR #410, issue #407 "Unloading of DMA mappings is not correct")
// Codebase: Linux (out-of-tree driver)
// Class: mapping discipline
//
// netmap's Linux memory allocator maps each buffer cluster with
// dma_map_single(size = the pool's cluster size) in a loop starting at
// index 0, but netmap_mem_unmap() started its loop at index 2 and unmapped
// with NETMAP_BUF_SIZE (one buffer): the first cluster was never unmapped
// and every other unmap had a different size than its map. The leaked and
// partly unmapped IOVA space made later registrations fail and, with an
// IOMMU, ended in a kernel oops. The fix starts at 0 and passes the
// cluster size to netmap_unload_map().
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s
// XFAIL: *
// dmasafe misses this today: [mapping-discipline] the unmap size is compared with the map only on one path, here broken by the lookup table; mappings never unmapped (cluster 0) are not reported (issue 12 item 3)
// dmasafe misses this today: [escaped-handle] the handles live in a lookup table (lut->plut[i].paddr) filled in one function and unmapped in another

#include "linux/dma-mapping.h"

#define NETMAP_BUF_SIZE 2048u
struct plut_entry { dma_addr_t paddr; void *vaddr; };
struct netmap_lut { struct plut_entry *plut; };
struct netmap_obj_pool { unsigned _clustsize, _clustentries, objtotal; };
struct netmap_adapter { struct device *pdev; };

static int netmap_load_map(struct netmap_adapter *na, dma_addr_t *map, void *buf, unsigned size) {
  *map = dma_map_single(na->pdev, buf, size, DMA_BIDIRECTIONAL);
  if (dma_mapping_error(na->pdev, *map)) {
    *map = 0;
    return 12;
  }
  return 0;
}

int netmap_mem_map(struct netmap_obj_pool *p, struct netmap_adapter *na, struct netmap_lut *lut) {
  for (unsigned i = 0; i < p->objtotal; i += p->_clustentries)
    if (lut->plut[i].vaddr && netmap_load_map(na, &lut->plut[i].paddr, lut->plut[i].vaddr, p->_clustsize))
      return 12;
  return 0;
}

void netmap_mem_unmap_before_fix(struct netmap_obj_pool *p, struct netmap_adapter *na, struct netmap_lut *lut) {
  for (unsigned i = 2; i < p->objtotal; i += p->_clustentries)
    if (lut->plut[i].paddr)
      dma_unmap_single(na->pdev, lut->plut[i].paddr, NETMAP_BUF_SIZE, DMA_BIDIRECTIONAL); // expected-warning{{size}}
}

void netmap_mem_unmap_after_fix(struct netmap_obj_pool *p, struct netmap_adapter *na, struct netmap_lut *lut) {
  for (unsigned i = 0; i < p->objtotal; i += p->_clustentries)
    if (lut->plut[i].paddr)
      dma_unmap_single(na->pdev, lut->plut[i].paddr, p->_clustsize, DMA_BIDIRECTIONAL); // no-warning
}
