/* uart_logger.h - log lines over the UART by DMA, one line in flight. */
#ifndef EXAMPLES_UART_LOGGER_H
#define EXAMPLES_UART_LOGGER_H

#include <stddef.h>

/* Longest line, "\r\n" included; longer text is cut. */
#define LOG_LINE_MAX 64u

/* Queues `text` plus "\r\n" for transmission and returns without waiting.
 * @retval 0 queued; a negative errno from the runtime otherwise. */
int log_line(const char *text);

/* Waits until the line in flight (if any) has gone out. */
void log_flush(void);

/* Number of lines handed to the engine so far. */
unsigned log_lines_sent(void);

/* The misuse examples of this file (compiled, never run; see README.md). */
int log_line_stamped_late(const char *text);
int log_line_from_heap(const char *text);
int log_line_and_backup(const char *text, char *backup);
int log_banner(void);

#endif /* EXAMPLES_UART_LOGGER_H */
