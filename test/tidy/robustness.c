// Odd but valid C must neither crash a check nor produce findings out of
// thin air: K&R declarations that disagree with the model, variadic starts,
// calls through function pointers, macros, goto, switch, statement
// expressions, builtins.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-*' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%S/Inputs/vendor-uart.yaml'}, {key: dmasafe-in-flight-access.Pedantic, value: true}, {key: dmasafe-release-in-flight.SuggestStatic, value: true}]}" %s -- -std=gnu89 -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
#include "dma_api.h"

struct uart U;
static unsigned char g[16];

/* K&R: no prototype, and fewer arguments than the model's parameters. The
   model does not fit such a declaration: reported, then not used. */
int VND_UART_SendDMA();
// CHECK: robustness.c:[[@LINE-1]]:5: warning: the model {{.*}}vendor-uart.yaml:4 entry for 'VND_UART_SendDMA' does not fit its declaration: buffer parameter 1 is out of range{{.*}} [dmasafe-annotation-misuse]
int VND_UART_WaitDMA();
// CHECK: robustness.c:[[@LINE-1]]:5: warning: the model {{.*}}vendor-uart.yaml:{{[0-9]+}} entry for 'VND_UART_WaitDMA' does not fit its declaration
void knr_too_few_args() { VND_UART_SendDMA(&U); VND_UART_WaitDMA(); }
void knr_definition(p, n) unsigned char *p; int n; { uart_send_dma(&U, p, n); uart_wait(&U); }

/* Variadic start. */
int vstart(struct uart *u DMA_HANDLE, void *buf DMA_OWNED, ...);
void variadic(void) { vstart(&U, g, 1, 2, 3); uart_wait(&U); }

/* Function pointers are not followed. */
int (*send_fp)(struct uart *, const void *, size_t) = uart_send_dma;
void through_pointer(void) { unsigned char b[4]; send_fp(&U, b, 4); }

/* Macros. */
#define SEND(b) uart_send_dma(&U, (b), sizeof(b))
#define WAIT() uart_wait(&U)
void in_macros(void) { unsigned char b[4]; SEND(b); WAIT(); }

/* goto, switch, loops, statement expressions, builtins. */
int control_flow(int k) {
  unsigned char b[8];
  switch (k) {
  case 1:
    uart_recv_dma(&U, b, sizeof b);
    goto done;
  default:
    return ({ int v = 0; v; });
  }
done:
  while (uart_busy(&U))
    ;
  __builtin_memset(b, 0, sizeof b);
  for (int i = 0; i < 3; i++)
    if (uart_recv_dma(&U, g, 4) == 0)
      uart_wait(&U);
  return b[0];
}

/* Handles the checks cannot compare: say nothing. */
struct uart *pick(int);
void unknown_handles(int i) {
  uart_recv_dma(pick(i), g, 4);
  uart_wait(pick(i));
  g[0] = 1;
}
