/* Stand-in for the integer types ChibiOS's headers use (chtypes.h and the
 * compiler's stdint.h), written for the model tests. */
#ifndef TEST_CHIBIOS_CHTYPES_H
#define TEST_CHIBIOS_CHTYPES_H
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef int int32_t;
typedef unsigned int uint32_t;
typedef __SIZE_TYPE__ size_t;
#endif
