/* Stand-in for FreeRTOS task.h: task notifications, written for the model
 * tests. */
#ifndef TEST_FREERTOS_TASK_H
#define TEST_FREERTOS_TASK_H
#include "FreeRTOS.h"
#define tskDEFAULT_INDEX_TO_NOTIFY 0
unsigned int ulTaskGenericNotifyTake(UBaseType_t uxIndexToWaitOn, BaseType_t xClearCountOnExit,
                                     TickType_t xTicksToWait);
#define ulTaskNotifyTake(xClearCountOnExit, xTicksToWait) \
  ulTaskGenericNotifyTake((tskDEFAULT_INDEX_TO_NOTIFY), (xClearCountOnExit), (xTicksToWait))
#endif
