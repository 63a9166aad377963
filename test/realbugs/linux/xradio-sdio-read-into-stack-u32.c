// Source: fifteenhex/xradio commit a835c47 ("sdio: use sdio_readl for u32 values on stack", PR #20)
// Codebase: Linux (out-of-tree driver)
// Class: unfit storage
//
// The XRadio XR819 SDIO Wi-Fi driver read and wrote its 32-bit registers
// with sdio_memcpy_fromio()/sdio_memcpy_toio() on `u32` variables on the
// stack. The MMC host may DMA those buffers, and with vmapped stacks
// (ARM since a1c510d0adc6) stack memory cannot be used for DMA: invalid
// data or kernel panics. The fix uses sdio_readl()/sdio_writel(), which
// bounce through a properly allocated buffer, for 4-byte accesses.
//
// RUN: %realbugs_analyze -triple armv7a-unknown-linux-gnueabihf %s
// In xradio sdio_data_read() is in sdio.c and the register read in hwio.c;
// here they share one file, as one translation unit the analyzer follows
// (across files it needs a summary: issue 12 item 2).

#include "linux/mmc/sdio_func.h"

struct xradio_common { struct sdio_func *sdio_func; };
#define HIF_CONFIG_REG_ID 0x0000

static int sdio_data_read_before_fix(struct xradio_common *self, unsigned int addr, void *dst, int count) {
  return sdio_memcpy_fromio(self->sdio_func, dst, addr, count);
}

static int sdio_data_read_after_fix(struct xradio_common *self, unsigned int addr, void *dst, int count) {
  int ret;
  switch (count) {
  case 4:
    *((u32 *)dst) = sdio_readl(self->sdio_func, addr, &ret);
    break;
  default:
    ret = sdio_memcpy_fromio(self->sdio_func, dst, addr, count);
    break;
  }
  return ret;
}

// hwio.c: a 32-bit register read into a local.
int xradio_reg_read_32_before_fix(struct xradio_common *self, u16 addr, u32 *val) {
  u32 tmp;
  int ret = sdio_data_read_before_fix(self, addr, &tmp, sizeof(tmp)); // expected-warning{{stack}}
  *val = tmp;
  return ret;
}

int xradio_reg_read_32_after_fix(struct xradio_common *self, u16 addr, u32 *val) {
  u32 tmp;
  int ret = sdio_data_read_after_fix(self, addr, &tmp, sizeof(tmp)); // no-warning
  *val = tmp;
  return ret;
}
