/* Stand-in for the Linux kernel's basic types, written for the real-bug
 * corpus. */
#ifndef REALBUGS_LINUX_TYPES_H
#define REALBUGS_LINUX_TYPES_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef uint16_t __u16;
typedef uint8_t __u8;
typedef uint32_t __le32;
typedef u64 dma_addr_t;
typedef unsigned int gfp_t;
#define GFP_KERNEL 0xcc0u
#define HZ 250
#define ENOMEM 12
#define EIO 5
#define EINVAL 22
#define EREMOTEIO 121
struct device;
#endif
