// Source: apache/nuttx commit a1ee9547f3f ("stm32_adc: invalidate dma buffer before use")
// Codebase: NuttX
// Class: cache incoherence
//
// The STM32F7 ADC driver runs the ADC's DMA into priv->dmabuffer and, in the
// DMA completion callback, hands each sample to the upper half. With the
// D-cache on, the callback read the samples through stale cache lines: "old
// samples being fetched from cache". The fix invalidates the DMA buffer's
// range at the top of the callback, before the samples are read.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi -target-cpu cortex-m7 %s
// XFAIL: *
// dmasafe misses this today: [no-cache-check] the read is in the DMA completion callback, analysed on its own: the RX transfer whose completion runs it (stm32_dmastart's callback, on the buffer its argument reaches) is not on that path (issue 13 item 2)

#include "nuttx_dma.h"

#define ADC_MAX_SAMPLES 16
struct adc_dev_s;
struct adc_callback_s {
  void (*au_receive)(struct adc_dev_s *dev, uint8_t ch, int32_t data);
};
struct stm32_dev_s {
  const struct adc_callback_s *cb;
  DMA_HANDLE dma;
  uint8_t nchannels;
  uint8_t chanlist[ADC_MAX_SAMPLES];
  uint16_t dmabuffer[ADC_MAX_SAMPLES];
  volatile uint32_t *dr;
};
struct adc_dev_s { struct stm32_dev_s *ad_priv; };

static void adc_dmaconvcallback_before_fix(DMA_HANDLE handle, uint8_t isr, void *arg) {
  struct adc_dev_s *dev = arg;
  struct stm32_dev_s *priv = dev->ad_priv;
  if (priv->cb != NULL) {
    for (int i = 0; i < priv->nchannels; i++)
      priv->cb->au_receive(dev, priv->chanlist[i], priv->dmabuffer[i]); // expected-warning-re{{Read of {{.*}}dmabuffer{{.*}} after its DMA transfer (device-to-memory) completed}}
  }
}

static void adc_dmaconvcallback_after_fix(DMA_HANDLE handle, uint8_t isr, void *arg) {
  struct adc_dev_s *dev = arg;
  struct stm32_dev_s *priv = dev->ad_priv;
  up_invalidate_dcache((uintptr_t)priv->dmabuffer,
                       (uintptr_t)priv->dmabuffer + sizeof(priv->dmabuffer));
  if (priv->cb != NULL) {
    for (int i = 0; i < priv->nchannels; i++)
      priv->cb->au_receive(dev, priv->chanlist[i], priv->dmabuffer[i]); // no-warning
  }
}

void adc_setup_before_fix(struct adc_dev_s *dev) {
  struct stm32_dev_s *priv = dev->ad_priv;
  stm32_dmasetup(priv->dma, (uint32_t)priv->dr, (uint32_t)priv->dmabuffer, priv->nchannels, 0);
  stm32_dmastart(priv->dma, adc_dmaconvcallback_before_fix, dev, false);
}

void adc_setup_after_fix(struct adc_dev_s *dev) {
  struct stm32_dev_s *priv = dev->ad_priv;
  stm32_dmasetup(priv->dma, (uint32_t)priv->dr, (uint32_t)priv->dmabuffer, priv->nchannels, 0);
  stm32_dmastart(priv->dma, adc_dmaconvcallback_after_fix, dev, false);
}
