// The HAL's own drivers start DMA between a buffer and a peripheral data
// register: HAL_DMA_Start_IT(hdma, (uint32_t)pData, (uint32_t)&hi2c->Instance->DR, n).
// The register block is no buffer; reading the status registers next to
// DR (as __HAL_I2C_CLEAR_ADDRFLAG does) is no access in flight. Found on
// real code: stm32f4xx_hal_i2c.c, HAL_I2C_Slave_Seq_Transmit_DMA.
//
// The checker does not track a volatile scalar (a peripheral register) as a buffer.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
// expected-no-diagnostics
#include "stm32f4xx_hal.h"

typedef struct {
  volatile uint32_t CR1, CR2, OAR1, OAR2, DR, SR1, SR2;
} I2C_TypeDef;
typedef struct {
  I2C_TypeDef *Instance;
  DMA_HandleTypeDef *hdmatx;
} My_I2C_HandleTypeDef;

HAL_StatusTypeDef slave_seq_transmit_dma(My_I2C_HandleTypeDef *hi2c, uint8_t *pData, uint16_t Size) {
  if (HAL_DMA_Start_IT(hi2c->hdmatx, (uint32_t)pData, (uint32_t)&hi2c->Instance->DR, Size) != HAL_OK)
    return HAL_ERROR;
  uint32_t tmpreg = hi2c->Instance->SR1; // no-warning: a status register, not the buffer
  tmpreg = hi2c->Instance->SR2;          // no-warning
  (void)tmpreg;
  return HAL_OK;
}
