// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-transfer-length' %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'
#include "dma_api.h"

struct uart U;
static unsigned char buf[32];
struct packet { unsigned char hdr[4]; unsigned char body[12]; };
struct legacy { int n; unsigned char data[1]; };

DMA_SUCCESS_RETURNS(0)
int spi_xfer16(int bus DMA_HANDLE, unsigned short *words DMA_OWNED_RX,
               size_t count DMA_LEN_UNITS(2));

void too_long(void) {
  uart_send_dma(&U, buf, 64);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: DMA transfer of 64 bytes by 'uart_send_dma' overruns 'buf', which has 32 bytes [dmasafe-transfer-length]
  // CHECK-MESSAGES: :5:22: note: 'buf' declared here
  uart_wait(&U);
}

void exact_ok(void) {
  uart_send_dma(&U, buf, sizeof buf);
  uart_wait(&U);
  uart_send_dma(&U, &buf[16], 16);
  uart_wait(&U);
  uart_send_dma(&U, buf + 30, 2);
  uart_wait(&U);
}

void from_offset(void) {
  uart_send_dma(&U, &buf[24], 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: DMA transfer of 16 bytes by 'uart_send_dma' overruns 'buf', which has 32 bytes (8 from offset 24)
  uart_wait(&U);
  uart_send_dma(&U, buf + 31, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: DMA transfer of 2 bytes by 'uart_send_dma' overruns 'buf', which has 32 bytes (1 from offset 31)
  uart_wait(&U);
}

void units(void) {
  static unsigned short words[8];
  spi_xfer16(1, words, 8);
  spi_xfer16(1, words, 9);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: DMA transfer of 18 bytes by 'spi_xfer16' overruns 'words', which has 16 bytes
}

void field(struct packet *p, size_t n) {
  uart_send_dma(&U, p->body, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: DMA transfer of 16 bytes by 'uart_send_dma' overruns 'body', which has 12 bytes
  uart_wait(&U);
  uart_send_dma(&U, p, sizeof *p); // the whole struct
  uart_wait(&U);
  uart_send_dma(&U, buf, n);       // length unknown here
  uart_wait(&U);
}

void flexible_idiom_ok(struct legacy *l) {
  uart_send_dma(&U, l->data, 20); // data[1] at the end: allocated longer
  uart_wait(&U);
}
