/* Stand-in for ChibiOS's os/hal/include/hal_i2c.h: the blocking master
 * transfer the model test uses, written for it. */
#ifndef TEST_CHIBIOS_HAL_I2C_H
#define TEST_CHIBIOS_HAL_I2C_H
#include "chtypes.h"
typedef struct I2CDriver I2CDriver;
typedef uint16_t i2caddr_t;
typedef uint32_t sysinterval_t;
typedef int32_t msg_t;
extern I2CDriver I2CD1;
msg_t i2cMasterTransmitTimeout(I2CDriver *i2cp, i2caddr_t addr, const uint8_t *txbuf,
                               size_t txbytes, uint8_t *rxbuf, size_t rxbytes,
                               sysinterval_t timeout);
#endif
