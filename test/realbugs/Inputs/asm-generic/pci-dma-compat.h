/* Stand-in for include/asm-generic/pci-dma-compat.h (real-bug corpus; the
 * legacy PCI DMA wrappers, removed in 5.18). */
#ifndef REALBUGS_ASM_GENERIC_PCI_DMA_COMPAT_H
#define REALBUGS_ASM_GENERIC_PCI_DMA_COMPAT_H
#include "linux/types.h"
struct pci_dev { struct device *dev; };
#define PCI_DMA_BIDIRECTIONAL 0
#define PCI_DMA_TODEVICE 1
#define PCI_DMA_FROMDEVICE 2
dma_addr_t pci_map_single(struct pci_dev *hwdev, void *ptr, size_t size, int direction);
void pci_unmap_single(struct pci_dev *hwdev, dma_addr_t dma_addr, size_t size, int direction);
int pci_dma_mapping_error(struct pci_dev *pdev, dma_addr_t dma_addr);
#endif
