// The Zephyr model's i2s_write: the memory block is the driver's from the
// call on (it sends the block by DMA and frees it to its slab), so a CPU
// write to it after the call, or a stack block, is reported.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/zephyr.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "zephyr/drivers/i2s.h"

void block_written_after_write(const struct device *i2s, int16_t *block) {
  block[0] = 1;
  i2s_write(i2s, block, 64);
  block[1] = 2; // expected-warning{{Write to the buffer pointed to by 'block' while a DMA transfer (memory-to-device) is in flight}}
}

void block_filled_before_write_ok(const struct device *i2s, int16_t *block) {
  block[0] = 1;
  block[1] = 2;
  i2s_write(i2s, block, 64); // no-warning
}

int refused_block_reused_ok(const struct device *i2s, int16_t *block) {
  if (i2s_write(i2s, block, 64) != 0) {
    block[0] = 0; // no-warning: a refused block is still the caller's
    return -1;
  }
  return 0;
}

void stack_block(const struct device *i2s) {
  int16_t block[32] = {0};
  i2s_write(i2s, block, sizeof block);
} // expected-warning{{Returning from 'stack_block' while a DMA transfer (memory-to-device) of its stack buffer 'block' is in flight}}
