/* Stand-in for FreeRTOS timers.h: the pended-function call the event-group
 * ISR macro expands to, written for the model tests. */
#ifndef TEST_FREERTOS_TIMERS_H
#define TEST_FREERTOS_TIMERS_H
#include "FreeRTOS.h"
typedef void (*PendedFunction_t)(void *, unsigned int);
BaseType_t xTimerPendFunctionCallFromISR(PendedFunction_t xFunctionToPend, void *pvParameter1,
                                         unsigned int ulParameter2,
                                         BaseType_t *pxHigherPriorityTaskWoken);
#endif
