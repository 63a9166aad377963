// Drivers keep the dma_addr_t of a mapping in their private struct and
// unmap it later (in the completion interrupt or at teardown). A handle
// stored where the caller can reach it has escaped: it is not lost.
//
// The checker treats a returned handle stored outside the frame as escaped.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/linux-dma.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "linux/dma-mapping.h"
#include "linux/slab.h"

struct my_dev {
  struct device *dev;
  u8 *rx;
  dma_addr_t rx_dma;
};
int consume(int);

int rx_map_kept_in_private_struct_ok(struct my_dev *md) {
  md->rx = kmalloc(64, GFP_KERNEL);
  if (!md->rx)
    return -ENOMEM;
  md->rx_dma = dma_map_single(md->dev, md->rx, 64, DMA_FROM_DEVICE);
  if (dma_mapping_error(md->dev, md->rx_dma))
    return -ENOMEM;
  return 0; // no-warning: the interrupt handler unmaps md->rx_dma
}

int tx_freed_while_mapped_kept_handle(struct my_dev *md, u8 *buf) {
  md->rx_dma = dma_map_single(md->dev, buf, 64, DMA_TO_DEVICE);
  if (dma_mapping_error(md->dev, md->rx_dma))
    return -ENOMEM;
  kfree(buf); // expected-warning{{'kfree' releases}}
  return 0;
}
