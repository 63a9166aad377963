// Source: zephyrproject-rtos/zephyr PR #26964 ("test:loop_transfer avoid useing flash as dma source address", fixes issue #26812)
// Codebase: Zephyr
// Class: unfit storage
//
// The DMA loop-transfer test declared its source string `static const`, so
// the linker put it in flash, and configured a memory-to-memory transfer
// from it with dma_config()/dma_start(). On Kinetis (and any controller that
// cannot read flash, or reads it through a cache the engine does not see)
// the copies failed. The fix drops the `const` so the source lives in RAM,
// with a comment that it must stay there to be a DMA source.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi %s
// RUN: %realbugs_tidy %s -- --target=thumbv7em-none-eabi -ffreestanding -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "zephyr/drivers/dma.h"

#define RX_BUFF_SIZE 48
static const char tx_data_before_fix[] = "It is harder to be kind than to be wise........";
static char tx_data_after_fix[] = "It is harder to be kind than to be wise........";
static char rx_data[RX_BUFF_SIZE];
static void dma_user_callback(const struct device *dev, void *arg, uint32_t id, int status) {}

int test_loop_transfer_before_fix(const struct device *dma, uint32_t chan_id) {
  static struct dma_config dma_cfg;
  static struct dma_block_config dma_block_cfg;
  dma_cfg.channel_direction = MEMORY_TO_MEMORY;
  dma_cfg.source_data_size = 1;
  dma_cfg.dest_data_size = 1;
  dma_cfg.block_count = 1;
  dma_cfg.head_block = &dma_block_cfg;
  dma_cfg.dma_callback = dma_user_callback;
  dma_block_cfg.block_size = sizeof(tx_data_before_fix);
  dma_block_cfg.source_address = (uint32_t)tx_data_before_fix;
  dma_block_cfg.dest_address = (uint32_t)rx_data;
  if (dma_config(dma, chan_id, &dma_cfg)) // expected-warning{{flash}}
    // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}} [dmasafe-unfit-storage]
    return -1;
  return dma_start(dma, chan_id);
}

int test_loop_transfer_after_fix(const struct device *dma, uint32_t chan_id) {
  static struct dma_config dma_cfg;
  static struct dma_block_config dma_block_cfg;
  dma_cfg.channel_direction = MEMORY_TO_MEMORY;
  dma_cfg.source_data_size = 1;
  dma_cfg.dest_data_size = 1;
  dma_cfg.block_count = 1;
  dma_cfg.head_block = &dma_block_cfg;
  dma_cfg.dma_callback = dma_user_callback;
  dma_block_cfg.block_size = sizeof(tx_data_after_fix);
  dma_block_cfg.source_address = (uint32_t)tx_data_after_fix;
  dma_block_cfg.dest_address = (uint32_t)rx_data;
  if (dma_config(dma, chan_id, &dma_cfg)) // no-warning
    return -1;
  return dma_start(dma, chan_id);
}
