/* Stand-in for include/linux/slab.h (real-bug corpus). */
#ifndef REALBUGS_LINUX_SLAB_H
#define REALBUGS_LINUX_SLAB_H
#include "linux/types.h"
void *kmalloc(size_t size, gfp_t flags);
void *kzalloc(size_t size, gfp_t flags);
void kfree(const void *objp);
#endif
