/* Stand-in for include/linux/slab.h: the allocator signatures only,
 * written for the model tests. */
#ifndef TEST_LINUX_SLAB_H
#define TEST_LINUX_SLAB_H

typedef unsigned long size_t;
#define GFP_KERNEL 0u

void *kmalloc(size_t size, unsigned flags);
void kfree(const void *objp);

#endif
