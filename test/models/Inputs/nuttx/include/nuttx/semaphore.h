/* Stand-in for NuttX's include/nuttx/semaphore.h: what the tests use. */
#ifndef TEST_NUTTX_SEMAPHORE_H
#define TEST_NUTTX_SEMAPHORE_H
typedef struct { volatile short semcount; } sem_t;
int nxsem_post(sem_t *sem);
int nxsem_wait(sem_t *sem);
int nxsem_wait_uninterruptible(sem_t *sem);
#endif
