/* Stand-in for FreeRTOS.h: the base types, written for the model tests. */
#ifndef TEST_FREERTOS_H
#define TEST_FREERTOS_H
typedef long BaseType_t;
typedef unsigned long UBaseType_t;
typedef unsigned int TickType_t;
#define pdTRUE ((BaseType_t)1)
#define pdFALSE ((BaseType_t)0)
#define portMAX_DELAY ((TickType_t)0xffffffffUL)
#define portYIELD_FROM_ISR(x) ((void)(x))
#endif
