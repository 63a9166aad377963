/* Stand-in for Zephyr's include/zephyr/kernel.h: the semaphore, event and
 * message-queue calls a driver thread blocks on, written for the model
 * tests (timeouts are plain integers here, k_timeout_t in Zephyr). */
#ifndef TEST_ZEPHYR_KERNEL_H
#define TEST_ZEPHYR_KERNEL_H
#include "zephyr/types.h"

#define K_FOREVER (-1)
#define K_NO_WAIT 0

struct k_sem {
  unsigned int count;
  unsigned int limit;
};
int k_sem_init(struct k_sem *sem, unsigned int initial_count, unsigned int limit);
int k_sem_take(struct k_sem *sem, long timeout);
void k_sem_give(struct k_sem *sem);

struct k_event {
  uint32_t events;
};
uint32_t k_event_post(struct k_event *event, uint32_t events);
uint32_t k_event_wait(struct k_event *event, uint32_t events, int reset, long timeout);

struct k_msgq {
  size_t msg_size;
};
int k_msgq_put(struct k_msgq *msgq, const void *data, long timeout);
int k_msgq_get(struct k_msgq *msgq, void *data, long timeout);

struct k_poll_signal {
  unsigned int signaled;
  int result;
};
struct k_poll_event {
  unsigned int type;
  unsigned int mode;
  struct k_poll_signal *signal;
};
#define K_POLL_TYPE_SIGNAL 1
#define K_POLL_MODE_NOTIFY_ONLY 0
#define K_POLL_EVENT_INITIALIZER(_type, _mode, _obj) {(_type), (_mode), (_obj)}
int k_poll(struct k_poll_event *events, int num_events, long timeout);
int k_poll_signal_raise(struct k_poll_signal *sig, int result);

#endif
