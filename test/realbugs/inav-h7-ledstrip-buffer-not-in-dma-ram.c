// Source: iNavFlight/inav PR #7633 ("h7: fix led strip dma configuration", fixes issue #7623)
// Codebase: iNav
// Class: cache incoherence
//
// On STM32H7 flight controllers the WS2812 LED strip is driven by timer DMA
// from ledStripDMABuffer, which iNav left in ordinary (cached) AXI SRAM.
// The compare values ws2811UpdateStrip() wrote stayed in the D-cache, so
// the DMA sent whatever RAM held: no or wrong output on the LED pin
// (reported on the MATEKH743-Mini). The fix moves the buffer into the
// DMA_RAM section, which the H7 MPU setup makes non-cacheable.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi -target-cpu cortex-m7 %s
// XFAIL: *
// dmasafe misses this today: [cross-tu-wrapper] the start is the timer DMA layer's (timerPWMStartDMA in timer_impl_hal.c: LL_DMA_ConfigAddresses / LL_DMA_EnableStream), another translation unit (issue 12 item 2)

#include <stdbool.h>
#include <stdint.h>

#define DMA_RAM __attribute__((section(".DMA_RAM")))
#define WS2811_LED_STRIP_LENGTH 32
#define WS2811_BITS_PER_LED 24
#define WS2811_DMA_BUFFER_SIZE (WS2811_BITS_PER_LED * WS2811_LED_STRIP_LENGTH + 42)
typedef uint32_t timerDMASafeType_t;
typedef struct TCH_s TCH_t;

static timerDMASafeType_t ledStripDMABuffer_before_fix[WS2811_DMA_BUFFER_SIZE];
DMA_RAM static timerDMASafeType_t ledStripDMABuffer_after_fix[WS2811_DMA_BUFFER_SIZE];
static TCH_t *ws2811TCH;
static uint16_t BIT_COMPARE_1 = 60, BIT_COMPARE_0 = 30;
uint32_t ledColorAt(unsigned ledIndex);

// drivers/timer_impl_hal.c: programs the stream with the buffer and enables it.
void timerPWMPrepareDMA(TCH_t *tch, uint32_t dmaBufferElementCount);
void timerPWMStartDMA(TCH_t *tch);
bool timerPWMConfigDMA(TCH_t *tch, void *dmaBuffer, uint8_t dmaBufferElementSize, uint32_t dmaBufferElementCount);

void ws2811Init_before_fix(TCH_t *tch) {
  ws2811TCH = tch;
  timerPWMConfigDMA(tch, ledStripDMABuffer_before_fix, sizeof(ledStripDMABuffer_before_fix[0]), WS2811_DMA_BUFFER_SIZE);
}
void ws2811Init_after_fix(TCH_t *tch) {
  ws2811TCH = tch;
  timerPWMConfigDMA(tch, ledStripDMABuffer_after_fix, sizeof(ledStripDMABuffer_after_fix[0]), WS2811_DMA_BUFFER_SIZE);
}

void ws2811UpdateStrip_before_fix(void) {
  unsigned dmaBufferOffset = 0;
  for (unsigned led = 0; led < WS2811_LED_STRIP_LENGTH; led++) {
    uint32_t grb = ledColorAt(led);
    for (int bit = 23; bit >= 0; bit--)
      ledStripDMABuffer_before_fix[dmaBufferOffset++] = (grb & (1u << bit)) ? BIT_COMPARE_1 : BIT_COMPARE_0;
  }
  timerPWMPrepareDMA(ws2811TCH, WS2811_DMA_BUFFER_SIZE);
  timerPWMStartDMA(ws2811TCH); // expected-warning-re{{DMA transfer ({{.*}}) of 'ledStripDMABuffer_before_fix' starts while bytes the CPU wrote to it are still in the data cache}}
}

void ws2811UpdateStrip_after_fix(void) {
  unsigned dmaBufferOffset = 0;
  for (unsigned led = 0; led < WS2811_LED_STRIP_LENGTH; led++) {
    uint32_t grb = ledColorAt(led);
    for (int bit = 23; bit >= 0; bit--)
      ledStripDMABuffer_after_fix[dmaBufferOffset++] = (grb & (1u << bit)) ? BIT_COMPARE_1 : BIT_COMPARE_0;
  }
  timerPWMPrepareDMA(ws2811TCH, WS2811_DMA_BUFFER_SIZE);
  timerPWMStartDMA(ws2811TCH); // no-warning
}
