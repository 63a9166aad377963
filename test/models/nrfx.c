// The nrfx model: EasyDMA reads RAM only, so const data with static
// storage (placed in flash) is unfit storage; RAM buffers are fine, and
// no transfer is tracked (blocking or not is decided at init).
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/nrfx.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "nrfx_drivers.h"

static const nrfx_uarte_t uarte = {0, 0};
static const nrfx_spim_t spim = {0, 0};
static const nrfx_twim_t twim = {0, 0};

static const uint8_t banner[] = "hello from flash";
static uint8_t tx_ram[32] = "hello from RAM";
static uint8_t rx_ram[32];
static const uint8_t twim_cmd[2] = {0x0F, 0x00};

void uarte_tx_from_flash(void) {
  nrfx_uarte_tx(&uarte, banner, sizeof banner, 0); // expected-warning{{DMA buffer 'banner' is constant data, likely placed in flash, but 'nrfx_uarte_tx' needs a buffer in RAM}}
}

void uarte_tx_from_ram_ok(void) {
  nrfx_uarte_tx(&uarte, tx_ram, sizeof tx_ram, 0); // no-warning
  tx_ram[0] = 'H'; // no-warning: whether the transfer is still running is unknown
}

void uarte_tx_from_stack_copy_ok(void) {
  uint8_t copy[sizeof banner];
  for (unsigned i = 0; i < sizeof banner; ++i)
    copy[i] = banner[i];
  nrfx_uarte_tx(&uarte, copy, sizeof copy, 0); // no-warning
}

void spim_xfer_tx_from_flash(void) {
  nrfx_spim_xfer_desc_t xfer = {banner, sizeof banner, rx_ram, sizeof rx_ram};
  nrfx_spim_xfer(&spim, &xfer, 0); // expected-warning{{DMA buffer 'banner' is constant data, likely placed in flash, but 'nrfx_spim_xfer' needs a buffer in RAM}}
}

void spim_xfer_ram_ok(void) {
  nrfx_spim_xfer_desc_t xfer = {tx_ram, sizeof tx_ram, rx_ram, sizeof rx_ram};
  nrfx_spim_xfer(&spim, &xfer, 0); // no-warning
}

void twim_write_register_from_flash(void) {
  nrfx_twim_xfer_desc_t xfer = {NRFX_TWIM_XFER_TX, 0x68, sizeof twim_cmd, 0,
                                (uint8_t *)twim_cmd, 0};
  nrfx_twim_xfer(&twim, &xfer, 0); // expected-warning{{DMA buffer 'twim_cmd' is constant data, likely placed in flash, but 'nrfx_twim_xfer' needs a buffer in RAM}}
}

void twim_read_into_ram_ok(void) {
  nrfx_twim_xfer_desc_t xfer = {NRFX_TWIM_XFER_TXRX, 0x68, 1, sizeof rx_ram,
                                tx_ram, rx_ram};
  nrfx_twim_xfer(&twim, &xfer, 0); // no-warning
}

void spim_rx_length_overruns(void) {
  nrfx_spim_xfer_desc_t xfer = {tx_ram, sizeof tx_ram, rx_ram, 2 * sizeof rx_ram};
  nrfx_spim_xfer(&spim, &xfer, 0); // expected-warning{{DMA transfer of 64 bytes by 'nrfx_spim_xfer' overruns 'rx_ram', which has 32 bytes}}
}

void uarte_length_overruns(void) {
  nrfx_uarte_tx(&uarte, tx_ram, sizeof tx_ram + 1, 0); // expected-warning{{DMA transfer of 33 bytes by 'nrfx_uarte_tx' overruns 'tx_ram', which has 32 bytes}}
}
