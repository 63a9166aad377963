/* Stand-in for Zephyr's include/zephyr/drivers/dma.h, written for the
 * real-bug corpus: the configuration structs (addresses as integers) and the
 * calls the reconstructed code makes. */
#ifndef REALBUGS_ZEPHYR_DRIVERS_DMA_H
#define REALBUGS_ZEPHYR_DRIVERS_DMA_H
#include <stddef.h>
#include <stdint.h>

struct device;
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
  uint32_t source_data_size;
  uint32_t dest_data_size;
  uint32_t source_burst_length;
  uint32_t dest_burst_length;
  uint32_t block_count;
  struct dma_block_config *head_block;
  void *user_data;
  dma_callback_t dma_callback;
};
enum dma_channel_direction { MEMORY_TO_MEMORY = 0, MEMORY_TO_PERIPHERAL, PERIPHERAL_TO_MEMORY };
int dma_config(const struct device *dev, uint32_t channel, struct dma_config *config);
int dma_start(const struct device *dev, uint32_t channel);
int dma_stop(const struct device *dev, uint32_t channel);
int dma_reload(const struct device *dev, uint32_t channel, uint32_t src, uint32_t dst, size_t size);
#endif
