// Source: apache/nuttx commit 1446961c87a ("arch/arm/stm32h7: Fix SPI RX DMA returning stale DCACHE data")
// Codebase: NuttX
// Class: cache incoherence
//
// spi_exchange() on the STM32H7 invalidated the RX buffer's cache lines
// before it set up and started the RX DMA, and read the buffer after the
// DMA-complete semaphore without invalidating again. The Cortex-M7 may
// speculatively refill those lines while the DMA runs, so an exchange
// sporadically returned stale RX bytes from the D-cache. The fix moves the
// invalidate after the wait for completion, right before the CPU reads the
// received data (as the STM32F7 driver and AN4839 do).
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi -target-cpu cortex-m7 %s
// RUN: %realbugs_tidy %s -- --target=thumbv7em-none-eabi -mcpu=cortex-m7 -ffreestanding -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "nuttx_dma.h"

struct spi_dev {
  DMA_HANDLE rxdma, txdma;
  sem_t rxsem, txsem;
  uint32_t dr;
};

static void spi_dmarxcallback(DMA_HANDLE h, uint8_t status, void *arg) {
  nxsem_post(&((struct spi_dev *)arg)->rxsem);
}
static void spi_dmatxcallback(DMA_HANDLE h, uint8_t status, void *arg) {
  nxsem_post(&((struct spi_dev *)arg)->txsem);
}

int spi_exchange_before_fix(struct spi_dev *priv, const uint8_t *txbuffer,
                            uint8_t *rxbuffer, size_t nbytes) {
  up_clean_dcache((uintptr_t)txbuffer, (uintptr_t)txbuffer + nbytes);
  up_invalidate_dcache((uintptr_t)rxbuffer, (uintptr_t)rxbuffer + nbytes);
  stm32_dmasetup(priv->rxdma, (uint32_t)&priv->dr, (uint32_t)rxbuffer, nbytes, 0);
  stm32_dmasetup(priv->txdma, (uint32_t)&priv->dr, (uint32_t)txbuffer, nbytes, DMA_SCR_DIR_M2P);
  stm32_dmastart(priv->rxdma, spi_dmarxcallback, priv, false);
  stm32_dmastart(priv->txdma, spi_dmatxcallback, priv, false);
  nxsem_wait_uninterruptible(&priv->rxsem);
  nxsem_wait_uninterruptible(&priv->txsem);
  return rxbuffer[0]; // expected-warning{{Read of the buffer pointed to by 'rxbuffer' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion: the CPU may read stale cache lines}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}data cache{{.*}} [dmasafe-
}

int spi_exchange_after_fix(struct spi_dev *priv, const uint8_t *txbuffer,
                           uint8_t *rxbuffer, size_t nbytes) {
  up_clean_dcache((uintptr_t)txbuffer, (uintptr_t)txbuffer + nbytes);
  stm32_dmasetup(priv->rxdma, (uint32_t)&priv->dr, (uint32_t)rxbuffer, nbytes, 0);
  stm32_dmasetup(priv->txdma, (uint32_t)&priv->dr, (uint32_t)txbuffer, nbytes, DMA_SCR_DIR_M2P);
  stm32_dmastart(priv->rxdma, spi_dmarxcallback, priv, false);
  stm32_dmastart(priv->txdma, spi_dmatxcallback, priv, false);
  nxsem_wait_uninterruptible(&priv->rxsem);
  nxsem_wait_uninterruptible(&priv->txsem);
  up_invalidate_dcache((uintptr_t)rxbuffer, (uintptr_t)rxbuffer + nbytes);
  return rxbuffer[0]; // no-warning
}
