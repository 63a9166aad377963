/*
 * cortex_m_firmware.c - a firmware-shaped user of the runtime, linked for
 * Cortex-M by the runtime_cortex_m*_build tests. Nothing runs it: linking
 * proves the Cortex-M backend and the API build together with the cross
 * compiler at -Os -Wall -Wextra -Werror -pedantic.
 */
#include "dmasafe/dma.h"

#define UART0_DATA ((volatile uint32_t *)0x40004000u)
#define UART0_TX_REQUEST 3u

static uint8_t tx_buffer[64];
static uint8_t rx_buffer[64];
static uint8_t copy_buffer[64];

int main(void) {
  dmasafe_channel_t uart_tx, uart_rx;
  struct dmasafe_channel_config cfg = {
      .peripheral = UART0_DATA, .width = DMASAFE_WIDTH_8,
      .request = UART0_TX_REQUEST};
  if (dmasafe_channel_init(&uart_tx, 0, &cfg) ||
      dmasafe_channel_init(&uart_rx, 1, &cfg))
    return 1;

  for (unsigned i = 0; i < sizeof tx_buffer; ++i)
    tx_buffer[i] = (uint8_t)i;
  dmasafe_cache_clean(tx_buffer, sizeof tx_buffer);
  if (dmasafe_start_tx(&uart_tx, tx_buffer, sizeof tx_buffer) == 0)
    (void)dmasafe_wait(&uart_tx);

  if (dmasafe_start_rx(&uart_rx, rx_buffer, sizeof rx_buffer) == 0) {
    while (dmasafe_is_busy(&uart_rx)) {
    }
    dmasafe_cache_invalidate(rx_buffer, sizeof rx_buffer);
  }

  if (dmasafe_start_copy(&uart_tx, copy_buffer, rx_buffer,
                         sizeof copy_buffer) == 0)
    (void)dmasafe_abort(&uart_tx);

  dmasafe_channel_deinit(&uart_rx);
  dmasafe_channel_deinit(&uart_tx);
  return copy_buffer[0];
}
