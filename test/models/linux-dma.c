// The Linux DMA mapping model: the returned dma_addr_t is the handle,
// dma_mapping_error is the error test, kfree is a deallocator, a mapped
// stack buffer is unfit storage.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/linux-dma.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "linux/dma-mapping.h"
#include "linux/slab.h"

int consume(int);

int rx_read_while_mapped(struct device *dev) {
  u8 *buf = kmalloc(64, GFP_KERNEL);
  if (!buf)
    return -ENOMEM;
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_FROM_DEVICE);
  if (dma_mapping_error(dev, h)) {
    kfree(buf); // no-warning: a failed map took nothing
    return -ENOMEM;
  }
  consume(buf[0]); // expected-warning{{Read of the buffer pointed to by 'buf' while a DMA transfer (device-to-memory) is in flight}}
  dma_unmap_single(dev, h, 64, DMA_FROM_DEVICE);
  kfree(buf);
  return 0;
}

int rx_unmap_then_read_ok(struct device *dev) {
  u8 *buf = kmalloc(64, GFP_KERNEL);
  if (!buf)
    return -ENOMEM;
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_FROM_DEVICE);
  if (dma_mapping_error(dev, h)) {
    kfree(buf);
    return -ENOMEM;
  }
  dma_unmap_single(dev, h, 64, DMA_FROM_DEVICE);
  consume(buf[0]); // no-warning
  kfree(buf);
  return 0;
}

int tx_freed_while_mapped(struct device *dev) {
  u8 *buf = kmalloc(64, GFP_KERNEL);
  if (!buf)
    return -ENOMEM;
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_TO_DEVICE);
  if (dma_mapping_error(dev, h)) {
    kfree(buf);
    return -ENOMEM;
  }
  kfree(buf); // expected-warning{{'kfree' releases}}
  dma_unmap_single(dev, h, 64, DMA_TO_DEVICE);
  return 0;
}

int tx_read_while_mapped_ok(struct device *dev, u8 *buf) {
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_TO_DEVICE);
  if (dma_mapping_error(dev, h))
    return -ENOMEM;
  int first = consume(buf[0]); // no-warning: the device only reads a TO_DEVICE mapping
  dma_unmap_single(dev, h, 64, DMA_TO_DEVICE);
  return first;
}

int sync_for_cpu_then_read_ok(struct device *dev, u8 *rx, dma_addr_t unused) {
  dma_addr_t h = dma_map_single(dev, rx, 64, DMA_FROM_DEVICE);
  if (dma_mapping_error(dev, h))
    return -ENOMEM;
  dma_sync_single_for_cpu(dev, h, 64, DMA_FROM_DEVICE);
  return consume(rx[0]); // no-warning
}

void stack_buffer_mapped(struct device *dev) {
  u8 cmd[8] = {1, 2, 3};
  dma_addr_t h = dma_map_single(dev, cmd, sizeof cmd, DMA_TO_DEVICE); // expected-warning{{Stack buffer 'cmd' passed to 'dma_map_single_attrs', which does not accept stack memory}}
  if (dma_mapping_error(dev, h))
    return;
  dma_unmap_single(dev, h, sizeof cmd, DMA_TO_DEVICE);
}

void mapping_handle_dropped(struct device *dev, u8 *buf) {
  dma_map_single(dev, buf, 32, DMA_BIDIRECTIONAL);
} // expected-warning{{The handle of the DMA transfer (bidirectional) of the buffer pointed to by 'buf' is lost while the transfer is in flight}}

int mapped_page_unmapped_ok(struct device *dev, struct page *pg) {
  dma_addr_t h = dma_map_page(dev, pg, 0, 4096, DMA_FROM_DEVICE);
  if (dma_mapping_error(dev, h))
    return -ENOMEM;
  dma_unmap_page(dev, h, 4096, DMA_FROM_DEVICE);
  return 0; // no-warning
}

// A long-lived RX mapping: the CPU reads between sync_for_cpu and
// sync_for_device, and must not after the buffer is handed back.
int rx_ring_poll(struct device *dev, u8 *ring) {
  dma_addr_t h = dma_map_single(dev, ring, 256, DMA_FROM_DEVICE);
  if (dma_mapping_error(dev, h))
    return -ENOMEM;
  dma_sync_single_for_cpu(dev, h, 256, DMA_FROM_DEVICE);
  int v = consume(ring[0]); // no-warning: synced for the CPU
  dma_sync_single_for_device(dev, h, 256, DMA_FROM_DEVICE);
  v += consume(ring[1]); // expected-warning{{Read of the buffer pointed to by 'ring' while a DMA transfer (device-to-memory) is in flight}}
  dma_unmap_single(dev, h, 256, DMA_FROM_DEVICE);
  return v;
}

int rx_sync_for_device_then_unmap_ok(struct device *dev, u8 *ring) {
  dma_addr_t h = dma_map_single(dev, ring, 256, DMA_FROM_DEVICE);
  if (dma_mapping_error(dev, h))
    return -ENOMEM;
  dma_sync_single_for_cpu(dev, h, 256, DMA_FROM_DEVICE);
  ring[0] = 0; // no-warning: the CPU owns it until sync_for_device
  dma_sync_single_for_device(dev, h, 256, DMA_FROM_DEVICE);
  dma_unmap_single(dev, h, 256, DMA_FROM_DEVICE);
  return consume(ring[0]); // no-warning: unmapped
}
