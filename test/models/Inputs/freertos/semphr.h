/* Stand-in for FreeRTOS semphr.h: the semaphore macros over the queue
 * functions, as FreeRTOS defines them, written for the model tests. */
#ifndef TEST_FREERTOS_SEMPHR_H
#define TEST_FREERTOS_SEMPHR_H
#include "queue.h"
typedef QueueHandle_t SemaphoreHandle_t;
SemaphoreHandle_t xSemaphoreCreateBinary(void);
#define xSemaphoreTake(xSemaphore, xBlockTime) xQueueSemaphoreTake((xSemaphore), (xBlockTime))
#define xSemaphoreGive(xSemaphore) \
  xQueueGenericSend((QueueHandle_t)(xSemaphore), 0, 0, queueSEND_TO_BACK)
#define xSemaphoreGiveFromISR(xSemaphore, pxHigherPriorityTaskWoken) \
  xQueueGiveFromISR((QueueHandle_t)(xSemaphore), (pxHigherPriorityTaskWoken))
#endif
