// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-output=text -verify %s -I %annotations_include

// A report on an armed-then-triggered transfer shows where it was set up
// and where it started.
#include <dmasafe/annotations.h>
typedef __SIZE_TYPE__ size_t;

DMA_ARMS void dma_setup(int chan DMA_HANDLE, void *dst DMA_OWNED_RX, size_t n DMA_LEN);
DMA_TRIGGERS void dma_go(int chan DMA_HANDLE);
DMA_WAITS void dma_wait(int chan DMA_HANDLE);
int consume(int);

static unsigned char rx[16];

void read_after_trigger(void) {
  dma_setup(0, rx, sizeof rx); // expected-note{{DMA transfer (device-to-memory) of 'rx' set up here, not started}}
  consume(rx[0]);              // no-warning: set up only
  dma_go(0);                   // expected-note{{DMA transfer (device-to-memory) of 'rx' started here}}
  consume(rx[1]); // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}} \
                  // expected-note{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}} \
                  // expected-note{{wait for the transfer (e.g. 'dma_wait') before accessing the buffer}}
}
