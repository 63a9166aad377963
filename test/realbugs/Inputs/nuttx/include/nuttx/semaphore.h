/* Stand-in for NuttX's include/nuttx/semaphore.h, written for the real-bug
 * corpus (models/nuttx-sem.yaml). */
#ifndef REALBUGS_NUTTX_SEMAPHORE_H
#define REALBUGS_NUTTX_SEMAPHORE_H
typedef struct { volatile int count; } sem_t;
int nxsem_wait_uninterruptible(sem_t *sem);
int nxsem_post(sem_t *sem);
int nxsem_wait(sem_t *sem);
#endif
