// Linux streaming DMA: dma_sync_single_for_cpu gives a mapped buffer back
// to the CPU (suspend), dma_sync_single_for_device hands it to the device
// again (trigger), both naming the mapping by the dma_addr_t the map
// returned, as dma_unmap_single does.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/linux-dma.yaml'}]}" %s -- -I %S/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
#include <linux/dma-mapping.h>
#include <linux/slab.h>

int consume(int);

int read_between_syncs(struct device *dev) {
  u8 *buf = kmalloc(64, GFP_KERNEL);
  if (!buf)
    return -ENOMEM;
  dma_addr_t h = dma_map_single(dev, buf, 64, DMA_FROM_DEVICE);
  if (dma_mapping_error(dev, h))
    return -ENOMEM;
  int v = buf[0];
  // CHECK: :[[@LINE-1]]:11: warning: read of the buffer pointed to by 'buf' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  // CHECK: :[[@LINE-5]]:18: note: DMA transfer started here by 'dma_map_single_attrs'
  dma_sync_single_for_cpu(dev, h, 64, DMA_FROM_DEVICE);
  v += buf[1]; // the CPU owns it until the sync for the device
  buf[2] = 0;
  dma_sync_single_for_device(dev, h, 64, DMA_FROM_DEVICE);
  v += buf[3];
  // CHECK: :[[@LINE-1]]:8: warning: read of the buffer pointed to by 'buf' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  dma_unmap_single(dev, h, 64, DMA_FROM_DEVICE);
  return v + buf[4];
}

// The usual receive loop: every iteration takes the ring for the CPU,
// reads it and gives it back.
void receive_loop_ok(struct device *dev, u8 *ring, int n) {
  dma_addr_t h = dma_map_single(dev, ring, 256, DMA_FROM_DEVICE);
  if (dma_mapping_error(dev, h))
    return;
  for (int i = 0; i < n; i++) {
    dma_sync_single_for_cpu(dev, h, 256, DMA_FROM_DEVICE);
    consume(ring[i]);
    dma_sync_single_for_device(dev, h, 256, DMA_FROM_DEVICE);
  }
  dma_unmap_single(dev, h, 256, DMA_FROM_DEVICE);
  consume(ring[0]);
}

void write_after_sync_for_device(struct device *dev, u8 *ring) {
  dma_addr_t h = dma_map_single(dev, ring, 256, DMA_TO_DEVICE);
  if (dma_mapping_error(dev, h))
    return;
  dma_sync_single_for_cpu(dev, h, 256, DMA_TO_DEVICE);
  ring[0] = 1; // the CPU's until the sync for the device
  dma_sync_single_for_device(dev, h, 256, DMA_TO_DEVICE);
  ring[1] = 1;
  // CHECK: :[[@LINE-1]]:3: warning: write to the buffer pointed to by 'ring' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
  dma_unmap_single(dev, h, 256, DMA_TO_DEVICE);
}

// Unmapping a mapping given to the CPU ends it: a later sync for the
// device names a handle that no longer maps anything.
void unmap_after_sync_for_cpu_ok(struct device *dev, u8 *ring) {
  dma_addr_t h = dma_map_single(dev, ring, 256, DMA_FROM_DEVICE);
  if (dma_mapping_error(dev, h))
    return;
  dma_sync_single_for_cpu(dev, h, 256, DMA_FROM_DEVICE);
  dma_unmap_single(dev, h, 256, DMA_FROM_DEVICE);
  dma_sync_single_for_device(dev, h, 256, DMA_FROM_DEVICE);
  consume(ring[0]);
}
