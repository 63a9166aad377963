// Source: RIOT-OS/RIOT commit 4fd7f23650 ("cpu/stm32f4: Fix DMA race bug", PR #4716)
// Codebase: RIOT
// Class: double start
//
// uart_write() on the STM32F4 programmed the UART's TX DMA stream (M0AR,
// NDTR, then the EN bit) and blocked on a mutex that the stream's
// transfer-complete interrupt unlocks. Nothing kept a second thread out: a
// thread calling uart_write() while another's transfer ran rewrote M0AR/NDTR
// of the running stream and set EN again, so the first message was cut or
// mixed with the second. The fix adds a per-UART TX lock taken before the
// stream is programmed and released after the completion mutex is taken.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi %s
// XFAIL: *
// dmasafe misses this today: [isr-completion] completion is the stream's interrupt handler clearing TCIF and unlocking a mutex: a kernel object given by a vector is not yet a completion signal (the stores to M0AR / NDTR / CR.EN are modelled: models/registers-stm32.yaml)
// dmasafe misses this today: [concurrency] the second start comes from another thread entering the same function; no rule covers a start reachable concurrently without a lock

#include <stddef.h>
#include "stm32f7xx.h"

typedef struct { volatile int locked; } mutex_t;
void mutex_lock(mutex_t *m);
void mutex_unlock(mutex_t *m);

static mutex_t tx_sync;    // unlocked by the DMA interrupt
static mutex_t tx_lock;    // added by the fix

void uart_write_before_fix(const uint8_t *data, size_t len) {
  DMA_Stream_TypeDef *stream = DMA1_Stream6;
  stream->M0AR = (uint32_t)data; // expected-warning{{in flight}}
  stream->NDTR = (uint16_t)len;
  stream->CR |= DMA_SxCR_EN;
  mutex_lock(&tx_sync); // wait for the transfer to complete
}

void uart_write_after_fix(const uint8_t *data, size_t len) {
  mutex_lock(&tx_lock);
  DMA_Stream_TypeDef *stream = DMA1_Stream6;
  stream->M0AR = (uint32_t)data; // no-warning
  stream->NDTR = (uint16_t)len;
  stream->CR |= DMA_SxCR_EN;
  mutex_lock(&tx_sync);
  mutex_unlock(&tx_lock);
}

void DMA1_Stream6_IRQHandler(void) {
  DMA1->HIFCR = DMA_HIFCR_CTCIF6; // clear the transfer-complete flag
  mutex_unlock(&tx_sync);
}

// Two threads print at once (the shell and a sensor thread).
static uint8_t prompt[2] = {'>', ' '};
void shell_thread_before_fix(void) { uart_write_before_fix(prompt, 2); }
void sensor_thread_before_fix(const uint8_t *line, size_t n) { uart_write_before_fix(line, n); }
void shell_thread_after_fix(void) { uart_write_after_fix(prompt, 2); }
void sensor_thread_after_fix(const uint8_t *line, size_t n) { uart_write_after_fix(line, n); }
