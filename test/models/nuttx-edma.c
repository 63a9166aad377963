// NuttX's i.MX RT eDMA driver as its LPSPI and LPUART lower halves use it:
// imxrt_dmach_xfrsetup arms the addresses of a transfer configuration (and
// cleans or invalidates its first minor loop), imxrt_dmach_start starts it
// and names the callback, imxrt_dmach_stop cancels it.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -triple thumbv7em-none-eabi -target-cpu cortex-m7 \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/nuttx-sem.yaml;%models_dir/nuttx-cache.yaml;%models_dir/nuttx-edma.yaml' \
// RUN:   -I %S/Inputs/nuttx/arch/arm/src/imxrt -I %S/Inputs/nuttx/include \
// RUN:   -verify -verify-ignore-unexpected=note %s
#include "imxrt_edma.h"
#include "nuttx/cache.h"
#include "nuttx/semaphore.h"

struct lpspi_dev {
  DMACH_HANDLE rxdma, txdma;
  sem_t rxsem, txsem;
  uint32_t base;
};
int consume(int);

static void rxcallback(DMACH_HANDLE h, void *arg, bool done, int result) {
  nxsem_post(&((struct lpspi_dev *)arg)->rxsem);
}
static void txcallback(DMACH_HANDLE h, void *arg, bool done, int result) {
  nxsem_post(&((struct lpspi_dev *)arg)->txsem);
}

__attribute__((aligned(32))) static uint8_t txbuf[64];
__attribute__((aligned(32))) static uint8_t rxbuf[64];

void tx_write_in_flight(struct lpspi_dev *priv) {
  struct imxrt_edma_xfrconfig_s config = {
      .saddr = (uint32_t)txbuf, .daddr = priv->base + 0x64, .soff = 1,
      .iter = 1, .nbytes = sizeof txbuf, .ttype = EDMA_MEM2PERIPH};
  txbuf[0] = 0x9f;
  imxrt_dmach_xfrsetup(priv->txdma, &config);
  imxrt_dmach_start(priv->txdma, txcallback, priv); // no-warning: xfrsetup cleaned txbuf
  txbuf[1] = 0; // expected-warning{{Write to 'txbuf' while a DMA transfer (memory-to-device) is in flight}}
  nxsem_wait_uninterruptible(&priv->txsem);
}

void tx_refill_after_completion_ok(struct lpspi_dev *priv) {
  struct imxrt_edma_xfrconfig_s config = {
      .saddr = (uint32_t)txbuf, .daddr = priv->base + 0x64, .soff = 1,
      .iter = 1, .nbytes = sizeof txbuf, .ttype = EDMA_MEM2PERIPH};
  imxrt_dmach_xfrsetup(priv->txdma, &config);
  imxrt_dmach_start(priv->txdma, txcallback, priv);
  nxsem_wait_uninterruptible(&priv->txsem);
  txbuf[1] = 0; // no-warning
}

int rx_read_before_completion(struct lpspi_dev *priv) {
  struct imxrt_edma_xfrconfig_s config = {
      .saddr = priv->base + 0x74, .daddr = (uint32_t)rxbuf, .doff = 1,
      .iter = 1, .nbytes = sizeof rxbuf, .ttype = EDMA_PERIPH2MEM};
  imxrt_dmach_xfrsetup(priv->rxdma, &config);
  imxrt_dmach_start(priv->rxdma, rxcallback, priv);
  return consume(rxbuf[0]); // expected-warning{{Read of 'rxbuf' while a DMA transfer (device-to-memory) is in flight}}
}

int rx_read_after_completion_stale(struct lpspi_dev *priv) {
  struct imxrt_edma_xfrconfig_s config = {
      .saddr = priv->base + 0x74, .daddr = (uint32_t)rxbuf, .doff = 1,
      .iter = 1, .nbytes = sizeof rxbuf, .ttype = EDMA_PERIPH2MEM};
  imxrt_dmach_xfrsetup(priv->rxdma, &config);
  imxrt_dmach_start(priv->rxdma, rxcallback, priv);
  nxsem_wait_uninterruptible(&priv->rxsem);
  return consume(rxbuf[0]); // expected-warning{{Read of 'rxbuf' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion}}
}

int rx_invalidated_after_completion_ok(struct lpspi_dev *priv) {
  struct imxrt_edma_xfrconfig_s config = {
      .saddr = priv->base + 0x74, .daddr = (uint32_t)rxbuf, .doff = 1,
      .iter = 1, .nbytes = sizeof rxbuf, .ttype = EDMA_PERIPH2MEM};
  imxrt_dmach_xfrsetup(priv->rxdma, &config);
  imxrt_dmach_start(priv->rxdma, rxcallback, priv);
  nxsem_wait_uninterruptible(&priv->rxsem);
  up_invalidate_dcache((__UINTPTR_TYPE__)rxbuf, (__UINTPTR_TYPE__)rxbuf + sizeof rxbuf);
  return consume(rxbuf[0]); // no-warning
}

int rx_stopped_ok(struct lpspi_dev *priv) {
  struct imxrt_edma_xfrconfig_s config = {
      .saddr = priv->base + 0x74, .daddr = (uint32_t)rxbuf, .doff = 1,
      .iter = 1, .nbytes = sizeof rxbuf, .ttype = EDMA_PERIPH2MEM};
  imxrt_dmach_xfrsetup(priv->rxdma, &config);
  imxrt_dmach_start(priv->rxdma, rxcallback, priv);
  imxrt_dmach_stop(priv->rxdma);
  rxbuf[0] = 0; // no-warning: cancelled
  return 0;
}
