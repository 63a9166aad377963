// Source: apache/nuttx commit 93eeecff6ab ("nrf52: SPI transfer failure and corruption")
// Codebase: NuttX
// Class: wrong direction / length
//
// nrf52_spi_exchange() programmed the SPIM's EasyDMA RXD.PTR/RXD.MAXCNT only
// when the caller gave an RX buffer (and TXD only for a TX buffer). A
// TX-only exchange after an exchange with a 10-byte RX buffer left RXD.PTR
// and RXD.MAXCNT from the previous call in the registers: the SPIM clocked
// the old length and wrote received bytes into the previous caller's
// buffer, which may be a dead stack frame by then. The fix writes MAXCNT = 0
// for a missing buffer (and rejects transfers over the 8-bit MAXCNT limit).
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi %s
// XFAIL: *
// dmasafe misses this today: [cross-tu-wrapper] in NuttX the exchange is in arch/arm/src/nrf52/nrf52_spi.c and the SPI device drivers that call it are separate translation units; here they share one file (issue 12 item 2)
// dmasafe misses this today: [register-level] the SPIM is programmed and started by writes to RXD.PTR / RXD.MAXCNT / TXD.* / TASKS_START through the driver's putreg helper (issue 11 item 1)
// dmasafe misses this today: [stale-register-state] the fault is a transfer described by register contents left over from an earlier call; a model would have to carry a channel's armed buffer across calls

#include <stddef.h>
#include <stdint.h>

#define NRF52_SPIM_TASKS_START_OFFSET 0x010
#define NRF52_SPIM_EVENTS_END_OFFSET 0x118
#define NRF52_SPIM_RXDPTR_OFFSET 0x534
#define NRF52_SPIM_RXDMAXCNT_OFFSET 0x538
#define NRF52_SPIM_TXDPTR_OFFSET 0x544
#define NRF52_SPIM_TXDMAXCNT_OFFSET 0x548

struct nrf52_spidev_s { uint32_t base; };
static inline void nrf52_spi_putreg(struct nrf52_spidev_s *priv, uint32_t offset, uint32_t value) {
  *(volatile uint32_t *)(priv->base + offset) = value;
}
static inline uint32_t nrf52_spi_getreg(struct nrf52_spidev_s *priv, uint32_t offset) {
  return *(volatile uint32_t *)(priv->base + offset);
}

void nrf52_spi_exchange_before_fix(struct nrf52_spidev_s *priv, const void *txbuffer,
                                   void *rxbuffer, size_t nwords) {
  if (rxbuffer != NULL) {
    nrf52_spi_putreg(priv, NRF52_SPIM_RXDPTR_OFFSET, (uint32_t)rxbuffer);
    nrf52_spi_putreg(priv, NRF52_SPIM_RXDMAXCNT_OFFSET, nwords);
  }
  if (txbuffer != NULL) {
    nrf52_spi_putreg(priv, NRF52_SPIM_TXDPTR_OFFSET, (uint32_t)txbuffer);
    nrf52_spi_putreg(priv, NRF52_SPIM_TXDMAXCNT_OFFSET, nwords);
  }
  nrf52_spi_putreg(priv, NRF52_SPIM_TASKS_START_OFFSET, 1); // expected-warning{{DMA}}
  while (nrf52_spi_getreg(priv, NRF52_SPIM_EVENTS_END_OFFSET) == 0) {
  }
}

void nrf52_spi_exchange_after_fix(struct nrf52_spidev_s *priv, const void *txbuffer,
                                  void *rxbuffer, size_t nwords) {
  if (nwords > 0xff)
    return; // MAXCNT holds 8 bits
  if (rxbuffer != NULL) {
    nrf52_spi_putreg(priv, NRF52_SPIM_RXDPTR_OFFSET, (uint32_t)rxbuffer);
    nrf52_spi_putreg(priv, NRF52_SPIM_RXDMAXCNT_OFFSET, nwords);
  } else {
    nrf52_spi_putreg(priv, NRF52_SPIM_RXDMAXCNT_OFFSET, 0);
  }
  if (txbuffer != NULL) {
    nrf52_spi_putreg(priv, NRF52_SPIM_TXDPTR_OFFSET, (uint32_t)txbuffer);
    nrf52_spi_putreg(priv, NRF52_SPIM_TXDMAXCNT_OFFSET, nwords);
  } else {
    nrf52_spi_putreg(priv, NRF52_SPIM_TXDMAXCNT_OFFSET, 0);
  }
  nrf52_spi_putreg(priv, NRF52_SPIM_TASKS_START_OFFSET, 1); // no-warning
  while (nrf52_spi_getreg(priv, NRF52_SPIM_EVENTS_END_OFFSET) == 0) {
  }
}

// A register read (TX+RX on the stack) followed by a TX-only command.
void sensor_read_then_command_before_fix(struct nrf52_spidev_s *spi) {
  uint8_t cmd[10] = {0x80}, rsp[10];
  nrf52_spi_exchange_before_fix(spi, cmd, rsp, 10);
}
void sensor_command_before_fix(struct nrf52_spidev_s *spi) {
  static uint8_t reset[2] = {0x7e, 0xb6};
  nrf52_spi_exchange_before_fix(spi, reset, NULL, 2); // writes 10 bytes into the dead rsp[]
}
void sensor_read_then_command_after_fix(struct nrf52_spidev_s *spi) {
  uint8_t cmd[10] = {0x80}, rsp[10];
  nrf52_spi_exchange_after_fix(spi, cmd, rsp, 10);
}
void sensor_command_after_fix(struct nrf52_spidev_s *spi) {
  static uint8_t reset[2] = {0x7e, 0xb6};
  nrf52_spi_exchange_after_fix(spi, reset, NULL, 2);
}
