/* Stand-in for pico-sdk's hardware_dma/include/hardware/dma.h for the
 * dmasafe-* clang-tidy tests: the SDK's signatures; the bodies are
 * `static inline` register writes as in the SDK, which the model
 * (models/pico-sdk.yaml) takes precedence over. */
#ifndef TIDY_TEST_HARDWARE_DMA_H
#define TIDY_TEST_HARDWARE_DMA_H
#include <stdbool.h>
#include <stdint.h>

typedef unsigned int uint;
typedef struct { uint32_t ctrl; } dma_channel_config;
typedef struct {
  volatile uint32_t read_addr, write_addr, transfer_count, ctrl_trig;
} dma_channel_hw_t;
extern dma_channel_hw_t dma_channels_hw[12];

static inline dma_channel_config dma_channel_get_default_config(uint channel) {
  dma_channel_config c = {channel << 11};
  return c;
}
static inline void dma_channel_configure(uint channel, const dma_channel_config *config,
                                         volatile void *write_addr,
                                         const volatile void *read_addr,
                                         uint transfer_count, bool trigger) {
  dma_channels_hw[channel].read_addr = (uint32_t)(uintptr_t)read_addr;
  dma_channels_hw[channel].write_addr = (uint32_t)(uintptr_t)write_addr;
  dma_channels_hw[channel].transfer_count = transfer_count;
  if (trigger)
    dma_channels_hw[channel].ctrl_trig = config->ctrl;
}
static inline void dma_channel_set_read_addr(uint channel, const volatile void *read_addr,
                                             bool trigger) {
  dma_channels_hw[channel].read_addr = (uint32_t)(uintptr_t)read_addr;
}
static inline void dma_channel_set_write_addr(uint channel, volatile void *write_addr,
                                              bool trigger) {
  dma_channels_hw[channel].write_addr = (uint32_t)(uintptr_t)write_addr;
}
static inline void dma_channel_set_trans_count(uint channel, uint32_t trans_count,
                                               bool trigger) {
  dma_channels_hw[channel].transfer_count = trans_count;
}
static inline void dma_channel_set_config(uint channel, const dma_channel_config *config,
                                          bool trigger) {
  dma_channels_hw[channel].ctrl_trig = config->ctrl;
}
static inline void dma_channel_start(uint channel) { dma_channels_hw[channel].ctrl_trig |= 1; }
static inline void dma_start_channel_mask(uint32_t chan_mask) { (void)chan_mask; }
static inline bool dma_channel_is_busy(uint channel) {
  return dma_channels_hw[channel].ctrl_trig & (1u << 24);
}
static inline void dma_channel_wait_for_finish_blocking(uint channel) {
  while (dma_channel_is_busy(channel)) {
  }
}
void dma_channel_abort(uint channel);

#endif
