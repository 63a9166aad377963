// Source: adafruit/circuitpython commit 81afa66078 ("Fix display glitch during neopixel update", fixes issue #10564)
// Codebase: CircuitPython
// Class: placement
//
// On the RP2350 CircuitPython may allocate large buffers (a NeoPixel
// pixel buffer, a display framebuffer) in external PSRAM. The rp2pio
// StateMachine's _transfer() fed the PIO TX FIFO by DMA straight from the
// caller's buffer; DMA reads from PSRAM stall behind the QMI, so the strip
// glitched. The fix copies a buffer below SRAM_BASE into a temporary
// DMA-capable SRAM buffer (port_malloc(len, true)) before the transfer, and
// fails cleanly if it cannot.
//
// RUN: %realbugs_analyze -triple thumbv8m.main-none-eabi %s
// XFAIL: *
// dmasafe misses this today: [cross-tu-wrapper] in CircuitPython _transfer() is in common-hal/rp2pio/StateMachine.c and neopixel_write() in common-hal/neopixel_write, another translation unit; here they share one file (issue 12 item 2)
// dmasafe misses this today: [no-placement-check] no region model says that RP2350 PSRAM (below SRAM_BASE, from port_malloc(len, false)) is unfit for DMA, nor that the copy guarded by `data_out < SRAM_BASE` makes it fit (issue 13 item 4); the pico-sdk start itself is modelled

#include <stddef.h>
#include "hardware/dma.h"

#define SRAM_BASE 0x20000000u
void *port_malloc(size_t size, bool dma_capable);
void port_free(void *ptr);
void *memcpy(void *dst, const void *src, size_t n);

typedef struct { volatile uint32_t *txf; uint tx_dreq; } rp2pio_statemachine_obj_t;

static bool transfer_before_fix(rp2pio_statemachine_obj_t *self, const uint8_t *data_out, size_t out_len) {
  int chan_tx = dma_claim_unused_channel(false);
  if (chan_tx < 0)
    return false;
  dma_channel_config c = dma_channel_get_default_config(chan_tx);
  channel_config_set_transfer_data_size(&c, DMA_SIZE_8);
  channel_config_set_dreq(&c, self->tx_dreq);
  channel_config_set_read_increment(&c, true);
  channel_config_set_write_increment(&c, false);
  dma_channel_configure(chan_tx, &c, self->txf, data_out, out_len, false); // expected-warning{{PSRAM}}
  dma_start_channel_mask(1u << chan_tx);
  while (dma_channel_is_busy(chan_tx)) {
  }
  dma_channel_unclaim(chan_tx);
  return true;
}

static bool transfer_after_fix(rp2pio_statemachine_obj_t *self, const uint8_t *data_out, size_t out_len) {
  const uint8_t *sram_data_out = data_out;
  bool free_data_out = false;
  if ((uintptr_t)data_out < SRAM_BASE) {
    uint8_t *temp_buffer = port_malloc(out_len, true);
    if (temp_buffer == NULL)
      return false;
    memcpy(temp_buffer, data_out, out_len);
    sram_data_out = temp_buffer;
    free_data_out = true;
  }
  int chan_tx = dma_claim_unused_channel(false);
  if (chan_tx < 0) {
    if (free_data_out)
      port_free((void *)sram_data_out);
    return false;
  }
  dma_channel_config c = dma_channel_get_default_config(chan_tx);
  channel_config_set_transfer_data_size(&c, DMA_SIZE_8);
  channel_config_set_dreq(&c, self->tx_dreq);
  channel_config_set_read_increment(&c, true);
  channel_config_set_write_increment(&c, false);
  dma_channel_configure(chan_tx, &c, self->txf, sram_data_out, out_len, false); // no-warning
  dma_start_channel_mask(1u << chan_tx);
  while (dma_channel_is_busy(chan_tx)) {
  }
  dma_channel_unclaim(chan_tx);
  if (free_data_out)
    port_free((void *)sram_data_out);
  return true;
}

// neopixel_write(): the pixel buffer of a large strip lives in PSRAM.
bool neopixel_write_before_fix(rp2pio_statemachine_obj_t *sm, size_t n) {
  uint8_t *pixels = port_malloc(n, false);
  if (pixels == NULL)
    return false;
  bool ok = transfer_before_fix(sm, pixels, n);
  port_free(pixels);
  return ok;
}

bool neopixel_write_after_fix(rp2pio_statemachine_obj_t *sm, size_t n) {
  uint8_t *pixels = port_malloc(n, false);
  if (pixels == NULL)
    return false;
  bool ok = transfer_after_fix(sm, pixels, n);
  port_free(pixels);
  return ok;
}
