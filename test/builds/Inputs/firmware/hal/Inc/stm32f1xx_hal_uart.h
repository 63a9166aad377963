/* Stand-in for the vendor's UART header, written for these tests: only the
 * declarations the firmware uses. Its name matches the shipped STM32 HAL
 * model's headers glob ("*stm32*_hal*.h"), so that model applies. */
#ifndef STM32F1XX_HAL_UART_H
#define STM32F1XX_HAL_UART_H
#include <stdint.h>

typedef enum { HAL_OK = 0, HAL_ERROR = 1, HAL_BUSY = 2, HAL_TIMEOUT = 3 } HAL_StatusTypeDef;
typedef struct { uint32_t instance; } UART_HandleTypeDef;

HAL_StatusTypeDef HAL_UART_Transmit_DMA(UART_HandleTypeDef *huart, const uint8_t *pData,
                                        uint16_t Size);
void HAL_UART_TxCpltCallback(UART_HandleTypeDef *huart);
#endif
