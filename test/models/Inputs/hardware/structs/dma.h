/* Stand-in for pico-sdk's hardware/structs/dma.h: the channel registers
 * and trigger aliases the register-level tests use (RP2040 datasheet
 * order). */
#ifndef TEST_HARDWARE_STRUCTS_DMA_H
#define TEST_HARDWARE_STRUCTS_DMA_H
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;

typedef struct {
  volatile uint32_t read_addr;
  volatile uint32_t write_addr;
  volatile uint32_t transfer_count;
  volatile uint32_t ctrl_trig;
  volatile uint32_t al1_ctrl;
  volatile uint32_t al1_read_addr;
  volatile uint32_t al1_write_addr;
  volatile uint32_t al1_transfer_count_trig;
  volatile uint32_t al2_ctrl;
  volatile uint32_t al2_transfer_count;
  volatile uint32_t al2_read_addr;
  volatile uint32_t al2_write_addr_trig;
  volatile uint32_t al3_ctrl;
  volatile uint32_t al3_write_addr;
  volatile uint32_t al3_transfer_count;
  volatile uint32_t al3_read_addr_trig;
} dma_channel_hw_t;

typedef struct {
  dma_channel_hw_t ch[12];
  uint32_t _pad0[64];
  volatile uint32_t intr;
  volatile uint32_t inte0;
  volatile uint32_t intf0;
  volatile uint32_t ints0;
} dma_hw_t;

#define dma_hw ((dma_hw_t *)0x50000000u)
#define DMA_CH0_CTRL_TRIG_EN_BITS 0x1u
#define DMA_CH0_CTRL_TRIG_INCR_WRITE_BITS 0x20u
#define DMA_CH0_CTRL_TRIG_BUSY_BITS 0x01000000u
#endif
