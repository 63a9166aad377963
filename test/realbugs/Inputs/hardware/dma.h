/* Stand-in for pico-sdk's hardware/dma.h, written for the real-bug corpus:
 * the public signatures the reconstructed code calls. In the SDK most are
 * static inline register writes to dma_hw->ch[]; the shipped model takes
 * precedence over bodies, so declarations are enough here. */
#ifndef REALBUGS_HARDWARE_DMA_H
#define REALBUGS_HARDWARE_DMA_H
#include <stdbool.h>
#include <stdint.h>
typedef unsigned int uint;
typedef struct { uint32_t ctrl; } dma_channel_config;
enum dma_channel_transfer_size { DMA_SIZE_8 = 0, DMA_SIZE_16 = 1, DMA_SIZE_32 = 2 };
int dma_claim_unused_channel(bool required);
void dma_channel_unclaim(uint channel);
dma_channel_config dma_channel_get_default_config(uint channel);
void channel_config_set_transfer_data_size(dma_channel_config *c, enum dma_channel_transfer_size size);
void channel_config_set_read_increment(dma_channel_config *c, bool incr);
void channel_config_set_write_increment(dma_channel_config *c, bool incr);
void channel_config_set_dreq(dma_channel_config *c, uint dreq);
void channel_config_set_chain_to(dma_channel_config *c, uint chain_to);
void dma_channel_configure(uint channel, const dma_channel_config *config, volatile void *write_addr,
                           const volatile void *read_addr, uint transfer_count, bool trigger);
void dma_channel_transfer_from_buffer_now(uint channel, const volatile void *read_addr, uint32_t transfer_count);
void dma_channel_transfer_to_buffer_now(uint channel, volatile void *write_addr, uint32_t transfer_count);
void dma_channel_set_read_addr(uint channel, const volatile void *read_addr, bool trigger);
void dma_channel_set_write_addr(uint channel, volatile void *write_addr, bool trigger);
void dma_channel_set_trans_count(uint channel, uint32_t trans_count, bool trigger);
void dma_channel_start(uint channel);
void dma_start_channel_mask(uint32_t chan_mask);
bool dma_channel_is_busy(uint channel);
void dma_channel_wait_for_finish_blocking(uint channel);
void dma_channel_abort(uint channel);
void dma_channel_set_irq0_enabled(uint channel, bool enabled);
void dma_channel_acknowledge_irq0(uint channel);
bool dma_channel_get_irq0_status(uint channel);
#endif
