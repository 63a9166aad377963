// Source: apache/nuttx commit 6c186b6084e ("stm32h7:serial make TX DMA busy when there are an outstanding transaction")
// Codebase: NuttX
// Class: double start
//
// The STM32H7 serial driver sends its TX ring through DMA. A foreground
// write() calls up_dma_txavailable(), which started a new TX DMA whenever
// stm32_dmaresidual() said the stream was idle. The TX-complete callback
// (interrupt context) also starts the next chunk. If that interrupt came
// between the residual check and the foreground's start, the foreground
// reprogrammed and restarted the stream while the callback's transfer was
// running, stopping it mid-chunk. The fix makes the check and the start
// atomic (a critical section) and also treats a pending chunk
// (dmatx.length/nlength) as busy.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi %s
// XFAIL: *
// dmasafe misses this today: [concurrency] the second start comes from the TX-complete interrupt preempting the foreground between its idle check and its start; no rule covers a check-then-start window open to an interrupt

#include "nuttx_dma.h"

struct uart_dmaxfer_s {
  uint8_t *buffer;
  uint8_t *nbuffer;
  size_t length;
  size_t nlength;
};
struct uart_dev_s {
  struct uart_dmaxfer_s dmatx;
  void *priv;
};
struct up_dev_s {
  struct uart_dev_s dev;
  DMA_HANDLE txdma;
  uint32_t tdr;
};

static void up_dma_txcallback(DMA_HANDLE handle, uint8_t status, void *arg);

// The upper half's uart_xmitchars_dma(): takes the next chunk of the TX ring
// and calls the lower half's dmasend, which sets up and starts the stream.
static void uart_xmitchars_dma(struct uart_dev_s *dev) {
  struct up_dev_s *priv = dev->priv;
  stm32_dmasetup(priv->txdma, (uint32_t)&priv->tdr, (uint32_t)dev->dmatx.buffer,
                 dev->dmatx.length, 0);
  stm32_dmastart(priv->txdma, up_dma_txcallback, priv, false);
}

static void up_dma_txcallback(DMA_HANDLE handle, uint8_t status, void *arg) {
  struct up_dev_s *priv = arg;
  priv->dev.dmatx.length = 0;
  if (priv->dev.dmatx.nlength) { // the ring wrapped: send the second part
    priv->dev.dmatx.buffer = priv->dev.dmatx.nbuffer;
    priv->dev.dmatx.length = priv->dev.dmatx.nlength;
    priv->dev.dmatx.nlength = 0;
    uart_xmitchars_dma(&priv->dev);
  }
}

void up_dma_txavailable_before_fix(struct uart_dev_s *dev) {
  struct up_dev_s *priv = dev->priv;
  if (stm32_dmaresidual(priv->txdma) == 0)
    uart_xmitchars_dma(dev); // expected-warning{{in flight}}
}

void up_dma_txavailable_after_fix(struct uart_dev_s *dev) {
  struct up_dev_s *priv = dev->priv;
  irqstate_t flags = enter_critical_section();
  if ((priv->dev.dmatx.length && priv->dev.dmatx.nlength) == 0 &&
      stm32_dmaresidual(priv->txdma) == 0)
    uart_xmitchars_dma(dev); // no-warning
  leave_critical_section(flags);
}
