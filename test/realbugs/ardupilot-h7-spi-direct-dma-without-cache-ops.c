// Source: ArduPilot/ardupilot PR #25919 ("HAL_ChibiOS: fixed DMA on SPI on H743")
// Codebase: ArduPilot
// Class: cache incoherence
//
// ArduPilot's ChibiOS SPIDevice::do_transfer() hands buffers that look
// DMA-safe (in DMA-capable RAM, suitably aligned) straight to ChibiOS's
// spiExchange() and copies others through a bounce buffer whose setup and
// finish functions clean and invalidate the D-cache. On the H743 the SPIv3
// driver of ChibiOS does no cache maintenance of its own, so direct
// transfers sent stale TX bytes and returned stale RX bytes: IMU reads
// failed under load. The fix makes IS_DMA_SAFE() false on H7, so every
// transfer goes through the bounce buffer and its cache maintenance.
// (ArduPilot's SPIDevice is C++; this reduction keeps its logic in C.)
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi -target-cpu cortex-m7 %s
// XFAIL: *
// dmasafe misses this today: [cross-tu-wrapper] the CPU writes the TX bytes and reads the RX bytes in do_transfer's callers (the sensor drivers, other translation units), so on this path no byte of either buffer is dirty or read (spiExchange is modelled: models/chibios-spi-v1.yaml); the cache maintenance of the fixed twin is inside bouncebuffer_setup_*/finish_* in bouncebuffer.c, another translation unit (issue 12 item 2)

#include <stdbool.h>
#include <stdint.h>
#include "hal_spi.h"

struct bouncebuffer_t;
bool bouncebuffer_setup_read(struct bouncebuffer_t *bb, uint8_t **buf, uint32_t size);
bool bouncebuffer_setup_write(struct bouncebuffer_t *bb, const uint8_t **buf, uint32_t size);
void bouncebuffer_finish_read(struct bouncebuffer_t *bb, const uint8_t *buf, uint32_t size);
void bouncebuffer_finish_write(struct bouncebuffer_t *bb, const uint8_t *buf);

#define IS_DMA_SAFE_BEFORE_FIX(addr) ((((uint32_t)(addr)) & 0xF0000000u) == 0x20000000u && (((uint32_t)(addr)) & 3u) == 0)
#define IS_DMA_SAFE_AFTER_FIX(addr) false // STM32H7: always bounce

struct spi_device { SPIDriver *spi; struct bouncebuffer_t *bounce_rx, *bounce_tx; };

bool do_transfer_before_fix(struct spi_device *dev, const uint8_t *send, uint8_t *recv, uint32_t len) {
  bool direct = IS_DMA_SAFE_BEFORE_FIX(send) && IS_DMA_SAFE_BEFORE_FIX(recv);
  if (!direct) {
    bouncebuffer_setup_read(dev->bounce_rx, &recv, len);
    bouncebuffer_setup_write(dev->bounce_tx, &send, len);
  }
  spiExchange(dev->spi, len, send, recv); // expected-warning-re{{{{(DMA transfer \(.*\) of .* starts while bytes the CPU wrote to it are still in the data cache|Read of .* after its DMA transfer \(device-to-memory\) completed)}}}}
  if (!direct) {
    bouncebuffer_finish_read(dev->bounce_rx, recv, len);
    bouncebuffer_finish_write(dev->bounce_tx, send);
  }
  return true;
}

bool do_transfer_after_fix(struct spi_device *dev, const uint8_t *send, uint8_t *recv, uint32_t len) {
  bool direct = IS_DMA_SAFE_AFTER_FIX(send) && IS_DMA_SAFE_AFTER_FIX(recv);
  if (!direct) {
    bouncebuffer_setup_read(dev->bounce_rx, &recv, len);
    bouncebuffer_setup_write(dev->bounce_tx, &send, len);
  }
  spiExchange(dev->spi, len, send, recv); // no-warning
  if (!direct) {
    bouncebuffer_finish_read(dev->bounce_rx, recv, len);
    bouncebuffer_finish_write(dev->bounce_tx, send);
  }
  return true;
}
