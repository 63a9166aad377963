// Source: larrystevenwise/krping PR #12 ("Silence DMA unmap checking")
// Codebase: Linux (out-of-tree driver)
// Class: mapping discipline
//
// krping (the RDMA ping kernel module) mapped its receive and send buffers
// with ib_dma_map_single() and used the returned addresses in its work
// requests without ever calling ib_dma_mapping_error(): a failed map went
// to the device as an address, and a DMA-API-debug kernel (6.8) warned at
// unmap that the mapping error was never checked. The fix checks
// ib_dma_mapping_error() after each map and bails out of the buffer setup.
// Reported where the setup returns with the mapping kept untested (the
// address already copied into the work request's SGE).
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s
// RUN: %realbugs_tidy %s -- --target=x86_64-unknown-linux-gnu -ffreestanding -I %realbugs_inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "rdma/ib_verbs.h"

struct krping_rdma_info { u64 buf; u32 rkey, size; };
struct ib_pd { struct ib_device *device; };
struct krping_cb {
  struct ib_pd *pd;
  struct krping_rdma_info recv_buf;
  u64 recv_dma_addr;
  struct { u64 addr; u32 length; } recv_sgl;
};

int krping_setup_buffers_before_fix(struct krping_cb *cb) {
  cb->recv_dma_addr = ib_dma_map_single(cb->pd->device, &cb->recv_buf, sizeof(cb->recv_buf), DMA_BIDIRECTIONAL);
  cb->recv_sgl.addr = cb->recv_dma_addr;
  cb->recv_sgl.length = sizeof(cb->recv_buf);
  return 0; // expected-warning{{ib_dma_mapping_error}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}ib_dma_mapping_error{{.*}} [dmasafe-
}

int krping_setup_buffers_after_fix(struct krping_cb *cb) {
  cb->recv_dma_addr = ib_dma_map_single(cb->pd->device, &cb->recv_buf, sizeof(cb->recv_buf), DMA_BIDIRECTIONAL);
  if (ib_dma_mapping_error(cb->pd->device, cb->recv_dma_addr))
    return -ENOMEM;
  cb->recv_sgl.addr = cb->recv_dma_addr; // no-warning
  cb->recv_sgl.length = sizeof(cb->recv_buf);
  return 0;
}
