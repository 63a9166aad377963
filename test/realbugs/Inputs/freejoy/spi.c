// FreeJoy application/Src/spi.c, reduced: the full-duplex exchange programs
// the RX channel (2) and the TX channel (3) through the SPL, enables both and
// returns; the channel-2 transfer-complete interrupt ends it later.
#include "stm32f10x_dma.h"

void SPI_FullDuplex_TransmitReceive(uint8_t *tx_data, uint8_t *rx_data, uint16_t length, uint8_t spi_mode) {
  DMA_InitTypeDef DMA_InitStructure;

  DMA_InitStructure.DMA_MemoryBaseAddr = (uint32_t)rx_data;
  DMA_InitStructure.DMA_BufferSize = length;
  DMA_InitStructure.DMA_PeripheralBaseAddr = (uint32_t)&SPI1->DR;
  DMA_InitStructure.DMA_DIR = DMA_DIR_PeripheralSRC;
  DMA_InitStructure.DMA_MemoryInc = DMA_MemoryInc_Enable;
  DMA_InitStructure.DMA_Mode = DMA_Mode_Normal;
  DMA_Init(DMA1_Channel2, &DMA_InitStructure);
  DMA_ITConfig(DMA1_Channel2, DMA_IT_TC, ENABLE);

  DMA_InitStructure.DMA_MemoryBaseAddr = (uint32_t)tx_data;
  DMA_InitStructure.DMA_BufferSize = length;
  DMA_InitStructure.DMA_PeripheralBaseAddr = (uint32_t)&SPI1->DR;
  DMA_InitStructure.DMA_DIR = DMA_DIR_PeripheralDST;
  DMA_InitStructure.DMA_MemoryInc = DMA_MemoryInc_Enable;
  DMA_InitStructure.DMA_Mode = DMA_Mode_Normal;
  DMA_Init(DMA1_Channel3, &DMA_InitStructure);
  DMA_ITConfig(DMA1_Channel3, DMA_IT_TC, ENABLE);

  uint16_t cr1temp = SPI1->CR1;
  cr1temp |= SPI_CR1_SPE;
  cr1temp |= spi_mode & 0x03;
  SPI1->CR1 = cr1temp;
  (void)SPI1->DR; // clear RXNE

  DMA_Cmd(DMA1_Channel2, ENABLE);
  DMA_Cmd(DMA1_Channel3, ENABLE);
}
