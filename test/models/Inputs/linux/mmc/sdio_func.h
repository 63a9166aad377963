/* Stand-in for include/linux/mmc/sdio_func.h, written for the model tests. */
#ifndef TEST_LINUX_SDIO_FUNC_H
#define TEST_LINUX_SDIO_FUNC_H
#include "linux/types.h"
struct sdio_func;
int sdio_memcpy_fromio(struct sdio_func *func, void *dst, unsigned int addr, int count);
int sdio_memcpy_toio(struct sdio_func *func, unsigned int addr, void *src, int count);
u32 sdio_readl(struct sdio_func *func, unsigned int addr, int *err_ret);
#endif
