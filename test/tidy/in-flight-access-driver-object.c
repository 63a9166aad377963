// A driver object keeps the buffer pointer next to the handle
// (`uart_recv_dma(&d->port, d->rx, d->len)`): the buffer is what d->rx
// points to, named through the member, while the member itself stays the
// CPU's (the analyzer's rule, issue 9).
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
#include "dma_api.h"

struct uart_dev {
  struct uart port;
  unsigned char *rx;
  unsigned len;
};
int consume(int);

void read_through_member_in_flight(struct uart_dev *d) {
  if (uart_recv_dma(&d->port, d->rx, d->len) != 0)
    return;
  consume(d->rx[0]);
  // CHECK: :[[@LINE-1]]:11: warning: read of the buffer pointed to by 'd->rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  uart_wait(&d->port);
}

static struct uart_dev console;

void global_driver_object_in_flight(void) {
  if (uart_recv_dma(&console.port, console.rx, 16) != 0)
    return;
  console.rx[1] = 0;
  // CHECK: :[[@LINE-1]]:3: warning: write to the buffer pointed to by 'console.rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  uart_wait(&console.port);
}

void read_after_wait_ok(struct uart_dev *d) {
  if (uart_recv_dma(&d->port, d->rx, d->len) != 0)
    return;
  uart_wait(&d->port);
  consume(d->rx[0]);
}

void pointer_replaced_ok(struct uart_dev *d, unsigned char *other) {
  if (uart_recv_dma(&d->port, d->rx, d->len) != 0)
    return;
  d->rx = other;
  consume(d->rx[0]);
  uart_abort(&d->port);
}

unsigned char *member_itself_read_ok(struct uart_dev *d) {
  if (uart_recv_dma(&d->port, d->rx, d->len) != 0)
    return 0;
  unsigned char *p = d->rx;
  consume(d->len);
  uart_wait(&d->port);
  return p;
}
