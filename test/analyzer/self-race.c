// A function that writes a static buffer, starts a transfer from it and
// returns with it in flight, with nothing before the write that waits for
// or checks the transfer its previous call started: its next call writes
// the buffer while the last message is still being sent (printf over DMA).
// Reported at the write, with notes at the start and the return.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml \
// RUN:   -I %S/../models/Inputs -analyzer-output=text -verify %s
#include <stdarg.h>
#include <stddef.h>
#include "stm32f4xx_hal.h"

int vsnprintf(char *dst, size_t n, const char *fmt, va_list ap);
int snprintf(char *dst, size_t n, const char *fmt, ...);
void *memcpy(void *dst, const void *src, size_t n);

extern UART_HandleTypeDef huart2;
static char log_buf[128];

void log_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(log_buf, sizeof log_buf, fmt, ap); // expected-warning{{Write to 'log_buf' while the DMA transfer (memory-to-device) that the previous call of 'log_printf' started on it may still be in flight}} \
      // expected-note{{Write to 'log_buf' while the DMA transfer (memory-to-device) that the previous call of 'log_printf' started on it may still be in flight}} \
      // expected-note{{wait for the transfer to complete before writing 'log_buf', or check a busy flag cleared by the completion}}
  va_end(ap);
  HAL_UART_Transmit_DMA(&huart2, (uint8_t *)log_buf, (uint16_t)n); // expected-note{{DMA transfer (memory-to-device) of 'log_buf' started here}}
} // expected-note{{'log_printf' returns with the transfer in flight; its next call writes 'log_buf' without waiting for it}}

static uint8_t frame[8];

void send_frame(uint8_t id, uint8_t v) {
  frame[0] = id; // expected-warning{{Write to 'frame' while the DMA transfer (memory-to-device) that the previous call of 'send_frame' started on it may still be in flight}} \
                 // expected-note{{Write to 'frame' while the DMA transfer (memory-to-device) that the previous call of 'send_frame' started on it may still be in flight}} \
                 // expected-note{{wait for the transfer to complete before writing 'frame', or check a busy flag cleared by the completion}}
  frame[1] = v;
  HAL_UART_Transmit_DMA(&huart2, frame, sizeof frame); // expected-note{{DMA transfer (memory-to-device) of 'frame' started here}}
  return; // expected-note{{'send_frame' returns with the transfer in flight; its next call writes 'frame' without waiting for it}}
}

// --- Correct twins: silent -------------------------------------------------
static char ok_buf[64];

void log_waits_for_state_ok(const char *s) {
  while (HAL_UART_GetState(&huart2) != HAL_UART_STATE_READY) {
  }
  snprintf(ok_buf, sizeof ok_buf, "%s", s); // no-warning: the previous transfer is over
  HAL_UART_Transmit_DMA(&huart2, (uint8_t *)ok_buf, 10);
}

static volatile int tx_busy;
void HAL_UART_TxCpltCallback(UART_HandleTypeDef *h) { tx_busy = 0; }

void log_checks_busy_flag_ok(const char *s) {
  if (tx_busy)
    return;
  tx_busy = 1;
  snprintf(ok_buf, sizeof ok_buf, "%s", s); // no-warning: a busy flag guards it
  HAL_UART_Transmit_DMA(&huart2, (uint8_t *)ok_buf, 10);
}

void log_waits_after_start_ok(const char *s) {
  snprintf(ok_buf, sizeof ok_buf, "%s", s); // no-warning: it never returns in flight
  if (HAL_UART_Transmit_DMA(&huart2, (uint8_t *)ok_buf, 10) != HAL_OK)
    return;
  while (HAL_UART_GetState(&huart2) != HAL_UART_STATE_READY) {
  }
}

static char pool[2][64];
static unsigned cur;

void log_rotating_buffers_ok(const char *s) {
  cur ^= 1u;
  snprintf(pool[cur], sizeof pool[cur], "%s", s); // no-warning: another buffer each call
  HAL_UART_Transmit_DMA(&huart2, (uint8_t *)pool[cur], 10);
}
