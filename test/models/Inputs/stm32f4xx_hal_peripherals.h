/* Stand-in for the STM32F4 HAL's TIM, SD, SAI, DAC, QSPI, DCMI, HASH and
 * DMA2D headers (stm32f4xx_hal_tim.h, _sd.h, ...): the handles and the
 * prototypes the model tests use, with the HAL's parameter order. Written
 * for the model tests. */
#ifndef TEST_STM32F4XX_HAL_PERIPHERALS_H
#define TEST_STM32F4XX_HAL_PERIPHERALS_H
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;

typedef enum { HAL_OK = 0, HAL_ERROR = 1, HAL_BUSY = 2, HAL_TIMEOUT = 3 } HAL_StatusTypeDef;

typedef struct { void *Instance; int State; } TIM_HandleTypeDef;
typedef struct { void *Instance; int State; } SD_HandleTypeDef;
typedef struct { void *Instance; int State; } SAI_HandleTypeDef;
typedef struct { void *Instance; int State; } DAC_HandleTypeDef;
typedef struct { void *Instance; int State; } QSPI_HandleTypeDef;
typedef struct { void *Instance; int State; } DCMI_HandleTypeDef;
typedef struct { void *Instance; int State; } HASH_HandleTypeDef;
typedef struct __DMA2D_HandleTypeDef {
  void *Instance;
  int State;
  void (*XferCpltCallback)(struct __DMA2D_HandleTypeDef *hdma2d);
} DMA2D_HandleTypeDef;

#define TIM_CHANNEL_1 0x0U
#define DAC_CHANNEL_1 0x0U
#define DAC_ALIGN_12B_R 0x0U
#define DCMI_MODE_SNAPSHOT 0x2U

HAL_StatusTypeDef HAL_TIM_PWM_Start_DMA(TIM_HandleTypeDef *htim, uint32_t Channel, const uint32_t *pData,
                                        uint16_t Length);
HAL_StatusTypeDef HAL_TIM_PWM_Stop_DMA(TIM_HandleTypeDef *htim, uint32_t Channel);
HAL_StatusTypeDef HAL_TIM_IC_Start_DMA(TIM_HandleTypeDef *htim, uint32_t Channel, uint32_t *pData,
                                       uint16_t Length);
void HAL_TIM_PWM_PulseFinishedCallback(TIM_HandleTypeDef *htim);

HAL_StatusTypeDef HAL_SD_ReadBlocks_DMA(SD_HandleTypeDef *hsd, uint8_t *pData, uint32_t BlockAdd,
                                        uint32_t NumberOfBlocks);
HAL_StatusTypeDef HAL_SD_WriteBlocks_DMA(SD_HandleTypeDef *hsd, uint8_t *pData, uint32_t BlockAdd,
                                         uint32_t NumberOfBlocks);
void HAL_SD_RxCpltCallback(SD_HandleTypeDef *hsd);

HAL_StatusTypeDef HAL_SAI_Transmit_DMA(SAI_HandleTypeDef *hsai, uint8_t *pData, uint16_t Size);
HAL_StatusTypeDef HAL_SAI_DMAStop(SAI_HandleTypeDef *hsai);

HAL_StatusTypeDef HAL_DAC_Start_DMA(DAC_HandleTypeDef *hdac, uint32_t Channel, const uint32_t *pData,
                                    uint32_t Length, uint32_t Alignment);

HAL_StatusTypeDef HAL_QSPI_Receive_DMA(QSPI_HandleTypeDef *hqspi, uint8_t *pData);
void HAL_QSPI_RxCpltCallback(QSPI_HandleTypeDef *hqspi);

HAL_StatusTypeDef HAL_DCMI_Start_DMA(DCMI_HandleTypeDef *hdcmi, uint32_t DCMI_Mode, uint32_t pData,
                                     uint32_t Length);
void HAL_DCMI_FrameEventCallback(DCMI_HandleTypeDef *hdcmi);

HAL_StatusTypeDef HAL_HASH_SHA1_Start_DMA(HASH_HandleTypeDef *hhash, const uint8_t *const pInBuffer,
                                          uint32_t Size);

HAL_StatusTypeDef HAL_DMA2D_Start_IT(DMA2D_HandleTypeDef *hdma2d, uint32_t pdata, uint32_t DstAddress,
                                     uint32_t Width, uint32_t Height);
HAL_StatusTypeDef HAL_DMA2D_PollForTransfer(DMA2D_HandleTypeDef *hdma2d, uint32_t Timeout);
#endif
