/* Stand-in for FreeRTOS queue.h: the queue functions the semaphore macros
 * expand to, with FreeRTOS's signatures, written for the model tests. */
#ifndef TEST_FREERTOS_QUEUE_H
#define TEST_FREERTOS_QUEUE_H
#include "FreeRTOS.h"
struct QueueDefinition;
typedef struct QueueDefinition *QueueHandle_t;
#define queueSEND_TO_BACK ((BaseType_t)0)
BaseType_t xQueueGenericSend(QueueHandle_t xQueue, const void *const pvItemToQueue,
                             TickType_t xTicksToWait, const BaseType_t xCopyPosition);
BaseType_t xQueueGiveFromISR(QueueHandle_t xQueue, BaseType_t *const pxHigherPriorityTaskWoken);
BaseType_t xQueueSemaphoreTake(QueueHandle_t xQueue, TickType_t xTicksToWait);
BaseType_t xQueueReceive(QueueHandle_t xQueue, void *const pvBuffer, TickType_t xTicksToWait);
#endif
