/* Stand-in for the STM32F4 HAL's SPI declarations (stm32f4xx_hal_spi.h):
 * only what the project below uses. models/stm32-hal.yaml describes them. */
#ifndef STM32F4XX_HAL_H
#define STM32F4XX_HAL_H
#include <stdint.h>

typedef enum { HAL_OK = 0, HAL_ERROR = 1, HAL_BUSY = 2 } HAL_StatusTypeDef;
typedef enum { HAL_SPI_STATE_RESET = 0, HAL_SPI_STATE_READY = 1, HAL_SPI_STATE_BUSY = 2 } HAL_SPI_StateTypeDef;
typedef struct { void *Instance; volatile HAL_SPI_StateTypeDef State; } SPI_HandleTypeDef;

HAL_StatusTypeDef HAL_SPI_Transmit_DMA(SPI_HandleTypeDef *hspi, uint8_t *pData, uint16_t Size);
HAL_StatusTypeDef HAL_SPI_Receive_DMA(SPI_HandleTypeDef *hspi, uint8_t *pData, uint16_t Size);
HAL_SPI_StateTypeDef HAL_SPI_GetState(SPI_HandleTypeDef *hspi);
#endif
