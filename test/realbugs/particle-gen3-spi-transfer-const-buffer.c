// Source: particle-iot/device-os PR #2196 ("Gen3: SPI.transfer() supports accepting const void* parameter.")
// Codebase: Particle Device OS
// Class: unfit storage
//
// On Gen3 (nRF52840) devices SPI.transfer() passed the application's TX
// pointer straight to nrfx_spim_xfer(). SPIM's EasyDMA can only read RAM,
// so a transfer from a string literal or const array (which worked on the
// STM32-based Gen2 boards) faulted at once. The fix makes the parameter
// `const void *` and, for a TX buffer outside RAM (nrfx_is_in_ram), copies
// it in chunks to a RAM buffer before each SPIM transfer. (Device OS is C++;
// the reduction keeps its logic in C. In Device OS the HAL and the
// application are separate translation units; here they share one file.)
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi %s
// Found because the HAL and the application share one file here; in the
// real layout the nrfx call is in the HAL (spi_hal.cpp), another
// translation unit (issue 12 item 2). The fixed twin is silent: the
// nrfx_is_in_ram() test of the TX address leaves its placement to the code
// (analyzer/checker/PlacementTests.cpp).

#include "nrfx_spim.h"

void *memcpy(void *dst, const void *src, size_t n);
static const nrfx_spim_t m_spim = {0, 0};
#define TX_RAM_CHUNK 32
static uint8_t s_tx_ram[TX_RAM_CHUNK];

static int hal_spi_transfer_before_fix(const uint8_t *tx, uint8_t *rx, size_t len) {
  nrfx_spim_xfer_desc_t desc = NRFX_SPIM_XFER_TRX(tx, len, rx, rx ? len : 0);
  return nrfx_spim_xfer(&m_spim, &desc, 0) == NRFX_SUCCESS ? 0 : -1; // expected-warning{{flash}}
}

static int hal_spi_transfer_after_fix(const uint8_t *tx, uint8_t *rx, size_t len) {
  if (tx == NULL || nrfx_is_in_ram(tx)) {
    nrfx_spim_xfer_desc_t desc = NRFX_SPIM_XFER_TRX(tx, len, rx, rx ? len : 0);
    return nrfx_spim_xfer(&m_spim, &desc, 0) == NRFX_SUCCESS ? 0 : -1; // no-warning
  }
  for (size_t off = 0; off < len; off += TX_RAM_CHUNK) {
    size_t n = len - off < TX_RAM_CHUNK ? len - off : TX_RAM_CHUNK;
    memcpy(s_tx_ram, tx + off, n);
    nrfx_spim_xfer_desc_t desc = NRFX_SPIM_XFER_TRX(s_tx_ram, n, rx ? rx + off : NULL, rx ? n : 0);
    if (nrfx_spim_xfer(&m_spim, &desc, 0) != NRFX_SUCCESS) // no-warning
      return -1;
  }
  return 0;
}

// The application: SPI.transfer((uint8_t *)"ABC", NULL, sizeof("ABC"), NULL);
void loop_before_fix(void) { hal_spi_transfer_before_fix((const uint8_t *)"ABC", NULL, sizeof("ABC")); }
void loop_after_fix(void) { hal_spi_transfer_after_fix((const uint8_t *)"ABC", NULL, sizeof("ABC")); }
