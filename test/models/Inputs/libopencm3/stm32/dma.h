/* Stand-in for libopencm3's stm32/dma.h (channel controllers, as
 * common/dma_common_l1f013.h declares them): only what the tests use. */
#ifndef TEST_LIBOPENCM3_STM32_DMA_H
#define TEST_LIBOPENCM3_STM32_DMA_H
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef _Bool bool;

#define DMA1 0x40020000u
#define DMA_CHANNEL4 4
#define DMA_CHANNEL5 5
#define DMA_TCIF (1u << 1)
#define MMIO32(addr) (*(volatile uint32_t *)(addr))
#define DMA1_ISR MMIO32(DMA1 + 0x00)
#define DMA1_IFCR MMIO32(DMA1 + 0x04)
#define DMA_ISR_TCIF4 (1u << 13)
#define DMA_IFCR_CTCIF4 (1u << 13)

void dma_channel_reset(uint32_t dma, uint8_t channel);
void dma_set_peripheral_address(uint32_t dma, uint8_t channel, uint32_t address);
void dma_set_memory_address(uint32_t dma, uint8_t channel, uint32_t address);
void dma_set_number_of_data(uint32_t dma, uint8_t channel, uint16_t number);
void dma_set_read_from_memory(uint32_t dma, uint8_t channel);
void dma_set_read_from_peripheral(uint32_t dma, uint8_t channel);
void dma_enable_channel(uint32_t dma, uint8_t channel);
void dma_disable_channel(uint32_t dma, uint8_t channel);
bool dma_get_interrupt_flag(uint32_t dma, uint8_t channel, uint32_t interrupts);
void dma_clear_interrupt_flags(uint32_t dma, uint8_t channel, uint32_t interrupts);
#endif
