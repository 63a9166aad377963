// Source: zephyrproject-rtos/zephyr PR #75245 ("tests: dma/chan_blen_transfer: place TX buf in RAM", fixes issue #75125)
// Codebase: Zephyr
// Class: unfit storage
//
// The chan_blen_transfer DMA test copied a `static const char tx_data[]`
// with a memory-to-memory dma_config()/dma_start(); the const string is
// linked into flash, and on parts whose DMA controller cannot read flash
// (STM32 ports in this case) the test failed. The fix removes `const` so
// the source is in RAM. (The same bug as loop_transfer's, PR #26964, four
// years later in a sibling test.)
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi %s
// RUN: %realbugs_tidy %s -- --target=thumbv7em-none-eabi -ffreestanding -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "zephyr/drivers/dma.h"

#define RX_BUFF_SIZE 64
static const char tx_data_before_fix[] = "It is harder to be kind than to be wise";
static char tx_data_after_fix[] = "It is harder to be kind than to be wise";
static char rx_data[RX_BUFF_SIZE];
static void test_done(const struct device *dma_dev, void *arg, uint32_t id, int status) {}

int test_task_before_fix(const struct device *dma, uint32_t chan_id, uint32_t blen) {
  struct dma_config dma_cfg = {0};
  struct dma_block_config dma_block_cfg = {0};
  dma_cfg.channel_direction = MEMORY_TO_MEMORY;
  dma_cfg.source_data_size = 1;
  dma_cfg.dest_data_size = 1;
  dma_cfg.source_burst_length = blen;
  dma_cfg.dest_burst_length = blen;
  dma_cfg.dma_callback = test_done;
  dma_cfg.block_count = 1;
  dma_cfg.head_block = &dma_block_cfg;
  dma_block_cfg.block_size = sizeof(tx_data_before_fix);
  dma_block_cfg.source_address = (uint32_t)tx_data_before_fix;
  dma_block_cfg.dest_address = (uint32_t)rx_data;
  if (dma_config(dma, chan_id, &dma_cfg)) // expected-warning{{flash}}
    // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}} [dmasafe-unfit-storage]
    return -1;
  return dma_start(dma, chan_id);
}

int test_task_after_fix(const struct device *dma, uint32_t chan_id, uint32_t blen) {
  struct dma_config dma_cfg = {0};
  struct dma_block_config dma_block_cfg = {0};
  dma_cfg.channel_direction = MEMORY_TO_MEMORY;
  dma_cfg.source_data_size = 1;
  dma_cfg.dest_data_size = 1;
  dma_cfg.source_burst_length = blen;
  dma_cfg.dest_burst_length = blen;
  dma_cfg.dma_callback = test_done;
  dma_cfg.block_count = 1;
  dma_cfg.head_block = &dma_block_cfg;
  dma_block_cfg.block_size = sizeof(tx_data_after_fix);
  dma_block_cfg.source_address = (uint32_t)tx_data_after_fix;
  dma_block_cfg.dest_address = (uint32_t)rx_data;
  if (dma_config(dma, chan_id, &dma_cfg)) // no-warning
    return -1;
  return dma_start(dma, chan_id);
}

