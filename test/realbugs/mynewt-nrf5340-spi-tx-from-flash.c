// Source: apache/mynewt-core PR #2711 ("mcu/nrf5340: Add RAM location check to calls using easyDMA")
// Codebase: Mynewt
// Class: unfit storage
//
// The nRF5340 network core's hal_spi_txrx_noblock() stored the caller's
// TX pointer straight into the SPIM's TXD.PTR. EasyDMA reads the data RAM
// only, so a TX buffer in flash (here, as in the spiflash DFU failure the
// review names, data read straight from the memory-mapped internal flash)
// was clocked out as garbage with no error. The fix tests both buffers with
// nrfx_is_in_ram() and returns SYS_EINVAL before touching the registers.
//
// RUN: %realbugs_analyze -triple thumbv8m.main-none-eabi %s

#include <stddef.h>
#include <stdint.h>

#include "nrf5340_net.h"

#define SYS_EINVAL (-2)

static uint8_t dummy_rx;

// The image header as it sits in the internal flash slot.
static const uint8_t image_header[32] = {0x3d, 0xb8, 0xf3, 0x96};

// Before the fix: no test of where the buffers are.
static int hal_spi_txrx_noblock_before_fix(void *txbuf, void *rxbuf, int len) {
  NRF_SPIM0_NS->INTENCLR = 1u << 6;
  NRF_SPIM0_NS->TXD.PTR = (uint32_t)txbuf; // expected-warning{{flash}}
  NRF_SPIM0_NS->TXD.MAXCNT = len;
  NRF_SPIM0_NS->RXD.PTR = (uint32_t)(rxbuf ? rxbuf : &dummy_rx);
  NRF_SPIM0_NS->RXD.MAXCNT = rxbuf ? len : 1;
  NRF_SPIM0_NS->EVENTS_END = 0;
  NRF_SPIM0_NS->TASKS_START = 1;
  NRF_SPIM0_NS->INTENSET = 1u << 6;
  return 0;
}

void copy_header_before_fix(void) {
  hal_spi_txrx_noblock_before_fix((void *)image_header, NULL,
                                  sizeof(image_header));
}

// After the fix: a buffer EasyDMA cannot reach is refused.
static int hal_spi_txrx_noblock_after_fix(void *txbuf, void *rxbuf, int len) {
  if (!nrfx_is_in_ram(txbuf))
    return SYS_EINVAL;
  if (rxbuf != NULL && !nrfx_is_in_ram(rxbuf))
    return SYS_EINVAL;
  NRF_SPIM0_NS->INTENCLR = 1u << 6;
  NRF_SPIM0_NS->TXD.PTR = (uint32_t)txbuf; // no-warning
  NRF_SPIM0_NS->TXD.MAXCNT = len;
  NRF_SPIM0_NS->RXD.PTR = (uint32_t)(rxbuf ? rxbuf : &dummy_rx);
  NRF_SPIM0_NS->RXD.MAXCNT = rxbuf ? len : 1;
  NRF_SPIM0_NS->EVENTS_END = 0;
  NRF_SPIM0_NS->TASKS_START = 1;
  NRF_SPIM0_NS->INTENSET = 1u << 6;
  return 0;
}

int copy_header_after_fix(void) {
  return hal_spi_txrx_noblock_after_fix((void *)image_header, NULL,
                                        sizeof(image_header));
}
