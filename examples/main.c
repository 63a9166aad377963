/*
 * main.c - the example firmware: logs a banner, reads the temperature
 * sensor, captures ADC blocks, blinks a status pattern, and prints what the
 * UART transmitted.
 *
 * Only the correct functions run. The misuse examples (README.md lists
 * them, each marked BUG(dmasafe.<checker>) where dmasafe reports it) are
 * compiled with the program but never called: each really corrupts a
 * transfer, and the point is that `dmasafe analyze` finds them without
 * running anything.
 *
 * Misuse example here: an annotation on the wrong parameter.
 */
#include "adc_double_buffer.h"
#include "board.h"
#include "spi_sensor.h"
#include "uart_logger.h"

#include <stdint.h>
#include <stdio.h>

/* A blink pattern, one 16-bit LED word per step, sent to the LED driver's
 * shift register by DMA (on the UART's channel in this example). */
static const uint16_t blink_pattern[4] = {0x0001, 0x0003, 0x0007, 0x000f};
static uint16_t pattern_in_ram[4];

/* OK: the buffer is owned, and its length counts 16-bit steps. */
static int led_play(const uint16_t *pattern DMA_OWNED_TX, size_t steps DMA_LEN_UNITS(2)) {
  if (dmasafe_start_tx(&board_uart_tx, pattern, steps * sizeof *pattern) != 0)
    return -1;
  return dmasafe_wait(&board_uart_tx);
}

/* The same driver with DMA_OWNED on the count instead of the pattern. */
int led_play_misannotated(const uint16_t *pattern, size_t steps DMA_OWNED); /* BUG(dmasafe.AnnotationMisuse): DMA_OWNED on an integer */

int led_play_misannotated(const uint16_t *pattern, size_t steps) {
  return led_play(pattern, steps);
}

static int run(void) {
  char line[LOG_LINE_MAX];
  int decidegrees = 0;
  uint32_t mean = 0, block_sum = 0;

  if (log_line("boot") != 0)
    return 1;
  if (sensor_read_temperature(&decidegrees) != 0)
    return 1;
  snprintf(line, sizeof line, "temperature %d.%d C", decidegrees / 10, decidegrees % 10);
  if (log_line(line) != 0)
    return 1;
  if (sensor_start_read() != 0 || sensor_finish_read(&decidegrees) != 0)
    return 1;
  if (adc_capture_mean(4, &mean) != 0 || adc_capture_block(&block_sum) != 0)
    return 1;
  snprintf(line, sizeof line, "adc mean %lu", (unsigned long)mean);
  if (log_line(line) != 0)
    return 1;
  log_flush();

  for (unsigned i = 0; i < 4; i++)
    pattern_in_ram[i] = blink_pattern[i];
  if (led_play(pattern_in_ram, 4) != 0)
    return 1;
  return 0;
}

int main(void) {
  if (board_init() != 0) {
    fprintf(stderr, "example: board_init failed\n");
    return 1;
  }
  int failed = run();
  char wire[512];
  size_t sent = board_uart_drain(wire, sizeof wire);
  board_deinit();
  printf("example: %u log lines, %zu bytes on the UART\n", log_lines_sent(), sent);
  for (size_t i = 0; i < sent; i++) /* the log text; the LED words are binary */
    if (wire[i] == '\n' || (wire[i] >= ' ' && wire[i] <= '~'))
      putchar(wire[i]);
  printf("example: %s\n", failed ? "FAILED" : "ok");
  return failed;
}
