/* Stand-in for Zephyr's include/zephyr/kernel.h for the dmasafe-*
 * clang-tidy tests: the semaphore calls a thread blocks on. */
#ifndef TIDY_TEST_ZEPHYR_KERNEL_H
#define TIDY_TEST_ZEPHYR_KERNEL_H
#include <stdint.h>

typedef struct { int64_t ticks; } k_timeout_t;
#define K_FOREVER ((k_timeout_t){-1})
#define K_NO_WAIT ((k_timeout_t){0})

struct k_sem {
  unsigned int count;
  unsigned int limit;
};
int k_sem_init(struct k_sem *sem, unsigned int initial_count, unsigned int limit);
int k_sem_take(struct k_sem *sem, k_timeout_t timeout);
void k_sem_give(struct k_sem *sem);

#endif
