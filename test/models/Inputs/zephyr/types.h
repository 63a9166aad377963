/* Stand-in: the integer types and device struct Zephyr's driver headers
 * use, written for the model tests. */
#ifndef TEST_ZEPHYR_TYPES_H
#define TEST_ZEPHYR_TYPES_H

typedef unsigned char uint8_t;
typedef short int16_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef int int32_t;
typedef unsigned long size_t;
typedef unsigned long uintptr_t;

struct device;

#endif
