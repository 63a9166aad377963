/* Stand-in for FreeRTOS event_groups.h (configUSE_TRACE_FACILITY == 0): the
 * ISR bit setter is a macro over xTimerPendFunctionCallFromISR, as in
 * FreeRTOS; written for the model tests. */
#ifndef TEST_FREERTOS_EVENT_GROUPS_H
#define TEST_FREERTOS_EVENT_GROUPS_H
#include "timers.h"
struct EventGroupDef_t;
typedef struct EventGroupDef_t *EventGroupHandle_t;
typedef unsigned int EventBits_t;
EventBits_t xEventGroupSetBits(EventGroupHandle_t xEventGroup, const EventBits_t uxBitsToSet);
void vEventGroupSetBitsCallback(void *pvEventGroup, unsigned int ulBitsToSet);
EventBits_t xEventGroupWaitBits(EventGroupHandle_t xEventGroup, const EventBits_t uxBitsToWaitFor,
                                const BaseType_t xClearOnExit, const BaseType_t xWaitForAllBits,
                                TickType_t xTicksToWait);
#define xEventGroupSetBitsFromISR(xEventGroup, uxBitsToSet, pxHigherPriorityTaskWoken) \
  xTimerPendFunctionCallFromISR(vEventGroupSetBitsCallback, (void *)(xEventGroup), \
                                (unsigned int)(uxBitsToSet), (pxHigherPriorityTaskWoken))
#endif
