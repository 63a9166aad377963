// Source: luigirizzo/netmap commit 95a1b1e5 ("igb: sync dma rx buffers from device", issue #409 "Missing dma synchronization from device")
// Codebase: Linux (out-of-tree driver)
// Class: cache incoherence
//
// netmap keeps its packet buffers mapped for streaming DMA for as long as
// an interface is in netmap mode. The igb rxsync handed a received slot
// (its length from the descriptor) to the application without
// dma_sync_single_for_cpu() on the buffer, so on non-coherent ARM systems
// the application read stale cache lines instead of the packet the NIC had
// written. The fix calls netmap_sync_map() (dma_sync_single_for_cpu,
// DMA_FROM_DEVICE) on each received buffer before passing the slot on.
//
// RUN: %realbugs_analyze -triple aarch64-unknown-linux-gnu %s
// XFAIL: *
// dmasafe misses this today: [escaped-handle] the buffers were mapped at registration (netmap_mem_map) and their handles live in the lookup table; the rxsync only finds them there (PNMB), so no mapping is known on this path
// dmasafe misses this today: [no-cache-check] a CPU read of a streaming FROM_DEVICE buffer without dma_sync_single_for_cpu after the device wrote it is not checked (issue 12 item 3, issue 13 item 3)

#include "linux/dma-mapping.h"

#define NETMAP_BUF_SIZE 2048u
#define E1000_RXD_STAT_DD 0x01
struct netmap_slot { u32 buf_idx; u16 len; u16 flags; };
struct netmap_ring { struct netmap_slot slot[256]; };
struct e1000_rx_desc { volatile u32 status_error; volatile u16 length; };
struct netmap_adapter { struct device *pdev; };
struct lut_entry { void *vaddr; dma_addr_t paddr; };
extern struct lut_entry netmap_lut[];

static void *PNMB(struct netmap_slot *slot, dma_addr_t *paddr) {
  *paddr = netmap_lut[slot->buf_idx].paddr;
  return netmap_lut[slot->buf_idx].vaddr;
}
static void netmap_sync_map(struct netmap_adapter *na, dma_addr_t *map, unsigned sz) {
  if (*map)
    dma_sync_single_for_cpu(na->pdev, *map, sz, DMA_FROM_DEVICE);
}

// The application's side: reads the packet the slot now points to.
static int app_consume(const u8 *pkt, u16 len) { return len > 14 ? pkt[12] : -1; }

int igb_netmap_rxsync_before_fix(struct netmap_adapter *na, struct netmap_ring *ring,
                                 struct e1000_rx_desc *curr, unsigned nm_i) {
  if ((curr->status_error & E1000_RXD_STAT_DD) == 0)
    return 0;
  struct netmap_slot *slot = &ring->slot[nm_i];
  dma_addr_t paddr;
  u8 *buf = PNMB(slot, &paddr);
  slot->len = curr->length;
  slot->flags = 0;
  return app_consume(buf, slot->len); // expected-warning-re{{{{.*}}(sync|[Cc]ache){{.*}}}}
}

int igb_netmap_rxsync_after_fix(struct netmap_adapter *na, struct netmap_ring *ring,
                                struct e1000_rx_desc *curr, unsigned nm_i) {
  if ((curr->status_error & E1000_RXD_STAT_DD) == 0)
    return 0;
  struct netmap_slot *slot = &ring->slot[nm_i];
  dma_addr_t paddr;
  u8 *buf = PNMB(slot, &paddr);
  slot->len = curr->length;
  slot->flags = 0;
  netmap_sync_map(na, &paddr, NETMAP_BUF_SIZE);
  return app_consume(buf, slot->len); // no-warning
}
