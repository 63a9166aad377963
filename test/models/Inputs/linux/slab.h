/* Stand-in for include/linux/slab.h: the allocator signatures only,
 * written for the model tests. */
#ifndef TEST_LINUX_SLAB_H
#define TEST_LINUX_SLAB_H

typedef unsigned long size_t;
#define GFP_KERNEL 0u

void *kmalloc(size_t size, unsigned flags);
void kfree(const void *objp);
/* kvmalloc falls back to vmalloc; 6.10+ spells it as a macro over
 * __kvmalloc_node_noprof. */
void *kvmalloc(size_t size, unsigned flags);
void *kvzalloc(size_t size, unsigned flags);
void *__kvmalloc_node_noprof(size_t size, unsigned flags, int node);
#define kvmalloc_node(size, flags, node) __kvmalloc_node_noprof(size, flags, node)
void kvfree(const void *addr);

#endif
