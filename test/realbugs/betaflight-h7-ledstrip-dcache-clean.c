// Source: betaflight/betaflight commit cb908a6893 ("Add USE_LEDSTRIP_CACHE_MGMT option to use explicit cache management for LED strip", PR #10378)
// Codebase: Betaflight
// Class: cache incoherence
//
// On the STM32H7 the WS2811 LED strip is driven by a timer's PWM DMA from
// ledStripDMABuffer. The buffer was meant to sit in a non-cacheable DMA_RAM
// region, but that MPU region did not cover it once .bss moved, so the
// compare values ws2811UpdateStrip() had just computed stayed in the D-cache
// and the DMA sent stale colours. The fix (first for the NUCLEOH743, later
// for all H7 targets) cleans the buffer's cache lines, rounded to 32-byte
// lines and with the buffer aligned to 32, right before the DMA is enabled.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi -target-cpu cortex-m7 %s
// XFAIL: *
// dmasafe misses this today: [cross-tu-wrapper] the start is ws2811LedStripDMAEnable() in light_ws2811strip_hal.c, another translation unit (issue 12 item 2)

#include <stdbool.h>
#include "stm32f7xx.h"

#define WS2811_LED_STRIP_LENGTH 32
#define WS2811_BITS_PER_LED 24
#define WS2811_DMA_BUFFER_SIZE (WS2811_BITS_PER_LED * WS2811_LED_STRIP_LENGTH + 42)
#define WS2811_DMA_BUF_BYTES (WS2811_DMA_BUFFER_SIZE * sizeof(uint32_t))
#define WS2811_DMA_BUF_CACHE_ALIGN_BYTES ((WS2811_DMA_BUF_BYTES + 0x20) & ~0x1f)
#define WS2811_DMA_BUF_CACHE_ALIGN_LENGTH (WS2811_DMA_BUF_CACHE_ALIGN_BYTES / sizeof(uint32_t))

typedef struct { uint8_t r, g, b; } rgbColor24bpp_t;

__attribute__((aligned(32))) uint32_t ledStripDMABuffer[WS2811_DMA_BUF_CACHE_ALIGN_LENGTH];
rgbColor24bpp_t ledColors[WS2811_LED_STRIP_LENGTH];
volatile bool ws2811LedDataTransferInProgress;
uint16_t BIT_COMPARE_1 = 60, BIT_COMPARE_0 = 30;
static unsigned usedLedCount = WS2811_LED_STRIP_LENGTH;

// light_ws2811strip_hal.c: HAL_TIM_PWM_Start_DMA(&TimHandle, timerChannel,
// ledStripDMABuffer, WS2811_DMA_BUFFER_SIZE); the DMA's transfer-complete
// callback clears ws2811LedDataTransferInProgress.
void ws2811LedStripDMAEnable(void);

static void updateLEDDMABuffer(const rgbColor24bpp_t *color, unsigned ledIndex) {
  uint32_t packed = (color->g << 16) | (color->r << 8) | color->b;
  unsigned dmaBufferOffset = ledIndex * WS2811_BITS_PER_LED;
  for (int index = 23; index >= 0; index--)
    ledStripDMABuffer[dmaBufferOffset++] = (packed & (1 << index)) ? BIT_COMPARE_1 : BIT_COMPARE_0;
}

void ws2811UpdateStrip_before_fix(void) {
  unsigned ledIndex = 0;
  while (ledIndex < usedLedCount) {
    updateLEDDMABuffer(&ledColors[ledIndex], ledIndex);
    ledIndex++;
  }
  ws2811LedDataTransferInProgress = true;
  ws2811LedStripDMAEnable(); // expected-warning-re{{DMA transfer ({{.*}}) of 'ledStripDMABuffer' starts while bytes the CPU wrote to it are still in the data cache}}
}

void ws2811UpdateStrip_after_fix(void) {
  unsigned ledIndex = 0;
  while (ledIndex < usedLedCount) {
    updateLEDDMABuffer(&ledColors[ledIndex], ledIndex);
    ledIndex++;
  }
  SCB_CleanDCache_by_Addr(ledStripDMABuffer, WS2811_DMA_BUF_CACHE_ALIGN_BYTES);
  ws2811LedDataTransferInProgress = true;
  ws2811LedStripDMAEnable(); // no-warning
}
