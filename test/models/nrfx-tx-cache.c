// A later model file overrides a shipped entry: with the project's
// nrfx-tx-cache.yaml, UARTE TX from flash is accepted (nrfx >= 3.0 copies it
// through tx_cache); SPIM still needs RAM.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config "dmasafe.DmaModeling:ModelFiles=%models_dir/nrfx.yaml;%S/Inputs/nrfx-tx-cache.yaml" \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "nrfx_drivers.h"

static const nrfx_uarte_t uarte = {0, 0};
static const nrfx_spim_t spim = {0, 0};
static const uint8_t banner[] = "hello from flash";
static uint8_t rx_ram[32];

void uarte_tx_from_flash_with_cache_ok(void) {
  nrfx_uarte_tx(&uarte, banner, sizeof banner, 0); // no-warning
}

void spim_still_needs_ram(void) {
  nrfx_spim_xfer_desc_t xfer = {banner, sizeof banner, rx_ram, sizeof rx_ram};
  nrfx_spim_xfer(&spim, &xfer, 0); // expected-warning{{is constant data, likely placed in flash, but 'nrfx_spim_xfer' needs a buffer in RAM}}
}
