// Source: zephyrproject-rtos/zephyr PR #93430 ("led_strip: ws2812_spi: place buffer in __nocache for DMA")
// Codebase: Zephyr
// Class: cache incoherence
//
// The ws2812_spi LED strip driver encodes the pixels into a static
// per-instance buffer and sends it with spi_write_dt(). On STM32 parts with
// a D-cache and SPI DMA enabled, the STM32 SPI driver refuses TX buffers in
// cacheable memory ("SPI DMA transfers not supported on cached memory")
// because the DMA would read stale RAM; the strip never updated. The fix
// (a Kconfig option) places the pixel buffer in the `__nocache` region.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi -target-cpu cortex-m7 %s
// RUN: %realbugs_tidy %s -- --target=thumbv7em-none-eabi -mcpu=cortex-m7 -ffreestanding -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'
// XFAIL: *
// dmasafe misses this today: [loop-bound] each colour is encoded by ws2812_serialize_color's 8-iteration loop, one branch per bit: the engine's loop unrolling (unroll-loops, on in dmasafe) gives up on a loop whose body branches, so the analyzer still ends those paths at its loop bound, so only the path with no pixel reaches spi_write_dt (modelled since session 8: role transfer), and it wrote nothing (issue 11 item 4)
// dmasafe misses this today: [no-cache-check] clang-tidy has no cache check (issue 13 item 2)

#include "zephyr/drivers/spi.h"

#define __nocache __attribute__((section(".nocache")))
#define PX_BUFSZ (3 * 8 * 16)
struct led_rgb { uint8_t r, g, b; };
struct ws2812_spi_cfg { struct spi_dt_spec bus; uint8_t *px_buf; size_t num_pixels; uint8_t one_frame, zero_frame; };

static uint8_t ws2812_spi_0_px_buf_before_fix[PX_BUFSZ];
static __nocache uint8_t ws2812_spi_0_px_buf_after_fix[PX_BUFSZ];

static void ws2812_serialize_color(const struct ws2812_spi_cfg *cfg, uint8_t *buf, uint8_t color) {
  for (int i = 0; i < 8; i++)
    buf[i] = (color & (0x80 >> i)) ? cfg->one_frame : cfg->zero_frame;
}

int ws2812_strip_update_rgb_before_fix(const struct ws2812_spi_cfg *cfg, const struct led_rgb *pixels) {
  uint8_t *px_buf = ws2812_spi_0_px_buf_before_fix;
  for (size_t i = 0; i < cfg->num_pixels; i++) {
    ws2812_serialize_color(cfg, px_buf, pixels[i].g);
    ws2812_serialize_color(cfg, px_buf + 8, pixels[i].r);
    ws2812_serialize_color(cfg, px_buf + 16, pixels[i].b);
    px_buf += 24;
  }
  const struct spi_buf buf = {.buf = ws2812_spi_0_px_buf_before_fix, .len = sizeof ws2812_spi_0_px_buf_before_fix};
  const struct spi_buf_set tx = {.buffers = &buf, .count = 1};
  return spi_write_dt(&cfg->bus, &tx); // expected-warning-re{{DMA transfer ({{.*}}) of 'ws2812_spi_0_px_buf_before_fix' starts while bytes the CPU wrote to it are still in the data cache}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}data cache{{.*}} [dmasafe-
}

int ws2812_strip_update_rgb_after_fix(const struct ws2812_spi_cfg *cfg, const struct led_rgb *pixels) {
  uint8_t *px_buf = ws2812_spi_0_px_buf_after_fix;
  for (size_t i = 0; i < cfg->num_pixels; i++) {
    ws2812_serialize_color(cfg, px_buf, pixels[i].g);
    ws2812_serialize_color(cfg, px_buf + 8, pixels[i].r);
    ws2812_serialize_color(cfg, px_buf + 16, pixels[i].b);
    px_buf += 24;
  }
  const struct spi_buf buf = {.buf = ws2812_spi_0_px_buf_after_fix, .len = sizeof ws2812_spi_0_px_buf_after_fix};
  const struct spi_buf_set tx = {.buffers = &buf, .count = 1};
  return spi_write_dt(&cfg->bus, &tx); // no-warning
}
