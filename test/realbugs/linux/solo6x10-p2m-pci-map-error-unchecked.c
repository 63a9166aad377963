// Source: linux-media patch "[REVIEW PATCH 12/19] solo6x10: add call to pci_dma_mapping_error." (Hans Verkuil, 2013-03-18, Message-Id 1363609938-21735-13-git-send-email-hverkuil@xs4all.nl; merged for 3.10)
// Codebase: Linux (drivers/staging/media/solo6x10)
// Class: mapping discipline
//
// solo_p2m_dma() of the Bluecherry/Softlogic 6x10 capture driver mapped a
// kernel buffer with pci_map_single() and went straight on to program the
// P2M engine with the returned address and unmap it afterwards; a failed
// mapping was handed to the hardware. The fix returns -ENOMEM when
// pci_dma_mapping_error() says the mapping failed.
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s
// RUN: %realbugs_tidy %s -- --target=x86_64-unknown-linux-gnu -ffreestanding -I %realbugs_inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "asm-generic/pci-dma-compat.h"

struct solo_dev { struct pci_dev *pdev; };
int solo_p2m_dma_t(struct solo_dev *solo_dev, int wr, dma_addr_t dma_addr, u32 ext_addr, u32 size, int repeat,
                   u32 ext_size);

int solo_p2m_dma_before_fix(struct solo_dev *solo_dev, int wr, void *sys_addr, u32 ext_addr, u32 size, int repeat,
                            u32 ext_size) {
  dma_addr_t dma_addr;
  int ret;
  dma_addr = pci_map_single(solo_dev->pdev, sys_addr, size, wr ? PCI_DMA_TODEVICE : PCI_DMA_FROMDEVICE);
  ret = solo_p2m_dma_t(solo_dev, wr, dma_addr, ext_addr, size, repeat, ext_size);
  pci_unmap_single(solo_dev->pdev, dma_addr, size, wr ? PCI_DMA_TODEVICE : PCI_DMA_FROMDEVICE); // expected-warning{{dma_mapping_error}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}dma_mapping_error{{.*}} [dmasafe-
  return ret;
}

int solo_p2m_dma_after_fix(struct solo_dev *solo_dev, int wr, void *sys_addr, u32 ext_addr, u32 size, int repeat,
                           u32 ext_size) {
  dma_addr_t dma_addr;
  int ret;
  dma_addr = pci_map_single(solo_dev->pdev, sys_addr, size, wr ? PCI_DMA_TODEVICE : PCI_DMA_FROMDEVICE);
  if (pci_dma_mapping_error(solo_dev->pdev, dma_addr))
    return -ENOMEM;
  ret = solo_p2m_dma_t(solo_dev, wr, dma_addr, ext_addr, size, repeat, ext_size);
  pci_unmap_single(solo_dev->pdev, dma_addr, size, wr ? PCI_DMA_TODEVICE : PCI_DMA_FROMDEVICE); // no-warning
  return ret;
}
