#include "spi_bus.h"
#include "stm32f4xx_hal.h"

SPI_HandleTypeDef hspi1;

int spi_bus_write(const uint8_t *data, uint16_t len) {
  if (HAL_SPI_Transmit_DMA(&hspi1, (uint8_t *)data, len) != HAL_OK)
    return -1;
  return 0;
}

int spi_bus_read(uint8_t *data, uint16_t len) {
  if (HAL_SPI_Receive_DMA(&hspi1, data, len) != HAL_OK)
    return -1;
  return 0;
}

void spi_bus_wait(void) {
  while (HAL_SPI_GetState(&hspi1) != HAL_SPI_STATE_READY) {
  }
}
