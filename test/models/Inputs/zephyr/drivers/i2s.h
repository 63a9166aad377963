/* Stand-in for Zephyr's include/zephyr/drivers/i2s.h: the block write the
 * model test calls, written for it. */
#ifndef TEST_ZEPHYR_DRIVERS_I2S_H
#define TEST_ZEPHYR_DRIVERS_I2S_H
#include "zephyr/types.h"

int i2s_write(const struct device *dev, void *mem_block, size_t size);

#endif
