// Source: apache/nuttx commit 8edbf04a0d0 ("arch/arm/src/imxrt/imxrt_edma.c: Correct arguments to arch_clean_dcache() and arch_invalidate_dcache()")
// Codebase: NuttX
// Class: cache incoherence
//
// NuttX's cache calls take a start and an END address, but the i.MX RT eDMA
// driver passed a start and a SIZE: arch_clean_dcache(config->saddr,
// config->nbytes) cleaned the range [saddr, nbytes), which for a RAM address
// above nbytes is empty, and the same for the TCD and the RX invalidate. TX
// data the CPU had just written stayed in the D-cache while the eDMA read
// RAM. The fix passes start + size as the end.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi -target-cpu cortex-m7 %s
// XFAIL: *
// dmasafe misses this today: [in-vendor-driver] the bug is inside the eDMA driver's own transfer setup (imxrt_dmach_xfrsetup), which models/nuttx-edma.yaml describes as the fixed driver behaves (it cleans the source); the reduction keeps the driver's code, whose start (imxrt_dmach_start, declared here and not in imxrt_edma.h) the model does not apply to
// dmasafe misses this today: [no-cache-check] a size passed where the end address belongs (an integer that is no address past the start) is not recognised: a range it cannot follow is taken to cover everything (issue 13 item 2)

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nuttx/include/nuttx/cache.h"

typedef void *DMACH_HANDLE;
typedef void (*edma_callback_t)(DMACH_HANDLE handle, void *arg, bool done, int result);
struct imxrt_edma_xfrconfig_s {
  uint32_t saddr;
  uint32_t daddr;
  uint32_t nbytes;
};
void imxrt_tcd_program(DMACH_HANDLE handle, const struct imxrt_edma_xfrconfig_s *config);
int imxrt_dmach_start(DMACH_HANDLE handle, edma_callback_t callback, void *arg);
static void txdone(DMACH_HANDLE h, void *arg, bool done, int result) {}

// The driver's own setup: programs the channel's TCD and does the cache
// maintenance for the transfer it describes.
static int dmach_xfrsetup_before_fix(DMACH_HANDLE ch, const struct imxrt_edma_xfrconfig_s *config) {
  imxrt_tcd_program(ch, config);
  arch_clean_dcache(config->saddr, config->nbytes); // a size where the end belongs
  return 0;
}

static int dmach_xfrsetup_after_fix(DMACH_HANDLE ch, const struct imxrt_edma_xfrconfig_s *config) {
  imxrt_tcd_program(ch, config);
  arch_clean_dcache((uintptr_t)config->saddr, (uintptr_t)config->saddr + config->nbytes);
  return 0;
}

static uint8_t txbuf[64];

int lpuart_dmasend_before_fix(DMACH_HANDLE ch, uint32_t dr, size_t n) {
  struct imxrt_edma_xfrconfig_s config = {.saddr = (uint32_t)txbuf, .daddr = dr, .nbytes = n};
  txbuf[0] = 0x55; // the upper half has just filled the buffer
  dmach_xfrsetup_before_fix(ch, &config);
  return imxrt_dmach_start(ch, txdone, NULL); // expected-warning-re{{DMA transfer ({{.*}}) of 'txbuf' starts while bytes the CPU wrote to it are still in the data cache (the clean before the start does not cover them all)}}
}

int lpuart_dmasend_after_fix(DMACH_HANDLE ch, uint32_t dr, size_t n) {
  struct imxrt_edma_xfrconfig_s config = {.saddr = (uint32_t)txbuf, .daddr = dr, .nbytes = n};
  txbuf[0] = 0x55;
  dmach_xfrsetup_after_fix(ch, &config);
  return imxrt_dmach_start(ch, txdone, NULL); // no-warning
}
