/* Stand-in for the kernel's basic types, written for the model tests of
 * linux-dma-memory.yaml. */
#ifndef TEST_LINUX_TYPES_H
#define TEST_LINUX_TYPES_H
typedef unsigned long size_t;
typedef unsigned char u8;
typedef unsigned char __u8;
typedef unsigned short __u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef unsigned int gfp_t;
#define GFP_KERNEL 0u
#endif
