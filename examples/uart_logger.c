/*
 * uart_logger.c - a UART logger: each line is copied into a static buffer
 * and sent by DMA while the program goes on; the next line first waits for
 * the previous one, because the buffer is the engine's until then.
 *
 * Misuse examples: a CPU write to a TX buffer in flight, a free of a buffer
 * in flight, a second transfer on a buffer still in flight, and const
 * (flash) data handed to an engine that reads RAM only.
 */
#include "uart_logger.h"

#include "board.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Static storage: outlives every transfer, unlike a local array. */
static char line_buf[LOG_LINE_MAX];
static bool line_in_flight;
static unsigned lines_sent;

/* Copies text and "\r\n" into dst (LOG_LINE_MAX bytes); returns the length. */
static size_t format_line(char *dst, const char *text) {
  size_t len = strlen(text);
  if (len > LOG_LINE_MAX - 2)
    len = LOG_LINE_MAX - 2;
  memcpy(dst, text, len);
  dst[len++] = '\r';
  dst[len++] = '\n';
  return len;
}

void log_flush(void) {
  if (line_in_flight) {
    dmasafe_wait(&board_uart_tx);
    line_in_flight = false;
  }
}

int log_line(const char *text) {
  /* OK: the previous transfer is completed before the buffer is rewritten. */
  log_flush();
  size_t len = format_line(line_buf, text);
  int err = dmasafe_start_tx(&board_uart_tx, line_buf, len);
  if (err)
    return err;
  line_in_flight = true;
  lines_sent++;
  return 0;
}

unsigned log_lines_sent(void) { return lines_sent; }

int log_line_stamped_late(const char *text) {
  log_flush();
  size_t len = format_line(line_buf, text);
  /* OK: the CPU may read a TX buffer in flight (the engine only reads it). */
  if (dmasafe_start_tx(&board_uart_tx, line_buf, len) != 0)
    return -EIO;
  char first = line_buf[0];
  line_buf[0] = '*'; /* BUG(dmasafe.InFlightAccess): CPU write to the TX buffer the engine is sending */
  line_in_flight = true;
  return first;
}

int log_line_from_heap(const char *text) {
  char *copy = malloc(LOG_LINE_MAX);
  if (!copy)
    return -ENOMEM;
  size_t len = format_line(copy, text);
  if (dmasafe_start_tx(&board_uart_tx, copy, len) != 0) {
    free(copy); /* OK: a start that failed took nothing */
    return -EIO;
  }
  free(copy); /* BUG(dmasafe.ReleaseInFlight): freed while the engine still reads it */
  line_in_flight = true;
  return 0;
}

int log_line_and_backup(const char *text, char *backup) {
  log_flush();
  size_t len = format_line(line_buf, text);
  if (dmasafe_start_tx(&board_uart_tx, line_buf, len) != 0)
    return -EIO;
  line_in_flight = true;
  /* OK: a backup copy made by the CPU only reads the TX buffer. */
  memcpy(backup, line_buf, len);
  /* The second line is received into the buffer the first is still sent from. */
  return dmasafe_start_rx(&board_spi_rx, line_buf + 8, 8); /* BUG(dmasafe.DoubleStart): overlaps the TX transfer in flight */
}

/* Const data: the linker places it in flash, which EasyDMA cannot read. */
static const char banner_in_flash[] = "dmasafe example firmware\r\n";

int log_banner(void) {
  log_flush();
  /* OK: a copy in RAM for the RAM-only engine. */
  memcpy(line_buf, banner_in_flash, sizeof banner_in_flash - 1);
  if (uart_send_from_ram(line_buf, sizeof banner_in_flash - 1) != 0)
    return -EIO;
  dmasafe_wait(&board_uart_tx);
  if (uart_send_from_ram(banner_in_flash, sizeof banner_in_flash - 1) != 0) /* BUG(dmasafe.UnfitStorage): const data in flash */
    return -EIO;
  dmasafe_wait(&board_uart_tx);
  return 0;
}
