/* Stand-in for include/linux/dma-mapping.h for the dmasafe-* clang-tidy
 * tests: the streaming-mapping signatures; dma_map_single and
 * dma_unmap_single are macros over the *_attrs functions, as in current
 * kernels. */
#ifndef TIDY_TEST_LINUX_DMA_MAPPING_H
#define TIDY_TEST_LINUX_DMA_MAPPING_H

typedef unsigned long size_t;
typedef unsigned long long dma_addr_t;
typedef unsigned char u8;
#define ENOMEM 12

struct device;

enum dma_data_direction {
  DMA_BIDIRECTIONAL = 0,
  DMA_TO_DEVICE = 1,
  DMA_FROM_DEVICE = 2,
  DMA_NONE = 3,
};

dma_addr_t dma_map_single_attrs(struct device *dev, void *ptr, size_t size,
                                enum dma_data_direction dir, unsigned long attrs);
void dma_unmap_single_attrs(struct device *dev, dma_addr_t addr, size_t size,
                            enum dma_data_direction dir, unsigned long attrs);
void dma_sync_single_for_cpu(struct device *dev, dma_addr_t addr, size_t size,
                             enum dma_data_direction dir);
void dma_sync_single_for_device(struct device *dev, dma_addr_t addr, size_t size,
                                enum dma_data_direction dir);
int dma_mapping_error(struct device *dev, dma_addr_t dma_addr);

#define dma_map_single(d, a, s, r) dma_map_single_attrs(d, a, s, r, 0)
#define dma_unmap_single(d, a, s, r) dma_unmap_single_attrs(d, a, s, r, 0)

#endif
