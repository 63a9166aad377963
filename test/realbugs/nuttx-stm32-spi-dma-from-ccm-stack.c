// Source: apache/nuttx commit 2f44f642dd3 ("If CONFIG_STM32_DMACAPABLE is defined, use stm32_dmacapable to workaround attempt SPI DMAs from the CCM stack")
// Codebase: NuttX
// Class: placement
//
// On the STM32F4 NuttX may place thread stacks in the 64 KiB CCM RAM, which
// no DMA controller can reach. spi_exchange() always set up the SPI RX/TX
// DMA on whatever buffers it was given, and SPI device drivers pass small
// command/response buffers from their stacks, so those exchanges silently
// moved nothing. The fix checks both buffers with stm32_dmacapable() and
// falls back to the programmed-I/O exchange for memory the DMA cannot use.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi %s
// XFAIL: *
// dmasafe misses this today: [cross-tu-wrapper] in NuttX spi_exchange() is in arch/arm/src/stm32/stm32_spi.c and the SPI device driver with the stack buffers is another translation unit; here they share one file (issue 12 item 2)
// dmasafe misses this today: [no-placement-check] no region model says that STM32F4 stacks may be in CCM, unreachable by DMA, nor that stm32_dmacapable() guards it (issue 13 item 4)

#include "nuttx_dma.h"

struct stm32_spidev_s {
  DMA_HANDLE rxdma, txdma;
  sem_t rxsem, txsem;
  uint32_t dr;
};
bool stm32_dmacapable(uint32_t maddr, uint32_t count, uint32_t ccr);
void spi_exchange_nodma(struct stm32_spidev_s *priv, const void *txbuffer, void *rxbuffer, size_t nwords);
static void spi_dmarxcallback(DMA_HANDLE h, uint8_t isr, void *arg) {
  nxsem_post(&((struct stm32_spidev_s *)arg)->rxsem);
}
static void spi_dmatxcallback(DMA_HANDLE h, uint8_t isr, void *arg) {
  nxsem_post(&((struct stm32_spidev_s *)arg)->txsem);
}

static void spi_exchange_before_fix(struct stm32_spidev_s *priv, const void *txbuffer,
                                    void *rxbuffer, size_t nwords) {
  stm32_dmasetup(priv->rxdma, (uint32_t)&priv->dr, (uint32_t)rxbuffer, nwords, 0); // expected-warning{{DMA}}
  stm32_dmasetup(priv->txdma, (uint32_t)&priv->dr, (uint32_t)txbuffer, nwords, 0);
  stm32_dmastart(priv->rxdma, spi_dmarxcallback, priv, false);
  stm32_dmastart(priv->txdma, spi_dmatxcallback, priv, false);
  nxsem_wait_uninterruptible(&priv->rxsem);
  nxsem_wait_uninterruptible(&priv->txsem);
}

static void spi_exchange_after_fix(struct stm32_spidev_s *priv, const void *txbuffer,
                                   void *rxbuffer, size_t nwords) {
  if ((txbuffer && !stm32_dmacapable((uint32_t)txbuffer, nwords, 0)) ||
      (rxbuffer && !stm32_dmacapable((uint32_t)rxbuffer, nwords, 0))) {
    spi_exchange_nodma(priv, txbuffer, rxbuffer, nwords);
    return;
  }
  stm32_dmasetup(priv->rxdma, (uint32_t)&priv->dr, (uint32_t)rxbuffer, nwords, 0); // no-warning
  stm32_dmasetup(priv->txdma, (uint32_t)&priv->dr, (uint32_t)txbuffer, nwords, 0);
  stm32_dmastart(priv->rxdma, spi_dmarxcallback, priv, false);
  stm32_dmastart(priv->txdma, spi_dmatxcallback, priv, false);
  nxsem_wait_uninterruptible(&priv->rxsem);
  nxsem_wait_uninterruptible(&priv->txsem);
}

// A SPI device driver's register read, on its thread's (CCM) stack.
int sensor_getreg_before_fix(struct stm32_spidev_s *spi, uint8_t reg) {
  uint8_t tx[2] = {reg | 0x80, 0};
  uint8_t rx[2];
  spi_exchange_before_fix(spi, tx, rx, 2);
  return rx[1];
}

int sensor_getreg_after_fix(struct stm32_spidev_s *spi, uint8_t reg) {
  uint8_t tx[2] = {reg | 0x80, 0};
  uint8_t rx[2];
  spi_exchange_after_fix(spi, tx, rx, 2);
  return rx[1];
}
