// Zephyr's documented asynchronous UART use: the callback registered with
// uart_callback_set gives a semaphore on UART_TX_DONE, the thread takes it
// and then reuses the buffer. That is correct.
//
// XFAIL: *
// Missing (model format and checker): the completion callback is a
// function pointer registered at run time (uart_callback_set parameter 1),
// not a function of fixed name, and it signals a kernel object rather than
// writing a flag. Neither a `completion-callback` entry nor a completion
// flag can describe it, so the write after k_sem_take below is reported as
// in flight. A future role such as "registers-completion-callback: {param:
// 1}" plus treating k_sem_give/k_sem_take on the same semaphore as a flag
// would cover it.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/zephyr.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
// expected-no-diagnostics
#include "zephyr/drivers/uart.h"
#include "zephyr/drivers/spi.h"
#include "zephyr/drivers/dma.h"

struct k_sem { int count; };
int k_sem_take(struct k_sem *sem, long timeout);
void k_sem_give(struct k_sem *sem);
struct uart_event { int type; };
typedef void (*uart_callback_t)(const struct device *dev, struct uart_event *evt, void *user_data);
int uart_callback_set(const struct device *dev, uart_callback_t callback, void *user_data);
#define UART_TX_DONE 0
#define K_FOREVER (-1)

static struct k_sem tx_done;
static uint8_t tx_buf[32];

static void on_uart_event(const struct device *dev, struct uart_event *evt, void *user_data) {
  if (evt->type == UART_TX_DONE)
    k_sem_give(&tx_done);
}

void send_twice(const struct device *uart) {
  uart_callback_set(uart, on_uart_event, 0);
  if (uart_tx(uart, tx_buf, sizeof tx_buf, SYS_FOREVER_US) != 0)
    return;
  k_sem_take(&tx_done, K_FOREVER);
  tx_buf[0] = 'B'; // no-warning: UART_TX_DONE was signalled
  uart_tx(uart, tx_buf, sizeof tx_buf, SYS_FOREVER_US);
  k_sem_take(&tx_done, K_FOREVER);
}
