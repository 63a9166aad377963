/*
 * adc_double_buffer.c - double-buffered ADC capture: while the engine fills
 * one half, the CPU sums the other. Ownership alternates: a half is the
 * CPU's only after the transfer that filled it has completed.
 *
 * Misuse example: a capture started through a ticket API whose ticket is
 * dropped, so nothing can ever complete it (a lost transfer).
 */
#include "adc_double_buffer.h"

#include "board.h"

#include <errno.h>

/* Static: the engine fills these while the functions below return and run. */
static uint16_t halves[2][ADC_BLOCK_SAMPLES];
static uint16_t ticket_buffer[ADC_BLOCK_SAMPLES];

static uint32_t sum_of(const uint16_t *samples, unsigned count) {
  uint32_t sum = 0;
  for (unsigned i = 0; i < count; i++)
    sum += samples[i];
  return sum;
}

int adc_capture_mean(unsigned blocks, uint32_t *mean) {
  uint32_t total = 0;
  if (blocks == 0)
    return -EINVAL;
  if (dmasafe_start_rx(&board_adc_rx, halves[0], sizeof halves[0]) != 0)
    return -EIO;
  for (unsigned block = 0; block < blocks; block++) {
    unsigned filled = block % 2u;
    /* OK: the filled half is summed only after its transfer completed, and
     * the next transfer fills the other half. */
    dmasafe_wait(&board_adc_rx);
    if (block + 1 < blocks &&
        dmasafe_start_rx(&board_adc_rx, halves[1u - filled], sizeof halves[0]) != 0)
      return -EIO;
    total += sum_of(halves[filled], ADC_BLOCK_SAMPLES);
  }
  *mean = total / (blocks * ADC_BLOCK_SAMPLES);
  return 0;
}

int adc_capture_block(uint32_t *sum) {
  /* OK: the ticket is kept and passed to adc_capture_finish(). */
  struct adc_capture *capture = adc_capture_start(ticket_buffer, sizeof ticket_buffer);
  int err = adc_capture_finish(capture);
  if (err)
    return err;
  *sum = sum_of(ticket_buffer, ADC_BLOCK_SAMPLES);
  return 0;
}

int adc_capture_forgotten(void) {
  /* The ticket is dropped: nothing can ever complete this capture. */
  adc_capture_start(ticket_buffer, sizeof ticket_buffer);
  return 0; /* BUG(dmasafe.LostTransfer): reported where the dropped ticket is gone for good */
}
