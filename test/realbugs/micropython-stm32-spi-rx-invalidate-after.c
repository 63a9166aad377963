// Source: micropython/micropython commit 7fd8a6d4bc ("stm32/dma: Add D-cache protection for DMA RX operations, including SPI", fixes issue #13471)
// Codebase: MicroPython
// Class: cache incoherence
//
// machine.SPI.write_readinto() on STM32F7/H7 cleaned and invalidated the
// destination's cache lines before HAL_SPI_TransmitReceive_DMA and then
// returned the buffer to Python without touching the cache again. The CPU
// can (speculatively, or because src == dest) pull those lines back into
// the D-cache while the DMA writes RAM, so Python read stale bytes. The fix
// adds dma_protect_rx_region() before (MPU: the partial first/last lines
// uncached) and dma_unprotect_rx_region() after completion, which
// invalidates the destination before the CPU reads it.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi -target-cpu cortex-m7 %s
// In MicroPython spi_transfer() is in ports/stm32/spi.c and machine.SPI's write_readinto in
// extmod/machine_spi.c, another translation unit; here they share one file. The wait polls the
// handle's State member through a pointer, with a timeout (models/stm32-hal.yaml `ready:`,
// api/PolledHandles.h).

#include "stm32f7xx_hal.h"

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define CLEANINVALIDATE_DCACHE(addr, size)                                    \
  SCB_CleanInvalidateDCache_by_Addr((uint32_t *)((uint32_t)(addr) & ~0x1fu),   \
                                    (((uint32_t)((uint8_t *)(addr) + (size) + 0x1f) & ~0x1fu) - \
                                     ((uint32_t)(addr) & ~0x1fu)))
#define CLEAN_DCACHE(addr, size)                                              \
  SCB_CleanDCache_by_Addr((uint32_t *)((uint32_t)(addr) & ~0x1fu),            \
                          (((uint32_t)((uint8_t *)(addr) + (size) + 0x1f) & ~0x1fu) - \
                           ((uint32_t)(addr) & ~0x1fu)))

typedef struct { SPI_HandleTypeDef *spi; } spi_t;
void mpu_config_rx_region(void *dest, size_t len);
// A failed or timed-out transfer raises a Python exception: the caller never
// reads the buffer then.
__attribute__((noreturn)) void mp_hal_raise(HAL_StatusTypeDef status);
void mpu_config_end(void);

static HAL_StatusTypeDef spi_wait_dma_finished(const spi_t *spi, uint32_t t_start, uint32_t timeout) {
  volatile int *state = &spi->spi->State;
  for (;;) {
    if (*state == HAL_SPI_STATE_READY)
      return HAL_OK;
    if (HAL_GetTick() - t_start >= timeout)
      return HAL_TIMEOUT;
  }
}

static void dma_protect_rx_region(void *dest, size_t len) {
  mpu_config_rx_region(dest, len);
  CLEANINVALIDATE_DCACHE(dest, len);
}
static void dma_unprotect_rx_region(void *dest, size_t len) {
  mpu_config_end();
  SCB_InvalidateDCache_by_Addr((uint32_t *)((uint32_t)dest & ~0x1fu), (int32_t)len + 32);
}

static void spi_transfer_before_fix(const spi_t *self, size_t len, const uint8_t *src, uint8_t *dest) {
  CLEAN_DCACHE(src, len);
  CLEANINVALIDATE_DCACHE(dest, len);
  uint32_t t_start = HAL_GetTick();
  HAL_StatusTypeDef status;
  do {
    uint32_t l = MIN(len, 65535);
    status = HAL_SPI_TransmitReceive_DMA(self->spi, src, dest, l);
    if (status != HAL_OK)
      break;
    status = spi_wait_dma_finished(self, t_start, 100);
    if (status != HAL_OK)
      break;
    len -= l;
    src += l;
    dest += l;
  } while (len);
  if (status != HAL_OK)
    mp_hal_raise(status);
}

static void spi_transfer_after_fix(const spi_t *self, size_t len, const uint8_t *src, uint8_t *dest) {
  void *odest = dest;
  size_t olen = len;
  CLEAN_DCACHE(src, len);
  dma_protect_rx_region(dest, len);
  uint32_t t_start = HAL_GetTick();
  HAL_StatusTypeDef status;
  do {
    uint32_t l = MIN(len, 65535);
    status = HAL_SPI_TransmitReceive_DMA(self->spi, src, dest, l);
    if (status != HAL_OK)
      break;
    status = spi_wait_dma_finished(self, t_start, 100);
    if (status != HAL_OK)
      break;
    len -= l;
    src += l;
    dest += l;
  } while (len);
  dma_unprotect_rx_region(odest, olen);
  if (status != HAL_OK)
    mp_hal_raise(status);
}

// machine.SPI.write_readinto(buf, buf): Python then reads the result.
int spi_write_readinto_before_fix(const spi_t *self, uint8_t *buf, size_t n) {
  spi_transfer_before_fix(self, n, buf, buf);
  return buf[0]; // expected-warning{{Read of the buffer pointed to by 'buf' after its DMA transfer (device-to-memory) completed}}
}

int spi_write_readinto_after_fix(const spi_t *self, uint8_t *buf, size_t n) {
  spi_transfer_after_fix(self, n, buf, buf);
  return buf[0]; // no-warning
}
