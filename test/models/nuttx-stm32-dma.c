// NuttX's STM32 DMA driver as its SPI, serial and ADC lower halves use it
// (arch/arm/src/stm32f7/stm32_spi.c, spi_exchange): stm32_dmasetup arms the
// memory address with the scr's direction bits, stm32_dmastart starts it
// and names the callback that, from the DMA interrupt, posts the semaphore
// the thread waits on. Both NuttX STM32 models are loaded: the F7 header
// takes the five-value stm32_dmasetup, not the H7 struct form.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -triple thumbv7em-none-eabi \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/nuttx-sem.yaml;%models_dir/nuttx-stm32-dma.yaml;%models_dir/nuttx-stm32h7-dma.yaml' \
// RUN:   -I %S/Inputs/nuttx/arch/arm/src/stm32f7 -I %S/Inputs/nuttx/include \
// RUN:   -verify -verify-ignore-unexpected=note %s
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-*' \
// RUN:   -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/nuttx-sem.yaml;%models_dir/nuttx-stm32-dma.yaml;%models_dir/nuttx-stm32h7-dma.yaml'}]}" \
// RUN:   %s -- --target=thumbv7em-none-eabi -I %S/Inputs/nuttx/arch/arm/src/stm32f7 -I %S/Inputs/nuttx/include 2>&1 \
// RUN:   | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'
#include "stm32_dma.h"
#include "nuttx/semaphore.h"

#define SPI_RXDMA8_CONFIG (DMA_SCR_DIR_P2M | DMA_SCR_MINC | DMA_SCR_MSIZE_8BITS)
#define SPI_TXDMA8_CONFIG (DMA_SCR_DIR_M2P | DMA_SCR_MINC | DMA_SCR_MSIZE_8BITS)

struct spidev {
  DMA_HANDLE rxdma, txdma;
  sem_t rxsem, txsem, exclsem;
  uint32_t dr;
  uint32_t rxccr; // chosen at initialisation: unknown at the call
};

void consume(int);

static void spi_dmarxcallback(DMA_HANDLE h, uint8_t isr, void *arg) {
  nxsem_post(&((struct spidev *)arg)->rxsem);
}
static void spi_dmatxcallback(DMA_HANDLE h, uint8_t isr, void *arg) {
  nxsem_post(&((struct spidev *)arg)->txsem);
}

void rx_read_before_wait(struct spidev *priv, uint8_t *rxbuffer, size_t n) {
  stm32_dmasetup(priv->rxdma, priv->dr, (uint32_t)rxbuffer, n, SPI_RXDMA8_CONFIG);
  stm32_dmastart(priv->rxdma, spi_dmarxcallback, priv, false);
  consume(rxbuffer[0]); // expected-warning{{Read of the buffer pointed to by 'rxbuffer' while a DMA transfer (device-to-memory) is in flight}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: read of the buffer pointed to by 'rxbuffer' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  nxsem_wait_uninterruptible(&priv->rxsem);
}

void rx_read_after_wait_ok(struct spidev *priv, uint8_t *rxbuffer, size_t n) {
  stm32_dmasetup(priv->rxdma, priv->dr, (uint32_t)rxbuffer, n, SPI_RXDMA8_CONFIG);
  stm32_dmastart(priv->rxdma, spi_dmarxcallback, priv, false);
  nxsem_wait_uninterruptible(&priv->rxsem);
  consume(rxbuffer[0]); // no-warning: the callback posted rxsem
}

void tx_write_in_flight(struct spidev *priv, uint8_t *txbuffer, size_t n) {
  stm32_dmasetup(priv->txdma, priv->dr, (uint32_t)txbuffer, n, SPI_TXDMA8_CONFIG);
  stm32_dmastart(priv->txdma, spi_dmatxcallback, priv, false);
  consume(txbuffer[0]); // no-warning: the engine only reads a TX buffer
  txbuffer[0] = 0; // expected-warning{{Write to the buffer pointed to by 'txbuffer' while a DMA transfer (memory-to-device) is in flight}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: write to the buffer pointed to by 'txbuffer' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
  nxsem_wait_uninterruptible(&priv->txsem);
}

void tx_refill_after_wait_ok(struct spidev *priv, uint8_t *txbuffer, size_t n) {
  stm32_dmasetup(priv->txdma, priv->dr, (uint32_t)txbuffer, n, SPI_TXDMA8_CONFIG);
  stm32_dmastart(priv->txdma, spi_dmatxcallback, priv, false);
  nxsem_wait_uninterruptible(&priv->txsem);
  txbuffer[0] = 0; // no-warning
}

void unknown_ccr_write_in_flight(struct spidev *priv, uint8_t *buf, size_t n) {
  stm32_dmasetup(priv->rxdma, priv->dr, (uint32_t)buf, n, priv->rxccr);
  stm32_dmastart(priv->rxdma, spi_dmarxcallback, priv, false);
  consume(buf[0]); // no-warning: the direction is not known, a read may be fine
  buf[0] = 0; // expected-warning{{while a DMA transfer}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: write to the buffer pointed to by 'buf' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
  nxsem_wait_uninterruptible(&priv->rxsem);
}

void armed_only_ok(struct spidev *priv, uint8_t *buf, size_t n) {
  stm32_dmasetup(priv->txdma, priv->dr, (uint32_t)buf, n, SPI_TXDMA8_CONFIG);
  buf[0] = 0; // no-warning: set up, not started
  stm32_dmastart(priv->txdma, spi_dmatxcallback, priv, false);
  nxsem_wait_uninterruptible(&priv->txsem);
}

void stop_then_reuse_ok(struct spidev *priv, uint8_t *buf, size_t n) {
  stm32_dmasetup(priv->rxdma, priv->dr, (uint32_t)buf, n, SPI_RXDMA8_CONFIG);
  stm32_dmastart(priv->rxdma, spi_dmarxcallback, priv, false);
  stm32_dmastop(priv->rxdma);
  buf[0] = 0; // no-warning: stopped
}

void interrupted_wait_is_no_completion(struct spidev *priv, uint8_t *buf, size_t n) {
  stm32_dmasetup(priv->rxdma, priv->dr, (uint32_t)buf, n, SPI_RXDMA8_CONFIG);
  stm32_dmastart(priv->rxdma, spi_dmarxcallback, priv, false);
  if (nxsem_wait(&priv->rxsem) < 0) {
    consume(buf[0]); // expected-warning{{Read of the buffer pointed to by 'buf' while a DMA transfer (device-to-memory) is in flight}}
    // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: read of the buffer pointed to by 'buf' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
    return;
  }
  consume(buf[0]); // no-warning
}

// exclsem is a lock: posted by the thread, never by a DMA callback.
void unlock(struct spidev *priv) { nxsem_post(&priv->exclsem); }

void lock_is_no_completion(struct spidev *priv, uint8_t *buf, size_t n) {
  stm32_dmasetup(priv->rxdma, priv->dr, (uint32_t)buf, n, SPI_RXDMA8_CONFIG);
  stm32_dmastart(priv->rxdma, spi_dmarxcallback, priv, false);
  nxsem_wait(&priv->exclsem);
  consume(buf[0]); // expected-warning{{Read of the buffer pointed to by 'buf' while a DMA transfer (device-to-memory) is in flight}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: read of the buffer pointed to by 'buf' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
}
