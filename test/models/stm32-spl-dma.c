// The STM32 Standard Peripheral Library's DMA driver, channel controllers
// (models/stm32-spl-dma.yaml): DMA_Init arms DMA_MemoryBaseAddr in the
// direction DMA_DIR names, DMA_Cmd(ch, ENABLE) starts and DISABLE stops it,
// DMA_GetFlagStatus / DMA_GetITStatus / DMA_GetCurrDataCounter poll it.
// RUN: %clang_analyze_cc1 -triple thumbv7m-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-spl-dma.yaml \
// RUN:   -I %S/Inputs/spl -verify -verify-ignore-unexpected=note %s
#include "stm32f10x_dma.h"

static uint8_t tx[8], rx[8];
int consume(int);

static void spi_dma_init(DMA_Channel_TypeDef *ch, uint8_t *buf, uint32_t dir, uint16_t n) {
  DMA_InitTypeDef init = {0};
  init.DMA_PeripheralBaseAddr = (uint32_t)&SPI1->DR;
  init.DMA_MemoryBaseAddr = (uint32_t)buf;
  init.DMA_DIR = dir;
  init.DMA_BufferSize = n;
  init.DMA_MemoryInc = DMA_MemoryInc_Enable;
  DMA_DeInit(ch);
  DMA_Init(ch, &init);
}

void tx_written_in_flight(void) {
  spi_dma_init(DMA1_Channel3, tx, DMA_DIR_PeripheralDST, sizeof tx);
  tx[0] = 0x4E; // no-warning: armed, not started
  DMA_Cmd(DMA1_Channel3, ENABLE);
  consume(tx[1]); // no-warning: the engine only reads a TX buffer
  tx[1] = 0; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
}

void tx_waited_by_flag_ok(void) {
  spi_dma_init(DMA1_Channel3, tx, DMA_DIR_PeripheralDST, sizeof tx);
  DMA_Cmd(DMA1_Channel3, ENABLE);
  while (DMA_GetFlagStatus(DMA1_FLAG_TC3) == RESET) {
  }
  DMA_ClearFlag(DMA1_FLAG_TC3);
  tx[1] = 0; // no-warning
}

void tx_stopped_ok(void) {
  spi_dma_init(DMA1_Channel3, tx, DMA_DIR_PeripheralDST, sizeof tx);
  DMA_Cmd(DMA1_Channel3, ENABLE);
  DMA_Cmd(DMA1_Channel3, DISABLE);
  tx[1] = 0; // no-warning: the channel is disabled
}

int rx_read_in_flight(void) {
  spi_dma_init(DMA1_Channel2, rx, DMA_DIR_PeripheralSRC, sizeof rx);
  DMA_Cmd(DMA1_Channel2, ENABLE);
  return consume(rx[0]); // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
}

int rx_counter_drained_ok(void) {
  spi_dma_init(DMA1_Channel2, rx, DMA_DIR_PeripheralSRC, sizeof rx);
  DMA_Cmd(DMA1_Channel2, ENABLE);
  while (DMA_GetCurrDataCounter(DMA1_Channel2) != 0) {
  }
  return consume(rx[0]); // no-warning
}

void rx_overrun(void) {
  DMA_InitTypeDef init = {0};
  init.DMA_PeripheralBaseAddr = (uint32_t)&SPI1->DR;
  init.DMA_MemoryBaseAddr = (uint32_t)rx;
  init.DMA_DIR = DMA_DIR_PeripheralSRC;
  init.DMA_BufferSize = 16;
  DMA_Init(DMA1_Channel2, &init); // expected-warning{{DMA transfer of 16 bytes by 'DMA_Init' overruns 'rx', which has 8 bytes}}
  DMA_Cmd(DMA1_Channel2, ENABLE);
  DMA_Cmd(DMA1_Channel2, DISABLE);
}

// FreeJoy's sensor read (issue #124), in one translation unit: the command
// buffer is on the stack and the exchange ends in the interrupt handler.
static volatile uint8_t rx_complete;
void DMA1_Channel2_IRQHandler(void) {
  if (DMA_GetITStatus(DMA1_IT_TC2)) {
    DMA_ClearITPendingBit(DMA1_IT_GL2);
    DMA_Cmd(DMA1_Channel2, DISABLE);
    DMA_Cmd(DMA1_Channel3, DISABLE);
    rx_complete = 1;
  }
}

void start_read_from_stack(void) {
  uint8_t cmd[8] = {0x4E};
  rx_complete = 0;
  spi_dma_init(DMA1_Channel2, rx, DMA_DIR_PeripheralSRC, sizeof rx);
  spi_dma_init(DMA1_Channel3, cmd, DMA_DIR_PeripheralDST, sizeof cmd);
  DMA_Cmd(DMA1_Channel2, ENABLE);
  DMA_Cmd(DMA1_Channel3, ENABLE);
} // expected-warning{{Returning from 'start_read_from_stack' while a DMA transfer (memory-to-device) of its stack buffer 'cmd' is in flight}}

int read_after_isr_flag_ok(void) {
  spi_dma_init(DMA1_Channel2, rx, DMA_DIR_PeripheralSRC, sizeof rx);
  rx_complete = 0;
  DMA_Cmd(DMA1_Channel2, ENABLE);
  while (!rx_complete) {
  }
  return consume(rx[0]); // no-warning: the vector set the flag on TC
}
