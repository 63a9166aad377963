/* Stand-in for include/linux/scatterlist.h, written for the model tests. */
#ifndef TEST_LINUX_SCATTERLIST_H
#define TEST_LINUX_SCATTERLIST_H
#include "linux/types.h"
struct scatterlist {
  unsigned long page_link;
  unsigned int offset, length;
};
void sg_init_one(struct scatterlist *sg, const void *buf, unsigned int buflen);
void sg_set_buf(struct scatterlist *sg, const void *buf, unsigned int buflen);
#endif
