// Source: Linux commit 4a28d77e3590 ("usb: gadget: pch_udc: Check for DMA mapping error", Andy Shevchenko, 2021; stable 5.4 086/244)
// Codebase: Linux (drivers/usb/gadget/udc)
// Class: mapping discipline
//
// init_dma_pools() of the Intel EG20T PCH USB device controller mapped the
// ep0 OUT buffer with dma_map_single(), kept the address in dev->dma_addr
// and returned 0 without testing it: a failed mapping was programmed into
// the controller later, and DMA-API debug complained "device driver failed
// to check map error [device address=0x00000000027ee678] [size=64 bytes]
// [mapped as single]". The fix returns dma_mapping_error() instead.
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s
// RUN: %realbugs_tidy %s -- --target=x86_64-unknown-linux-gnu -ffreestanding -I %realbugs_inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "linux/dma-mapping.h"
#include "linux/slab.h"

struct device { int id; };
struct pci_dev { struct device dev_; };
struct pch_udc_dev { struct pci_dev *pdev; dma_addr_t dma_addr; };
#define UDC_EP0OUT_BUFF_SIZE 16
void *devm_kzalloc(struct device *dev, size_t size, gfp_t gfp);

int init_dma_pools_before_fix(struct pch_udc_dev *dev) {
  void *ep0out_buf = devm_kzalloc(&dev->pdev->dev_, UDC_EP0OUT_BUFF_SIZE * 4, GFP_KERNEL);
  if (!ep0out_buf)
    return -ENOMEM;
  dev->dma_addr = dma_map_single(&dev->pdev->dev_, ep0out_buf, UDC_EP0OUT_BUFF_SIZE * 4, DMA_FROM_DEVICE);
  return 0; // expected-warning{{dma_mapping_error}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}dma_mapping_error{{.*}} [dmasafe-
}

int init_dma_pools_after_fix(struct pch_udc_dev *dev) {
  void *ep0out_buf = devm_kzalloc(&dev->pdev->dev_, UDC_EP0OUT_BUFF_SIZE * 4, GFP_KERNEL);
  if (!ep0out_buf)
    return -ENOMEM;
  dev->dma_addr = dma_map_single(&dev->pdev->dev_, ep0out_buf, UDC_EP0OUT_BUFF_SIZE * 4, DMA_FROM_DEVICE);
  return dma_mapping_error(&dev->pdev->dev_, dev->dma_addr); // no-warning
}
