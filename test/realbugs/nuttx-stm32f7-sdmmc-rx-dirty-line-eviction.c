// Source: apache/nuttx commit 74e692b3c12 ("stm32f7:sdmmc invalidate before DMA to avoid eviction overwrite")
// Codebase: NuttX
// Class: cache incoherence
//
// After ad7e36d83f5 deferred the RX invalidate of the STM32F7 SDMMC driver
// to the end of the transfer (stm32_endtransfer), nothing discarded the
// buffer's cache lines before the DMA started. A line the CPU had dirtied
// earlier (the FAT code reuses its sector buffers) could be evicted, i.e.
// written back over RAM, while the SDMMC DMA was filling that RAM, and the
// invalidate after completion then kept the corrupted bytes. The fix
// invalidates the range in stm32_dmarecvsetup() before the DMA starts as
// well as after completion.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi -target-cpu cortex-m7 %s
// In NuttX the DMA setup is in arch/arm/src/stm32f7/stm32_sdmmc.c and the
// FAT sector reads in fs/fat, other translation units; here they share one
// file.

#include "nuttx_dma.h"

struct stm32_dev_s {
  DMA_HANDLE dma;
  uint8_t *rxbuffer, *rxend;
  uint32_t fifo;
  sem_t waitsem;
};
static void stm32_dmacallback(DMA_HANDLE h, uint8_t status, void *arg) {
  nxsem_post(&((struct stm32_dev_s *)arg)->waitsem);
}

static void stm32_dmarecvsetup_before_fix(struct stm32_dev_s *priv, uint8_t *buffer, size_t buflen) {
  stm32_dmasetup(priv->dma, (uint32_t)&priv->fifo, (uint32_t)buffer, (buflen + 3) >> 2, 0);
  priv->rxbuffer = buffer; // invalidated after completion only
  priv->rxend = buffer + buflen;
  stm32_dmastart(priv->dma, stm32_dmacallback, priv, false); // expected-warning{{DMA transfer (device-to-memory) of the buffer pointed to by 'sector' starts while bytes the CPU wrote to it are still in the data cache: their eviction overwrites the received data; clean or invalidate them before the start}}
}

static void stm32_dmarecvsetup_after_fix(struct stm32_dev_s *priv, uint8_t *buffer, size_t buflen) {
  stm32_dmasetup(priv->dma, (uint32_t)&priv->fifo, (uint32_t)buffer, (buflen + 3) >> 2, 0);
  priv->rxbuffer = buffer;
  priv->rxend = buffer + buflen;
  up_invalidate_dcache((uintptr_t)priv->rxbuffer, (uintptr_t)priv->rxend);
  stm32_dmastart(priv->dma, stm32_dmacallback, priv, false); // no-warning
}

static void stm32_endtransfer(struct stm32_dev_s *priv) {
  nxsem_wait_uninterruptible(&priv->waitsem);
  stm32_dmastop(priv->dma);
  up_invalidate_dcache((uintptr_t)priv->rxbuffer, (uintptr_t)priv->rxend);
}

// The FAT layer reads a sector into the buffer it has just been writing.
int fat_read_sector_before_fix(struct stm32_dev_s *priv, uint8_t *sector) {
  sector[0] = 0xeb; // dirty line from the previous use of the buffer
  stm32_dmarecvsetup_before_fix(priv, sector, 512);
  stm32_endtransfer(priv);
  return sector[510];
}

int fat_read_sector_after_fix(struct stm32_dev_s *priv, uint8_t *sector) {
  sector[0] = 0xeb;
  stm32_dmarecvsetup_after_fix(priv, sector, 512);
  stm32_endtransfer(priv);
  return sector[510];
}
