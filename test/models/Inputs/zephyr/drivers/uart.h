/* Stand-in for Zephyr's include/zephyr/drivers/uart.h (asynchronous API):
 * the signatures only, written for the model tests. */
#ifndef TEST_ZEPHYR_DRIVERS_UART_H
#define TEST_ZEPHYR_DRIVERS_UART_H
#include "zephyr/types.h"

#define SYS_FOREVER_US (-1)

int uart_tx(const struct device *dev, const uint8_t *buf, size_t len, int32_t timeout);
int uart_tx_abort(const struct device *dev);
int uart_rx_enable(const struct device *dev, uint8_t *buf, size_t len, int32_t timeout);
int uart_rx_buf_rsp(const struct device *dev, uint8_t *buf, size_t len);
int uart_rx_disable(const struct device *dev);

#endif
