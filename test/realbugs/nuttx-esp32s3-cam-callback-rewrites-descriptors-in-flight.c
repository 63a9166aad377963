// Source: apache/nuttx commit f92b3d8d794 ("arch/xtensa/esp32s3: fix CAM DMA race and heap-allocate descriptors")
// Codebase: NuttX
// Class: access in flight
//
// The ESP32-S3 camera driver's interrupt handler, at the end of a frame,
// stopped the CAM and called the capture-done callback of the V4L2 upper
// half, and only then reset the GDMA channel. The callback may call
// set_buf(), which rewrites the channel's DMA descriptor list for the next
// frame; the GDMA was still draining the CAM FIFO, read half-written
// descriptors and followed a corrupted buffer pointer, writing pixel data
// over unrelated memory. The fix resets (stops) the DMA channel before the
// callback, and does not restart it if the callback stopped capture.
//
// RUN: %realbugs_analyze -triple riscv32-unknown-none-elf %s
// (Analyzed for riscv32: this LLVM has no Xtensa target.)
// XFAIL: *
// dmasafe misses this today: [register-level] the GDMA channel is programmed and started through the driver's register helpers (esp32s3_dma_setup / esp32s3_dma_load / esp32s3_dma_enable) and stopped by esp32s3_dma_reset_channel, none modelled (issue 11 item 1)
// dmasafe misses this today: [isr-completion] the end of the frame is seen in cam_interrupt, an interrupt handler testing the VSYNC status bit (issue 11 item 2)
// dmasafe misses this today: [cross-tu-wrapper] the descriptor rewrite happens in the upper half's callback (another translation unit) through a function pointer (issue 12 item 2)

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

struct esp32s3_dmadesc_s { uint32_t ctrl; const uint8_t *pbuf; struct esp32s3_dmadesc_s *next; };
#define CAM_DMADESC_NUM 8
typedef void (*capture_done_cb)(uint8_t *buf, size_t len, void *arg);

struct esp32s3_cam_s {
  int dma_channel;
  struct esp32s3_dmadesc_s *dmadesc;
  uint8_t *fb;
  size_t fb_len;
  volatile bool capturing;
  uint32_t vsync_cnt;
  capture_done_cb cb;
  void *cb_arg;
};

uint32_t cam_int_status(void);
void cam_int_clear(uint32_t status);
void cam_stop(void);
void cam_start(void);
void esp32s3_dma_reset_channel(int chan, bool tx);
void esp32s3_dma_load(struct esp32s3_dmadesc_s *dmadesc, int chan, bool tx);
void esp32s3_dma_enable(int chan, bool tx);
#define CAM_VSYNC_INT_ST (1u << 2)

static void cam_restart(struct esp32s3_cam_s *priv) {
  esp32s3_dma_reset_channel(priv->dma_channel, false);
  esp32s3_dma_load(priv->dmadesc, priv->dma_channel, false);
  esp32s3_dma_enable(priv->dma_channel, false);
  cam_start();
}

int cam_interrupt_before_fix(int irq, void *context, void *arg) {
  struct esp32s3_cam_s *priv = arg;
  uint32_t status = cam_int_status();
  cam_int_clear(status);
  if ((status & CAM_VSYNC_INT_ST) && priv->capturing && ++priv->vsync_cnt > 1) {
    cam_stop();
    priv->cb(priv->fb, priv->fb_len, priv->cb_arg); // expected-warning{{in flight}}
    priv->vsync_cnt = 0;
    cam_restart(priv);
  }
  return 0;
}

int cam_interrupt_after_fix(int irq, void *context, void *arg) {
  struct esp32s3_cam_s *priv = arg;
  uint32_t status = cam_int_status();
  cam_int_clear(status);
  if ((status & CAM_VSYNC_INT_ST) && priv->capturing && ++priv->vsync_cnt > 1) {
    cam_stop();
    esp32s3_dma_reset_channel(priv->dma_channel, false); // stop the DMA before the callback
    priv->cb(priv->fb, priv->fb_len, priv->cb_arg); // no-warning
    priv->vsync_cnt = 0;
    if (priv->capturing)
      cam_restart(priv);
  }
  return 0;
}
