/* A stand-in SDK header for the model-coverage tool's test: prototypes in
 * the STM32 HAL's shape, written for this test. */
typedef struct { int State; } UART_HandleTypeDef;
typedef enum { HAL_OK } HAL_StatusTypeDef;
HAL_StatusTypeDef HAL_UART_Transmit_DMA(UART_HandleTypeDef *huart, const unsigned char *pData,
                                        unsigned short Size);
HAL_StatusTypeDef HAL_UART_Receive_DMA(UART_HandleTypeDef *huart, unsigned char *pData,
                                       unsigned short Size);
/* Takes no buffer: not counted. */
HAL_StatusTypeDef HAL_UART_Stop_DMA(UART_HandleTypeDef *huart);
/* A buffer and a length, but the model below counts them wrongly. */
HAL_StatusTypeDef HAL_UART_Misfit_DMA(UART_HandleTypeDef *huart, unsigned char *pData);
