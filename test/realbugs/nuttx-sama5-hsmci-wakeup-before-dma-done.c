// Source: apache/nuttx commit 2d69c2f5198 ("SAMA4D5 HSMCI: ... don't return from transfer until BOTH the HSMCI transfer and DMA complete")
// Codebase: NuttX
// Class: access in flight
//
// The SAMA5D4 HSMCI driver woke the thread waiting for a block read as soon
// as the HSMCI reported the data transfer done (XFRDONE), from its
// interrupt handler. The DMA that moves the data from the HSMCI FIFO into
// the caller's buffer could still be running: the MMC/SD upper half then
// read a sector whose last bytes had not arrived. The fix tracks DMA and
// transfer completion separately (dmabusy, xfrbusy) and wakes the waiter
// only when both are done, from whichever completes last.
//
// RUN: %realbugs_analyze -triple thumbv7a-none-eabi %s
// XFAIL: *
// dmasafe misses this today: [cross-tu-wrapper] in NuttX the HSMCI driver (arch/arm/src/sama5/sam_hsmci.c) and the MMC/SD upper half that waits and reads (drivers/mmcsd) are separate translation units; here they share one file (issue 12 item 2)
// dmasafe misses this today: [isr-completion] the wake-up is a semaphore posted from the HSMCI interrupt handler on the peripheral's XFRDONE, not on the DMA's completion; which event completes the DMA is not modelled. The SAM DMA API is (models/nuttx-sam-dma.yaml, sam_dmastart's callback), and here, in one file with the fixed twin, whose DMA callback posts the same waitsem through sam_endwait, that semaphore completes the DMA for both twins (issue 11 item 2)

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nuttx/arch/arm/src/sama5/sam_dmac.h"
#include "nuttx/include/nuttx/semaphore.h"

uint32_t hsmci_getreg_sr(void);
#define HSMCI_INT_XFRDONE (1u << 27)
#define SDIOWAIT_TRANSFERDONE 0x04

struct sam_dev_s {
  DMA_HANDLE dma;
  uint32_t fifo;
  sem_t waitsem;
  volatile uint32_t waitevents;
  volatile bool dmabusy;
  volatile bool xfrbusy;
};

static void sam_endwait(struct sam_dev_s *priv) {
  priv->waitevents = 0;
  nxsem_post(&priv->waitsem);
}

// --- before the fix: the HSMCI interrupt alone ends the wait ---------------
static void sam_dmacallback_before_fix(DMA_HANDLE handle, void *arg, int result) {
  ((struct sam_dev_s *)arg)->dmabusy = false;
}
void sam_hsmci_interrupt_before_fix(struct sam_dev_s *priv) {
  if ((hsmci_getreg_sr() & HSMCI_INT_XFRDONE) && (priv->waitevents & SDIOWAIT_TRANSFERDONE))
    sam_endwait(priv);
}
int mmcsd_readsingle_before_fix(struct sam_dev_s *priv, uint8_t *buffer) {
  priv->dmabusy = true;
  priv->waitevents = SDIOWAIT_TRANSFERDONE;
  sam_dmarxsetup(priv->dma, (uint32_t)&priv->fifo, (uint32_t)buffer, 512);
  sam_dmastart(priv->dma, sam_dmacallback_before_fix, priv);
  nxsem_wait(&priv->waitsem);
  return buffer[511]; // expected-warning{{in flight}}
}

// --- after the fix: whichever of the two completes last ends the wait ------
static void sam_dmacallback_after_fix(DMA_HANDLE handle, void *arg, int result) {
  struct sam_dev_s *priv = arg;
  priv->dmabusy = false;
  if (!priv->xfrbusy && (priv->waitevents & SDIOWAIT_TRANSFERDONE))
    sam_endwait(priv);
}
void sam_hsmci_interrupt_after_fix(struct sam_dev_s *priv) {
  if (hsmci_getreg_sr() & HSMCI_INT_XFRDONE) {
    priv->xfrbusy = false;
    if (!priv->dmabusy && (priv->waitevents & SDIOWAIT_TRANSFERDONE))
      sam_endwait(priv);
  }
}
int mmcsd_readsingle_after_fix(struct sam_dev_s *priv, uint8_t *buffer) {
  priv->dmabusy = true;
  priv->xfrbusy = true;
  priv->waitevents = SDIOWAIT_TRANSFERDONE;
  sam_dmarxsetup(priv->dma, (uint32_t)&priv->fifo, (uint32_t)buffer, 512);
  sam_dmastart(priv->dma, sam_dmacallback_after_fix, priv);
  nxsem_wait(&priv->waitsem);
  return buffer[511]; // no-warning
}
