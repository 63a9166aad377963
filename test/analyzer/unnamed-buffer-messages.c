// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify %s -I %annotations_include -I %S/Inputs

// Unnamed buffers are described ("a string literal", "the compound literal"),
// or named by the pointer the code dereferences, so messages read as sentences.
#include "dma-api.h"

struct spim { int regs; };
DMA_SUCCESS_RETURNS(0)
int spim_send(struct spim *s DMA_HANDLE, const void *tx DMA_OWNED_TX DMA_IN_RAM,
              size_t n DMA_LEN);
DMA_WAITS void spim_wait(struct spim *s DMA_HANDLE);
void ring_attach(struct spim *s, char *ring DMA_STABLE, size_t n);

static char ram[4];

void string_literal(struct spim *s) {
  spim_send(s, "ping", 4); // expected-warning-re{{{{^}}A string literal is constant data, likely placed in flash, but 'spim_send' needs a buffer in RAM}}
  spim_wait(s);
}

void compound_literal(struct spim *s) {
  ring_attach(s, (char[8]){0}, 8); // expected-warning-re{{{{^}}The compound literal passed to 'ring_attach', which requires stable storage}}
}

int heap_buffer(struct uart *u) {
  char *p = malloc(16);
  if (!p)
    return -1;
  if (uart_rx_dma(u, p, 16))
    return -1;
  int v = p[0]; // expected-warning-re{{{{^}}Read of the buffer pointed to by 'p' while a DMA transfer (device-to-memory) is in flight}} expected-note{{wait for the transfer}}
  uart_wait(u);
  free(p);
  return v;
}

// Negative twin: named buffers keep their names.
void named_buffer_ok(struct spim *s) {
  spim_send(s, ram, sizeof ram); // no-warning
  spim_wait(s);
}

int named_read(struct uart *u) {
  if (uart_rx_dma(u, ram, sizeof ram))
    return -1;
  int v = ram[0]; // expected-warning-re{{{{^}}Read of 'ram' while}} expected-note{{wait for the transfer}}
  uart_wait(u);
  return v;
}
