// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-output=text -verify %s -I %annotations_include

// Vendor-style completion: an interrupt callback sets a flag, the code spins
// on it. Seeing the flag set completes the transfers of the callback's API.
#include <dmasafe/annotations.h>
typedef __SIZE_TYPE__ size_t;
struct hal_uart { int state; };

DMA_SUCCESS_RETURNS(0)
int hal_uart_receive_dma(struct hal_uart *h DMA_HANDLE, unsigned char *buf DMA_OWNED_RX,
                         unsigned short n DMA_LEN);

volatile int rx_done;
volatile int unrelated;

DMA_COMPLETION_CALLBACK void hal_uart_rx_cplt_callback(struct hal_uart *h) {
  rx_done = 1;
}

unsigned char rx[32];

int flag_loop_then_read_ok(struct hal_uart *h) {
  rx_done = 0;
  if (hal_uart_receive_dma(h, rx, sizeof rx) != 0)
    return -1;
  while (!rx_done) {
  }
  return rx[0]; // no-warning
}

void hal_delay(unsigned ms); /* opaque: invalidates globals */

int flag_loop_after_opaque_call_ok(struct hal_uart *h) {
  rx_done = 0;
  if (hal_uart_receive_dma(h, rx, sizeof rx) != 0)
    return -1;
  hal_delay(10);
  while (!rx_done) {
  }
  return rx[0]; // no-warning
}

int flag_test_then_read_ok(struct hal_uart *h) {
  rx_done = 0;
  if (hal_uart_receive_dma(h, rx, sizeof rx) != 0)
    return -1;
  if (rx_done)
    return rx[0]; // no-warning
  return 0;
}

int read_before_flag_seen(struct hal_uart *h) {
  rx_done = 0;
  if (hal_uart_receive_dma(h, rx, sizeof rx) != 0) // expected-note{{DMA transfer (device-to-memory) of 'rx' started here}} expected-note{{Assuming the condition is false}}
                                                   // expected-note@-1{{Taking false branch}}
    return -1;
  if (!rx_done) // expected-note{{Assuming 'rx_done' is 0}} expected-note{{Taking true branch}}
    return rx[0]; // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
                  // expected-note@-1{{Read of 'rx'}} expected-note@-1{{wait for the transfer}}
  return 0;
}

int other_variable_does_not_complete(struct hal_uart *h) {
  if (hal_uart_receive_dma(h, rx, sizeof rx) != 0) // expected-note{{started here}} expected-note{{Taking false branch}} expected-note{{Assuming the condition is false}}
    return -1;
  while (!unrelated) { // expected-note{{Assuming 'unrelated' is not equal to 0}} expected-note{{Loop condition is false}}
  }
  return rx[0]; // expected-warning{{Read of 'rx'}}
                // expected-note@-1{{Read of 'rx'}} expected-note@-1{{wait for the transfer}}
}

volatile int marked_done DMA_COMPLETION_FLAG;
DMA_SUCCESS_RETURNS(0)
int spi_read(int bus DMA_HANDLE, char *buf DMA_OWNED_RX, size_t n DMA_LEN);
char spi_buf[8];

int marked_flag_loop_ok(void) {
  marked_done = 0;
  if (spi_read(1, spi_buf, sizeof spi_buf) != 0)
    return -1;
  while (!marked_done) {
  }
  return spi_buf[0]; // no-warning
}
