/*
 * uart_echo.c - a UART echo driver on the dmasafe runtime, run on the host
 * backend: a simulated UART receives three lines; for each, the program
 * receives it by DMA into a stable buffer, waits, builds the reply and
 * transmits it by DMA, then checks what went out on the wire.
 *
 * The order of operations is the one dmasafe's analyzer enforces: the CPU
 * touches rx_line only after the RX completion, writes tx_line only before
 * the TX start, and never lets a transfer go unwaited.
 */
#include "dmasafe/dma.h"
#include "dmasafe/host_device.h"

#include <stdio.h>
#include <string.h>

enum { LINE = 16 };

static struct dmasafe_host_device uart;
/* Static storage: stable for the whole transfer (DMA_STABLE would say so
 * for the analyzer on a type or a variable). */
static char rx_line[LINE];
static char tx_line[LINE + 2];

static int echo_one_line(dmasafe_channel_t *rx, dmasafe_channel_t *tx) {
  int err = dmasafe_start_rx(rx, rx_line, LINE);
  if (err)
    return err;
  (void)dmasafe_wait(rx);

  tx_line[0] = '>';
  memcpy(tx_line + 1, rx_line, LINE);
  tx_line[LINE + 1] = '\n';
  dmasafe_cache_clean(tx_line, sizeof tx_line);
  err = dmasafe_start_tx(tx, tx_line, sizeof tx_line);
  if (err)
    return err;
  return dmasafe_wait(tx);
}

int main(void) {
  static const char *lines[] = {"hello, dma      ", "ownership rules ",
                                "wait before use "};
  enum { LINES = sizeof lines / sizeof lines[0] };
  dmasafe_channel_t rx, tx;
  struct dmasafe_channel_config cfg = {.peripheral = &uart,
                                       .width = DMASAFE_WIDTH_8};
  dmasafe_host_device_init(&uart);
  if (dmasafe_channel_init(&rx, 0, &cfg) || dmasafe_channel_init(&tx, 1, &cfg)) {
    fprintf(stderr, "uart_echo: cannot claim DMA channels\n");
    return 1;
  }

  int errors = 0;
  for (int i = 0; i < LINES; ++i) {
    dmasafe_host_device_feed(&uart, lines[i], LINE);
    int err = echo_one_line(&rx, &tx);
    char wire[LINE + 3] = {0};
    size_t n = dmasafe_host_device_drain(&uart, wire, LINE + 2);
    if (err || n != LINE + 2 || wire[0] != '>' ||
        memcmp(wire + 1, lines[i], LINE) != 0) {
      fprintf(stderr, "uart_echo: line %d came back wrong (error %d)\n", i,
              err);
      ++errors;
    }
    printf("uart: %s", wire);
  }
  dmasafe_channel_deinit(&tx);
  dmasafe_channel_deinit(&rx);
  printf("uart_echo: echoed %d lines, %d errors\n", LINES, errors);
  return errors != 0;
}
