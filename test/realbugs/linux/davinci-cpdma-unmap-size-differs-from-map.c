// Source: netdev patch "[PATCH v2] net: ethernet: ti: davinci_cpdma: fix warning "device driver frees DMA memory with different size"" (Grygorii Strashko, 2019-12-04, Message-Id 20191204165029.9264-1-grygorii.strashko@ti.com; Fixes: 6670acacd59e)
// Codebase: Linux (drivers/net/ethernet/ti)
// Class: mapping discipline
//
// cpdma_chan_submit_si() of the TI CPSW DMA engine padded short packets to
// the minimum packet size before dma_map_single(), but had already stored
// the unpadded length in the descriptor's sw_len; __cpdma_chan_free() later
// unmapped the buffer with that sw_len: "DMA-API: cpsw 48484000.ethernet:
// device driver frees DMA memory with different size [map size=64 bytes]
// [unmap size=42 bytes]". The fix sets sw_len after the padding.
//
// RUN: %realbugs_analyze -triple armv7a-unknown-linux-gnueabihf %s
// XFAIL: *
// dmasafe misses this today: [escaped-handle] the mapping's handle and length live in the hardware descriptor between the submit and the free, two functions of the driver; an unmap size is compared only with a map on the same path (issue 12 item 3)

#include "linux/dma-mapping.h"

struct cpdma_desc { u32 hw_len; u32 sw_len; dma_addr_t sw_buffer; };
struct cpdma_chan { struct device *dev; int dir; int min_packet_size; };

int cpdma_chan_submit_before_fix(struct cpdma_chan *chan, struct cpdma_desc *desc, void *data_virt, int len) {
  dma_addr_t buffer;
  int swlen = len;
  if (len < chan->min_packet_size)
    len = chan->min_packet_size;
  buffer = dma_map_single(chan->dev, data_virt, len, (enum dma_data_direction)chan->dir);
  if (dma_mapping_error(chan->dev, buffer))
    return -EINVAL;
  desc->sw_buffer = buffer;
  desc->hw_len = len;
  desc->sw_len = swlen;
  return 0;
}

void cpdma_chan_free_before_fix(struct cpdma_chan *chan, struct cpdma_desc *desc) {
  dma_unmap_single(chan->dev, desc->sw_buffer, desc->sw_len, (enum dma_data_direction)chan->dir); // expected-warning{{size}}
}

int cpdma_chan_submit_after_fix(struct cpdma_chan *chan, struct cpdma_desc *desc, void *data_virt, int len) {
  dma_addr_t buffer;
  int swlen;
  if (len < chan->min_packet_size)
    len = chan->min_packet_size;
  swlen = len;
  buffer = dma_map_single(chan->dev, data_virt, len, (enum dma_data_direction)chan->dir);
  if (dma_mapping_error(chan->dev, buffer))
    return -EINVAL;
  desc->sw_buffer = buffer;
  desc->hw_len = len;
  desc->sw_len = swlen;
  return 0;
}

void cpdma_chan_free_after_fix(struct cpdma_chan *chan, struct cpdma_desc *desc) {
  dma_unmap_single(chan->dev, desc->sw_buffer, desc->sw_len, (enum dma_data_direction)chan->dir); // no-warning
}
