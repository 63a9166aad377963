// Source: Linux commit 5173cb814b36 ("mtip32xx: fix checks for dma mapping errors", Alexey Khoroshilov, 2016, v4.6-rc1; found by the Linux Driver Verification project)
// Codebase: Linux (drivers/block/mtip32xx)
// Class: mapping discipline
//
// exec_drive_taskfile() of the Micron P320 PCIe SSD driver mapped the
// taskfile's output buffer with pci_map_single() and tested for failure by
// comparing the returned address with zero, which is no mapping-error test
// (a failed mapping returns DMA_MAPPING_ERROR, and 0 can be a valid bus
// address). The fix uses pci_dma_mapping_error().
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s
// RUN: %realbugs_tidy %s -- --target=x86_64-unknown-linux-gnu -ffreestanding -I %realbugs_inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "asm-generic/pci-dma-compat.h"

struct driver_data { struct pci_dev *pdev; };
int mtip_exec_internal_command(struct driver_data *dd, dma_addr_t buffer, int buf_len);

int exec_drive_taskfile_before_fix(struct driver_data *dd, void *outbuf, unsigned int taskout) {
  dma_addr_t outbuf_dma;
  int err;
  outbuf_dma = pci_map_single(dd->pdev, outbuf, taskout, PCI_DMA_TODEVICE);
  // A mapping at bus address 0 is a valid one, and this return drops it:
  // the analyzer reports that too (clang-tidy has no lost-transfer check).
  if (outbuf_dma == 0)
    return -ENOMEM; // expected-warning{{is lost while the transfer is in flight}}
  err = mtip_exec_internal_command(dd, outbuf_dma, taskout);
  pci_unmap_single(dd->pdev, outbuf_dma, taskout, PCI_DMA_TODEVICE); // expected-warning{{dma_mapping_error}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}dma_mapping_error{{.*}} [dmasafe-
  return err;
}

int exec_drive_taskfile_after_fix(struct driver_data *dd, void *outbuf, unsigned int taskout) {
  dma_addr_t outbuf_dma;
  int err;
  outbuf_dma = pci_map_single(dd->pdev, outbuf, taskout, PCI_DMA_TODEVICE);
  if (pci_dma_mapping_error(dd->pdev, outbuf_dma))
    return -ENOMEM;
  err = mtip_exec_internal_command(dd, outbuf_dma, taskout);
  pci_unmap_single(dd->pdev, outbuf_dma, taskout, PCI_DMA_TODEVICE); // no-warning
  return err;
}
