/* Stand-in for include/linux/vmalloc.h: the allocators of virtually
 * contiguous memory, as functions (before 6.10) and as the _noprof
 * functions the 6.10+ macros call. */
#ifndef TEST_LINUX_VMALLOC_H
#define TEST_LINUX_VMALLOC_H
#include "linux/types.h"
void *vmalloc(unsigned long size);
void *vzalloc(unsigned long size);
void *vmalloc_user(unsigned long size);
void *vmalloc_noprof(unsigned long size);
void vfree(const void *addr);
#endif
