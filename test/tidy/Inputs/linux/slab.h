/* Stand-in for include/linux/slab.h for the dmasafe-* clang-tidy tests. */
#ifndef TIDY_TEST_LINUX_SLAB_H
#define TIDY_TEST_LINUX_SLAB_H

typedef unsigned int gfp_t;
#define GFP_KERNEL 0u

void *kmalloc(unsigned long size, gfp_t flags);
void kfree(const void *objp);

#endif
