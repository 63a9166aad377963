/* The few STM32 HAL declarations the model test needs (the shipped model
 * applies to functions declared in a header named like the HAL's). */
#include <stdint.h>
typedef enum { HAL_OK = 0, HAL_ERROR = 1, HAL_BUSY = 2 } HAL_StatusTypeDef;
typedef struct { int instance; } UART_HandleTypeDef;
HAL_StatusTypeDef HAL_UART_Transmit_DMA(UART_HandleTypeDef *huart, const uint8_t *pData,
                                        uint16_t Size);
