/* Stand-in for include/rdma/ib_verbs.h: the DMA mapping wrappers of the
 * RDMA core, written for the model tests. */
#ifndef TEST_RDMA_IB_VERBS_H
#define TEST_RDMA_IB_VERBS_H
#include "linux/dma-mapping.h"
typedef unsigned long long u64;
struct ib_device;
u64 ib_dma_map_single(struct ib_device *dev, void *cpu_addr, size_t size,
                      enum dma_data_direction direction);
void ib_dma_unmap_single(struct ib_device *dev, u64 addr, size_t size,
                         enum dma_data_direction direction);
int ib_dma_mapping_error(struct ib_device *dev, u64 dma_addr);
#endif
