/* Stand-in for pico-sdk's hardware/dma.h: the public signatures only,
 * written for the model tests. In the SDK most of these are static inline
 * register writes; the bodies here imitate that, and the model must take
 * precedence over them. */
#ifndef TEST_PICO_DMA_H
#define TEST_PICO_DMA_H

typedef unsigned int uint;
typedef unsigned int uint32_t;
typedef unsigned char uint8_t;
typedef _Bool bool;
#define true 1
#define false 0

typedef struct { uint32_t ctrl; } dma_channel_config;
typedef struct { volatile uint32_t read_addr, write_addr, transfer_count, ctrl_trig; } dma_channel_hw_t;
extern dma_channel_hw_t dma_channels_hw[12];

int dma_claim_unused_channel(bool required);
dma_channel_config dma_channel_get_default_config(uint channel);

static inline void dma_channel_configure(uint channel, const dma_channel_config *config,
                                         volatile void *write_addr, const volatile void *read_addr,
                                         uint transfer_count, bool trigger) {
  dma_channels_hw[channel].write_addr = (uint32_t)(unsigned long)write_addr;
  dma_channels_hw[channel].read_addr = (uint32_t)(unsigned long)read_addr;
  dma_channels_hw[channel].transfer_count = transfer_count;
  if (trigger)
    dma_channels_hw[channel].ctrl_trig = config->ctrl;
}
static inline void dma_channel_transfer_from_buffer_now(uint channel, const volatile void *read_addr,
                                                        uint32_t transfer_count) {
  dma_channels_hw[channel].read_addr = (uint32_t)(unsigned long)read_addr;
  dma_channels_hw[channel].transfer_count = transfer_count;
}
static inline void dma_channel_transfer_to_buffer_now(uint channel, volatile void *write_addr,
                                                      uint32_t transfer_count) {
  dma_channels_hw[channel].write_addr = (uint32_t)(unsigned long)write_addr;
  dma_channels_hw[channel].transfer_count = transfer_count;
}
static inline void dma_channel_set_read_addr(uint channel, const volatile void *read_addr, bool trigger) {
  dma_channels_hw[channel].read_addr = (uint32_t)(unsigned long)read_addr;
}
static inline void dma_channel_set_write_addr(uint channel, volatile void *write_addr, bool trigger) {
  dma_channels_hw[channel].write_addr = (uint32_t)(unsigned long)write_addr;
}
static inline void dma_channel_set_trans_count(uint channel, uint32_t trans_count, bool trigger) {
  dma_channels_hw[channel].transfer_count = trans_count;
}
static inline void dma_channel_set_config(uint channel, const dma_channel_config *config, bool trigger) {
  dma_channels_hw[channel].ctrl_trig = config->ctrl;
}
static inline void dma_channel_start(uint channel) { dma_channels_hw[channel].ctrl_trig |= 1; }
static inline void dma_start_channel_mask(uint32_t chan_mask) { (void)chan_mask; }
static inline bool dma_channel_is_busy(uint channel) { return dma_channels_hw[channel].ctrl_trig & (1u << 24); }
static inline void dma_channel_wait_for_finish_blocking(uint channel) {
  while (dma_channel_is_busy(channel)) {
  }
}
void dma_channel_abort(uint channel);

#endif
