/* Stand-in for include/linux/scatterlist.h (real-bug corpus). */
#ifndef REALBUGS_LINUX_SCATTERLIST_H
#define REALBUGS_LINUX_SCATTERLIST_H
#include "linux/types.h"
struct scatterlist { unsigned long page_link; unsigned int offset, length; dma_addr_t dma_address; };
void sg_init_one(struct scatterlist *sg, const void *buf, unsigned int buflen);
#endif
