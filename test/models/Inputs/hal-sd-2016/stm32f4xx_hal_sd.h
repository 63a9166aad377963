/* Stand-in for stm32f4xx_hal_sd.h of the STM32Cube F4 HAL V1.5 (2016),
 * before the SD driver's rewrite: the calls the model test uses, written
 * for it. */
#ifndef TEST_HAL_SD_2016_H
#define TEST_HAL_SD_2016_H
typedef unsigned char uint8_t;
typedef unsigned int uint32_t;
typedef unsigned long long uint64_t;
typedef enum { SD_OK = 0, SD_CMD_CRC_FAIL = 1, SD_ERROR = 41 } HAL_SD_ErrorTypedef;
typedef struct { void *Instance; volatile uint32_t SdTransferCplt; } SD_HandleTypeDef;
HAL_SD_ErrorTypedef HAL_SD_ReadBlocks_DMA(SD_HandleTypeDef *hsd, uint32_t *pReadBuffer,
                                          uint64_t ReadAddr, uint32_t BlockSize,
                                          uint32_t NumberOfBlocks);
HAL_SD_ErrorTypedef HAL_SD_WriteBlocks_DMA(SD_HandleTypeDef *hsd, uint32_t *pWriteBuffer,
                                           uint64_t WriteAddr, uint32_t BlockSize,
                                           uint32_t NumberOfBlocks);
HAL_SD_ErrorTypedef HAL_SD_CheckReadOperation(SD_HandleTypeDef *hsd, uint32_t Timeout);
HAL_SD_ErrorTypedef HAL_SD_CheckWriteOperation(SD_HandleTypeDef *hsd, uint32_t Timeout);
#endif
