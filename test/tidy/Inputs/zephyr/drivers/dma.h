/* Stand-in for Zephyr's include/zephyr/drivers/dma.h for the dmasafe-*
 * clang-tidy tests: the driver API's signatures and configuration structs
 * (addresses as integers, CONFIG_DMA_64BIT off). */
#ifndef TIDY_TEST_ZEPHYR_DRIVERS_DMA_H
#define TIDY_TEST_ZEPHYR_DRIVERS_DMA_H
#include <stddef.h>
#include <stdint.h>

struct device;

enum dma_channel_direction {
  MEMORY_TO_MEMORY = 0x0,
  MEMORY_TO_PERIPHERAL,
  PERIPHERAL_TO_MEMORY,
};
struct dma_block_config {
  uint32_t source_address;
  uint32_t dest_address;
  uint32_t block_size;
  struct dma_block_config *next_block;
};
typedef void (*dma_callback_t)(const struct device *dev, void *user_data,
                               uint32_t channel, int status);
struct dma_config {
  uint32_t dma_slot;
  uint32_t channel_direction;
  uint32_t block_count;
  struct dma_block_config *head_block;
  void *user_data;
  dma_callback_t dma_callback;
};

int dma_config(const struct device *dev, uint32_t channel, struct dma_config *config);
int dma_reload(const struct device *dev, uint32_t channel, uint32_t src, uint32_t dst,
               size_t size);
int dma_start(const struct device *dev, uint32_t channel);
int dma_stop(const struct device *dev, uint32_t channel);

#endif
