// NuttX's SAM DMA drivers as the SAMV7 HSMCI and SPI lower halves use them:
// sam_dmarxsetup / sam_dmatxsetup arm the memory address (and maintain the
// D-cache over it themselves), sam_dmastart starts it and names the
// callback that posts the semaphore the thread waits on.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -triple thumbv7em-none-eabi -target-cpu cortex-m7 \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/nuttx-sem.yaml;%models_dir/nuttx-cache.yaml;%models_dir/nuttx-sam-dma.yaml' \
// RUN:   -I %S/Inputs/nuttx/arch/arm/src/samv7 -I %S/Inputs/nuttx/include \
// RUN:   -verify -verify-ignore-unexpected=note %s
#include "sam_xdmac.h"
#include "nuttx/cache.h"
#include "nuttx/semaphore.h"

struct sam_dev {
  DMA_HANDLE dma;
  sem_t waitsem;
  uint32_t fifo;
};
int consume(int);

static void dmacallback(DMA_HANDLE h, void *arg, int result) {
  nxsem_post(&((struct sam_dev *)arg)->waitsem);
}

__attribute__((aligned(32))) static uint8_t sector[512];
__attribute__((aligned(32))) static uint8_t cmd[32];

int read_before_completion(struct sam_dev *priv) {
  sam_dmarxsetup(priv->dma, (uint32_t)&priv->fifo, (uint32_t)sector, sizeof sector);
  sam_dmastart(priv->dma, dmacallback, priv);
  int first = consume(sector[0]); // expected-warning{{Read of 'sector' while a DMA transfer (device-to-memory) is in flight}}
  nxsem_wait(&priv->waitsem);
  return first;
}

int read_after_completion_stale(struct sam_dev *priv) {
  sam_dmarxsetup(priv->dma, (uint32_t)&priv->fifo, (uint32_t)sector, sizeof sector);
  sam_dmastart(priv->dma, dmacallback, priv);
  nxsem_wait_uninterruptible(&priv->waitsem);
  return consume(sector[511]); // expected-warning{{Read of 'sector' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion}}
}

int read_after_completion_invalidated_ok(struct sam_dev *priv) {
  sam_dmarxsetup(priv->dma, (uint32_t)&priv->fifo, (uint32_t)sector, sizeof sector);
  sam_dmastart(priv->dma, dmacallback, priv);
  nxsem_wait_uninterruptible(&priv->waitsem);
  up_invalidate_dcache((__UINTPTR_TYPE__)sector, (__UINTPTR_TYPE__)sector + sizeof sector);
  return consume(sector[511]); // no-warning
}

void tx_cleaned_by_setup_ok(struct sam_dev *priv) {
  cmd[0] = 0x51;
  sam_dmatxsetup(priv->dma, (uint32_t)&priv->fifo, (uint32_t)cmd, sizeof cmd);
  sam_dmastart(priv->dma, dmacallback, priv); // no-warning: txsetup cleaned cmd
  nxsem_wait_uninterruptible(&priv->waitsem);
}

void tx_written_after_setup(struct sam_dev *priv) {
  sam_dmatxsetup(priv->dma, (uint32_t)&priv->fifo, (uint32_t)cmd, sizeof cmd);
  cmd[0] = 0x51; // after the setup's clean
  sam_dmastart(priv->dma, dmacallback, priv); // expected-warning{{DMA transfer (memory-to-device) of 'cmd' starts while bytes the CPU wrote to it are still in the data cache}}
  nxsem_wait_uninterruptible(&priv->waitsem);
}

void tx_write_in_flight(struct sam_dev *priv) {
  sam_dmatxsetup(priv->dma, (uint32_t)&priv->fifo, (uint32_t)cmd, sizeof cmd);
  sam_dmastart(priv->dma, dmacallback, priv);
  cmd[1] = 0; // expected-warning{{Write to 'cmd' while a DMA transfer (memory-to-device) is in flight}}
  nxsem_wait_uninterruptible(&priv->waitsem);
}

void stopped_then_reused_ok(struct sam_dev *priv) {
  sam_dmatxsetup(priv->dma, (uint32_t)&priv->fifo, (uint32_t)cmd, sizeof cmd);
  sam_dmastart(priv->dma, dmacallback, priv);
  sam_dmastop(priv->dma);
  cmd[1] = 0; // no-warning: stopped
}
