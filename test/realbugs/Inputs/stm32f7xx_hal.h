/* Stand-in for the STM32Cube HAL headers (F7/H7 families), written for the
 * real-bug corpus: the public signatures the reconstructed code calls, in the
 * HAL's parameter order. The name matches the shipped model's header glob. */
#ifndef REALBUGS_STM32F7XX_HAL_H
#define REALBUGS_STM32F7XX_HAL_H
#include "stm32f7xx.h"

typedef enum { HAL_OK = 0, HAL_ERROR = 1, HAL_BUSY = 2, HAL_TIMEOUT = 3 } HAL_StatusTypeDef;
typedef enum { HAL_UART_STATE_READY = 0x20, HAL_UART_STATE_BUSY_TX = 0x21 } HAL_UART_StateTypeDef;

typedef struct { void *Instance; int State; } DMA_HandleTypeDef;
typedef struct { void *Instance; DMA_HandleTypeDef *hdmatx, *hdmarx; volatile int gState, RxState; } UART_HandleTypeDef;
typedef struct { void *Instance; DMA_HandleTypeDef *hdmatx, *hdmarx; volatile int State; } SPI_HandleTypeDef;
typedef struct { void *Instance; DMA_HandleTypeDef *hdmatx, *hdmarx; volatile int State; } I2C_HandleTypeDef;
typedef struct { void *Instance; DMA_HandleTypeDef *DMA_Handle1; volatile int State; } DAC_HandleTypeDef;
typedef struct { void *Instance; DMA_HandleTypeDef *hdma[7]; volatile int State; } TIM_HandleTypeDef;
typedef struct { void *Instance; DMA_HandleTypeDef *hdmatx, *hdmarx; volatile int State; } SD_HandleTypeDef;
typedef struct { void *Instance; DMA_HandleTypeDef *DMA_Handle; volatile int State; } ADC_HandleTypeDef;

HAL_StatusTypeDef HAL_UART_Transmit_DMA(UART_HandleTypeDef *huart, const uint8_t *pData, uint16_t Size);
HAL_StatusTypeDef HAL_UART_Receive_DMA(UART_HandleTypeDef *huart, uint8_t *pData, uint16_t Size);
HAL_StatusTypeDef HAL_UART_Transmit(UART_HandleTypeDef *huart, const uint8_t *pData, uint16_t Size, uint32_t Timeout);
HAL_UART_StateTypeDef HAL_UART_GetState(UART_HandleTypeDef *huart);
void HAL_UART_TxCpltCallback(UART_HandleTypeDef *huart);
void HAL_UART_RxCpltCallback(UART_HandleTypeDef *huart);

HAL_StatusTypeDef HAL_SPI_Transmit_DMA(SPI_HandleTypeDef *hspi, const uint8_t *pData, uint16_t Size);
HAL_StatusTypeDef HAL_SPI_Receive_DMA(SPI_HandleTypeDef *hspi, uint8_t *pData, uint16_t Size);
HAL_StatusTypeDef HAL_SPI_TransmitReceive_DMA(SPI_HandleTypeDef *hspi, const uint8_t *pTxData, uint8_t *pRxData, uint16_t Size);
typedef enum { HAL_SPI_STATE_RESET = 0, HAL_SPI_STATE_READY = 1, HAL_SPI_STATE_BUSY_TX_RX = 5 } HAL_SPI_StateTypeDef;
HAL_SPI_StateTypeDef HAL_SPI_GetState(SPI_HandleTypeDef *hspi);
void HAL_SPI_TxCpltCallback(SPI_HandleTypeDef *hspi);
void HAL_SPI_TxRxCpltCallback(SPI_HandleTypeDef *hspi);

HAL_StatusTypeDef HAL_I2C_Master_Transmit_DMA(I2C_HandleTypeDef *hi2c, uint16_t DevAddress, uint8_t *pData, uint16_t Size);
HAL_StatusTypeDef HAL_I2C_Master_Receive_DMA(I2C_HandleTypeDef *hi2c, uint16_t DevAddress, uint8_t *pData, uint16_t Size);

HAL_StatusTypeDef HAL_DAC_Start_DMA(DAC_HandleTypeDef *hdac, uint32_t Channel, const uint32_t *pData, uint32_t Length, uint32_t Alignment);
HAL_StatusTypeDef HAL_DAC_Stop_DMA(DAC_HandleTypeDef *hdac, uint32_t Channel);

HAL_StatusTypeDef HAL_TIM_PWM_Start_DMA(TIM_HandleTypeDef *htim, uint32_t Channel, const uint32_t *pData, uint16_t Length);
HAL_StatusTypeDef HAL_TIM_PWM_Stop_DMA(TIM_HandleTypeDef *htim, uint32_t Channel);
void HAL_TIM_PWM_PulseFinishedCallback(TIM_HandleTypeDef *htim);

HAL_StatusTypeDef HAL_SD_ReadBlocks_DMA(SD_HandleTypeDef *hsd, uint8_t *pData, uint32_t BlockAdd, uint32_t NumberOfBlocks);
HAL_StatusTypeDef HAL_SD_WriteBlocks_DMA(SD_HandleTypeDef *hsd, const uint8_t *pData, uint32_t BlockAdd, uint32_t NumberOfBlocks);
void HAL_SD_RxCpltCallback(SD_HandleTypeDef *hsd);
/* The STM32Cube F7 HAL of 2016 (stm32f7xx_hal_sd.h V1.0): */
typedef enum { SD_OK = 0, SD_ERROR = 42 } HAL_SD_ErrorTypedef;
HAL_SD_ErrorTypedef HAL_SD_WriteBlocks_BlockNumber_DMA(SD_HandleTypeDef *hsd, uint32_t *pWriteBuffer, uint32_t BlockNumber, uint32_t BlockSize, uint32_t NumberOfBlocks);
HAL_SD_ErrorTypedef HAL_SD_CheckWriteOperation(SD_HandleTypeDef *hsd, uint32_t Timeout);
void HAL_SD_TxCpltCallback(SD_HandleTypeDef *hsd);

HAL_StatusTypeDef HAL_ADC_Start_DMA(ADC_HandleTypeDef *hadc, uint32_t *pData, uint32_t Length);
void HAL_ADC_ConvCpltCallback(ADC_HandleTypeDef *hadc);

uint32_t HAL_GetTick(void);
#endif
