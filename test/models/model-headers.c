// With `headers:`, a model entry applies only to a function declared in one
// of those headers: a project's own function that happens to share a vendor
// name is neither modeled nor reported as a model misfit. (The shipped
// models all say where their functions are declared; zephyr.c shows the
// same names modeled when they come from <zephyr/drivers/uart.h>.)
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config "dmasafe.DmaModeling:ModelFiles=%models_dir/zephyr.yaml;%models_dir/linux-dma.yaml" \
// RUN:   -verify %s
// expected-no-diagnostics

typedef unsigned char uint8_t;
struct device;

// A bare-metal project's blocking UART helpers, not Zephyr's.
void uart_tx(uint8_t c);
int uart_rx_enable(const struct device *dev, uint8_t *buf, unsigned long len, int timeout);
// A pool allocator's own kfree.
void kfree(void *p, int pool);

static uint8_t line[16];
int consume(int);

void own_uart_tx_is_not_modeled(void) {
  uart_tx(line[0]);
  line[0] = 1; // no-warning
}

void own_blocking_rx_is_not_modeled(const struct device *dev) {
  uart_rx_enable(dev, line, sizeof line, 100);
  consume(line[0]); // no-warning: this uart_rx_enable is the project's
}
