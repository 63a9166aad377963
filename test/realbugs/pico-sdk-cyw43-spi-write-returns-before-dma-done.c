// Source: raspberrypi/pico-sdk commit 524716f1 ("Fix unreliable writes to cyw43.", PR #2209, fixes issue #2206)
// Codebase: pico-sdk
// Class: access in flight
//
// The CYW43 (Pico W radio) bus driver sends a TX-only transfer by DMA into
// the PIO state machine's TX FIFO and decided the write was over when the
// PIO's TX-stall debug flag came up. That flag can also be set while the
// bus is merely busy, so cyw43_spi_transfer() returned with the TX DMA
// still reading the caller's buffer, and the caller (e.g. the firmware
// download, chunk by chunk through one buffer) refilled it: writes to the
// chip were unreliable. The fix waits for the DMA channel to finish
// (dma_channel_wait_for_finish_blocking) before waiting for the PIO stall.
//
// RUN: %realbugs_analyze -triple thumbv6m-none-eabi %s
//
// Found in one file, as here: the DMA destination &pio->txf[sm] is a
// register of the PIO block, not a buffer (so the write to pio->fdebug is
// no access in flight), the FDEBUG spin completes nothing, and the next
// iteration's memcpy writes the staging buffer while the previous call's
// transfer still reads it. In pico-sdk the write function and the download
// loop are in different translation units (pico_cyw43_driver and the
// cyw43-driver library), which a cross-TU summary would have to bridge.

#include <stddef.h>
#include "hardware/dma.h"

// Stand-in for hardware/structs/pio.h and hardware/pio.h.
typedef struct {
  volatile uint32_t ctrl, fstat, fdebug, flevel;
  volatile uint32_t txf[4];
  volatile uint32_t rxf[4];
} pio_hw_t;
typedef pio_hw_t *PIO;
#define PIO_FDEBUG_TXSTALL_LSB 24
void pio_sm_set_enabled(PIO pio, uint sm, bool enabled);
void pio_sm_clear_fifos(PIO pio, uint sm);
void pio_sm_restart(PIO pio, uint sm);
void pio_sm_put(PIO pio, uint sm, uint32_t data);
uint pio_get_dreq(PIO pio, uint sm, bool is_tx);
void channel_config_set_bswap(dma_channel_config *c, bool bswap);
void *memcpy(void *dst, const void *src, size_t n);

typedef struct { PIO pio; uint pio_sm; uint dma_out; } bus_data_t;

static int cyw43_spi_write_before_fix(bus_data_t *bus, const uint8_t *tx, size_t tx_length) {
  pio_sm_set_enabled(bus->pio, bus->pio_sm, false);
  pio_sm_clear_fifos(bus->pio, bus->pio_sm);
  pio_sm_restart(bus->pio, bus->pio_sm);
  pio_sm_put(bus->pio, bus->pio_sm, tx_length * 8 - 1);
  dma_channel_abort(bus->dma_out);
  dma_channel_config out_config = dma_channel_get_default_config(bus->dma_out);
  channel_config_set_bswap(&out_config, true);
  channel_config_set_dreq(&out_config, pio_get_dreq(bus->pio, bus->pio_sm, true));
  dma_channel_configure(bus->dma_out, &out_config, &bus->pio->txf[bus->pio_sm], tx, tx_length / 4, true);
  uint32_t fdebug_tx_stall = 1u << (PIO_FDEBUG_TXSTALL_LSB + bus->pio_sm);
  bus->pio->fdebug = fdebug_tx_stall;
  pio_sm_set_enabled(bus->pio, bus->pio_sm, true);
  while (!(bus->pio->fdebug & fdebug_tx_stall)) {
  }
  return 0;
}

static int cyw43_spi_write_after_fix(bus_data_t *bus, const uint8_t *tx, size_t tx_length) {
  pio_sm_set_enabled(bus->pio, bus->pio_sm, false);
  pio_sm_clear_fifos(bus->pio, bus->pio_sm);
  pio_sm_restart(bus->pio, bus->pio_sm);
  pio_sm_put(bus->pio, bus->pio_sm, tx_length * 8 - 1);
  dma_channel_abort(bus->dma_out);
  dma_channel_config out_config = dma_channel_get_default_config(bus->dma_out);
  channel_config_set_bswap(&out_config, true);
  channel_config_set_dreq(&out_config, pio_get_dreq(bus->pio, bus->pio_sm, true));
  dma_channel_configure(bus->dma_out, &out_config, &bus->pio->txf[bus->pio_sm], tx, tx_length / 4, true);
  pio_sm_set_enabled(bus->pio, bus->pio_sm, true);
  dma_channel_wait_for_finish_blocking(bus->dma_out);
  uint32_t fdebug_tx_stall = 1u << (PIO_FDEBUG_TXSTALL_LSB + bus->pio_sm);
  bus->pio->fdebug = fdebug_tx_stall;
  while (!(bus->pio->fdebug & fdebug_tx_stall)) {
  }
  return 0;
}

// The firmware download: one staging buffer, refilled for every chunk.
#define CHUNK 64
static uint32_t spid_buf[CHUNK / 4];

void cyw43_download_firmware_before_fix(bus_data_t *bus, const uint8_t *fw, size_t len) {
  for (size_t off = 0; off < len; off += CHUNK) {
    memcpy(spid_buf, fw + off, CHUNK); // expected-warning{{in flight}}
    cyw43_spi_write_before_fix(bus, (const uint8_t *)spid_buf, CHUNK);
  }
}

void cyw43_download_firmware_after_fix(bus_data_t *bus, const uint8_t *fw, size_t len) {
  for (size_t off = 0; off < len; off += CHUNK) {
    memcpy(spid_buf, fw + off, CHUNK); // no-warning
    cyw43_spi_write_after_fix(bus, (const uint8_t *)spid_buf, CHUNK);
  }
}
