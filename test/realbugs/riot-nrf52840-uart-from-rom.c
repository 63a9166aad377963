// Source: RIOT-OS/RIOT commit 91057de140 ("cpu/nrf52840: fix UART DMA when data is in ROM")
// Codebase: RIOT
// Class: unfit storage
//
// The nRF52840 UARTE sends through EasyDMA, which can only read RAM. RIOT's
// uart_write() stored the caller's pointer straight into TXD.PTR, so a
// string constant (in flash) was "sent" as garbage or not at all. The fix
// tests the address against the RAM window and, for data in ROM, copies it
// chunk-wise into a small stack buffer that it sends and waits for before
// the next chunk.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi %s
// Found because the driver and the caller share one file here; in RIOT
// uart_write() is in cpu/nrf5x_common/periph/uart.c and the printing caller
// in the application or stdio, another translation unit (issue 12 item 2).
// The fixed twin is silent: the `(uint32_t)data & RAM_MASK` test leaves the
// placement to the code (analyzer/checker/PlacementTests.cpp).

#include <stddef.h>
#include <stdint.h>
void *memcpy(void *, const void *, size_t);

#include "nrf52840.h"

#define RAM_MASK 0x20000000u
#define CHUNK 32u

// Before the fix: whatever the caller passes goes to EasyDMA.
static void uart_write_before_fix(const uint8_t *data, size_t len) {
  NRF_UARTE0->EVENTS_ENDTX = 0;
  NRF_UARTE0->TXD.PTR = (uint32_t)data; // expected-warning{{flash}}
  NRF_UARTE0->TXD.MAXCNT = len;
  NRF_UARTE0->TASKS_STARTTX = 1;
  while (NRF_UARTE0->EVENTS_ENDTX == 0) {
  }
}

void print_banner_before_fix(void) {
  uart_write_before_fix((const uint8_t *)"main(): This is RIOT!\n", 22);
}

// After the fix: data outside RAM is copied to a RAM chunk first; each chunk
// is waited for before the stack buffer is reused or goes out of scope.
static void write_buf_after_fix(const uint8_t *data, size_t len) {
  NRF_UARTE0->EVENTS_ENDTX = 0;
  NRF_UARTE0->TXD.PTR = (uint32_t)data;
  NRF_UARTE0->TXD.MAXCNT = len;
  NRF_UARTE0->TASKS_STARTTX = 1;
  while (NRF_UARTE0->EVENTS_ENDTX == 0) {
  }
}

static void uart_write_after_fix(const uint8_t *data, size_t len) {
  if (!((uint32_t)data & RAM_MASK)) {
    size_t pos = 0;
    while (pos < len) {
      uint8_t tmp[CHUNK];
      size_t n = len - pos > CHUNK ? CHUNK : len - pos;
      memcpy(tmp, data + pos, n);
      write_buf_after_fix(tmp, n);
      pos += n;
    }
  } else {
    write_buf_after_fix(data, len);
  }
}

void print_banner_after_fix(void) {
  uart_write_after_fix((const uint8_t *)"main(): This is RIOT!\n", 22); // no-warning
}
