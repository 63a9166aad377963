/* Board configuration of the test firmware. */
#ifndef BOARD_H
#define BOARD_H
#include <stddef.h>
#include <stdint.h>

#define LOG_LINE_MAX 32
#define STATUS_LEN 4
#endif
