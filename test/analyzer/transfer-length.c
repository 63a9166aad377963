// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,unix.Malloc,dmasafe -analyzer-output=text -verify %s -I %annotations_include -I %S/Inputs

#include "dma-api.h"

DMA_SUCCESS_RETURNS(0)
int adc_read(int ch DMA_HANDLE, short *dst DMA_OWNED_RX, size_t count DMA_LEN_UNITS(2));
DMA_WAITS void adc_wait(int ch DMA_HANDLE);

char small[16];
short samples[8];

void length_larger_than_buffer(struct uart *u) {
  uart_rx_dma(u, small, 32); // expected-warning{{DMA transfer of 32 bytes by 'uart_rx_dma' overruns 'small', which has 16 bytes}}
                             // expected-note@-1{{DMA transfer of 32 bytes by 'uart_rx_dma' overruns 'small', which has 16 bytes}}
  uart_wait(u);
}

void length_from_offset(struct uart *u) {
  uart_rx_dma(u, small + 10, 8); // expected-warning{{DMA transfer of 8 bytes by 'uart_rx_dma' overruns 'small', which has 16 bytes (6 from offset 10)}}
                                 // expected-note@-1{{DMA transfer of 8 bytes by 'uart_rx_dma' overruns 'small', which has 16 bytes (6 from offset 10)}}
  uart_wait(u);
}

void length_fits_ok(struct uart *u) {
  uart_rx_dma(u, small + 8, 8); // no-warning
  uart_wait(u);
}

void length_in_units(void) {
  adc_read(0, samples, 16); // expected-warning{{DMA transfer of 32 bytes by 'adc_read' overruns 'samples', which has 16 bytes}}
                            // expected-note@-1{{DMA transfer of 32 bytes by 'adc_read' overruns 'samples', which has 16 bytes}}
  adc_wait(0);
}

void length_in_units_fits_ok(void) {
  adc_read(0, samples, 8); // no-warning
  adc_wait(0);
}

void heap_length(struct uart *u) {
  char *p = malloc(10);
  if (!p) // expected-note{{Assuming 'p' is non-null}} expected-note{{Taking false branch}}
    return;
  uart_tx_dma(u, p, 12); // expected-warning{{DMA transfer of 12 bytes by 'uart_tx_dma' overruns a heap buffer, which has 10 bytes}}
                         // expected-note@-1{{DMA transfer of 12 bytes by 'uart_tx_dma' overruns a heap buffer, which has 10 bytes}}
  uart_wait(u);
  free(p);
}

void unknown_length_ok(struct uart *u, size_t n) {
  uart_rx_dma(u, small, n); // no-warning: the analyzer does not guess
  uart_wait(u);
}
