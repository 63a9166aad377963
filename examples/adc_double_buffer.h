/* adc_double_buffer.h - continuous ADC capture into two alternating buffers. */
#ifndef EXAMPLES_ADC_DOUBLE_BUFFER_H
#define EXAMPLES_ADC_DOUBLE_BUFFER_H

#include <stdint.h>

/* Samples per half of the double buffer. */
#define ADC_BLOCK_SAMPLES 32u

/* Captures `blocks` blocks and returns the mean of every sample in *mean.
 * @retval 0 done; a negative errno from the runtime otherwise. */
int adc_capture_mean(unsigned blocks, uint32_t *mean);

/* Captures one block through the ticket API of board.h.
 * @retval 0 done; a negative errno otherwise. */
int adc_capture_block(uint32_t *sum);

/* The misuse example of this file (compiled, never run; see README.md). */
int adc_capture_forgotten(void);

#endif /* EXAMPLES_ADC_DOUBLE_BUFFER_H */
