// NuttX's STM32H7 DMA driver: stm32_dmasetup takes a stm32_dmacfg_t whose
// `maddr` is the buffer and `ndata` its length. The same name has the
// five-value form in the other STM32 families (nuttx-stm32-dma.yaml): with
// both models loaded, in either order, the H7 header's declaration takes
// the H7 entry and is no misfit.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -triple thumbv7em-none-eabi \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/nuttx-sem.yaml;%models_dir/nuttx-stm32-dma.yaml;%models_dir/nuttx-stm32h7-dma.yaml' \
// RUN:   -I %S/Inputs/nuttx/arch/arm/src/stm32h7 -I %S/Inputs/nuttx/include \
// RUN:   -verify -verify-ignore-unexpected=note %s
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -triple thumbv7em-none-eabi \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/nuttx-stm32h7-dma.yaml;%models_dir/nuttx-sem.yaml;%models_dir/nuttx-stm32-dma.yaml' \
// RUN:   -I %S/Inputs/nuttx/arch/arm/src/stm32h7 -I %S/Inputs/nuttx/include \
// RUN:   -verify -verify-ignore-unexpected=note %s
#include "stm32_dma.h"
#include "nuttx/semaphore.h"

struct spidev {
  DMA_HANDLE rxdma;
  sem_t rxsem;
  uint32_t dr, rxccr;
};

void consume(int);

static void spi_dmarxcallback(DMA_HANDLE h, uint8_t isr, void *arg) {
  nxsem_post(&((struct spidev *)arg)->rxsem);
}

void rx_write_before_wait(struct spidev *priv, uint8_t *rxbuffer, size_t n) {
  stm32_dmacfg_t cfg;
  cfg.paddr = priv->dr;
  cfg.maddr = (uint32_t)rxbuffer;
  cfg.ndata = n;
  cfg.cfg1 = priv->rxccr;
  cfg.cfg2 = 0;
  stm32_dmasetup(priv->rxdma, &cfg);
  rxbuffer[0] = 0; // no-warning: armed
  stm32_dmastart(priv->rxdma, spi_dmarxcallback, priv, false);
  rxbuffer[0] = 0; // expected-warning{{Write to the buffer pointed to by 'rxbuffer' while a DMA transfer}}
  nxsem_wait_uninterruptible(&priv->rxsem);
}

void rx_read_after_wait_ok(struct spidev *priv, uint8_t *rxbuffer, size_t n) {
  stm32_dmacfg_t cfg = {.paddr = priv->dr, .maddr = (uint32_t)rxbuffer,
                        .cfg1 = priv->rxccr, .ndata = n};
  stm32_dmasetup(priv->rxdma, &cfg);
  stm32_dmastart(priv->rxdma, spi_dmarxcallback, priv, false);
  nxsem_wait_uninterruptible(&priv->rxsem);
  consume(rxbuffer[0]); // no-warning
}

void rx_stop_ok(struct spidev *priv, uint8_t *rxbuffer, size_t n) {
  stm32_dmacfg_t cfg = {.paddr = priv->dr, .maddr = (uint32_t)rxbuffer, .ndata = n};
  stm32_dmasetup(priv->rxdma, &cfg);
  stm32_dmastart(priv->rxdma, spi_dmarxcallback, priv, false);
  stm32_dmastop(priv->rxdma);
  rxbuffer[0] = 0; // no-warning
}
