/*
 * engine.c - the host backend: a simulated DMA engine.
 *
 * Each claimed channel gets a worker thread that plays the engine. A start
 * hands it a job; the worker waits a little (the engine's start latency),
 * then moves the bytes in small chunks with a pause after each, so a
 * transfer takes real time. A program that writes a TX buffer, or reads an
 * RX buffer, while the transfer runs therefore really sends or sees wrong
 * data, which is what the tests of misuse demonstrate.
 *
 * The worker accesses the buffers through volatile pointers, as a bus
 * master would: on purpose it does not synchronize with the CPU's accesses
 * to them. Only the start (job hand-over) and the completion (state change)
 * synchronize, under the engine's mutex; the fences of fence.h are issued
 * at those two points as on hardware.
 */
/* nanosleep, pthreads: POSIX on top of strict C11. */
#define _POSIX_C_SOURCE 200809L

#include "../backend.h"
#include "../checksum.h"
#include "../fence.h"
#include "dmasafe/host_device.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

/* Timing of the simulated engine, in microseconds and bytes. */
enum {
  DEFAULT_START_LATENCY_US = 200,
  CHUNK_BYTES = 16,
  CHUNK_PAUSE_US = 10,
  DEVICE_POLL_US = 50
};

enum engine_state { ENGINE_IDLE, ENGINE_RUNNING, ENGINE_DONE };

struct engine {
  pthread_mutex_t lock;
  pthread_cond_t wake;    /* to the worker: a job, an abort, or stop */
  pthread_cond_t changed; /* to callers: done, or abort acknowledged */
  pthread_t worker;
  enum engine_state state;
  bool abort_requested;
  bool stop;
  struct dmasafe_transfer job;
  enum dmasafe_width width;
  struct dmasafe_host_device *device;
  uint32_t written_checksum; /* of the bytes written to memory */
};

static atomic_uint start_latency_us = DEFAULT_START_LATENCY_US;
static pthread_mutex_t claim_lock = PTHREAD_MUTEX_INITIALIZER;
static bool claimed[DMASAFE_CHANNEL_COUNT];
static struct engine engines[DMASAFE_CHANNEL_COUNT];

unsigned dmasafe_host_set_start_latency_us(unsigned microseconds) {
  return atomic_exchange(&start_latency_us, microseconds);
}

static void pause_us(unsigned long us) {
  struct timespec t = {(time_t)(us / 1000000u), (long)(us % 1000000u) * 1000L};
  while (nanosleep(&t, &t) == -1 && errno == EINTR) {
  }
}

static bool abort_pending(struct engine *e) {
  pthread_mutex_lock(&e->lock);
  bool pending = e->abort_requested;
  pthread_mutex_unlock(&e->lock);
  return pending;
}

/* One byte from the source: memory, or the device's input (waits for it). */
static bool read_byte(struct engine *e, size_t i, unsigned char *byte) {
  if (e->job.kind != DMASAFE_DEVICE_TO_MEMORY) {
    *byte = e->job.source[i];
    return true;
  }
  while (!dmasafe_host_fifo_pop(&e->device->input, byte)) {
    if (abort_pending(e))
      return false;
    pause_us(DEVICE_POLL_US);
  }
  return true;
}

/* One byte to the destination: memory, or the device's wire (waits for
 * room). */
static bool write_byte(struct engine *e, size_t i, unsigned char byte) {
  if (e->job.kind != DMASAFE_MEMORY_TO_DEVICE) {
    e->job.destination[i] = byte;
    e->written_checksum = dmasafe_checksum_add(e->written_checksum, byte);
    return true;
  }
  while (!dmasafe_host_fifo_push(&e->device->wire, byte)) {
    if (abort_pending(e))
      return false;
    pause_us(DEVICE_POLL_US);
  }
  return true;
}

/* Waits out the start latency in slices, so an abort need not wait it all. */
static bool start_latency(struct engine *e) {
  unsigned long left = atomic_load(&start_latency_us);
  while (left > 0) {
    if (abort_pending(e))
      return false;
    unsigned long slice = left < 1000u ? left : 1000u;
    pause_us(slice);
    left -= slice;
  }
  return true;
}

/* Moves the job's bytes; false when aborted part-way. */
static bool run_job(struct engine *e) {
  if (!start_latency(e))
    return false;
  for (size_t done = 0; done < e->job.length;) {
    if (abort_pending(e))
      return false;
    size_t end = done + CHUNK_BYTES;
    if (end > e->job.length)
      end = e->job.length;
    for (; done < end; ++done) {
      unsigned char byte;
      if (!read_byte(e, done, &byte) || !write_byte(e, done, byte))
        return false;
    }
    pause_us(CHUNK_PAUSE_US);
  }
  return true;
}

static void *worker_main(void *arg) {
  struct engine *e = arg;
  pthread_mutex_lock(&e->lock);
  for (;;) {
    while (!e->stop && e->state != ENGINE_RUNNING)
      pthread_cond_wait(&e->wake, &e->lock);
    if (e->stop)
      break;
    pthread_mutex_unlock(&e->lock);
    bool completed = run_job(e);
    pthread_mutex_lock(&e->lock);
    e->state = completed ? ENGINE_DONE : ENGINE_IDLE;
    e->abort_requested = false;
    pthread_cond_broadcast(&e->changed);
  }
  pthread_mutex_unlock(&e->lock);
  return NULL;
}

int dmasafe_backend_claim(unsigned index,
                          const struct dmasafe_channel_config *config) {
  pthread_mutex_lock(&claim_lock);
  int err = 0;
  struct engine *e = &engines[index];
  if (claimed[index]) {
    err = -EBUSY;
    goto out;
  }
  if (pthread_mutex_init(&e->lock, NULL)) {
    err = -EAGAIN;
    goto out;
  }
  if (pthread_cond_init(&e->wake, NULL)) {
    err = -EAGAIN;
    goto destroy_lock;
  }
  if (pthread_cond_init(&e->changed, NULL)) {
    err = -EAGAIN;
    goto destroy_wake;
  }
  e->state = ENGINE_IDLE;
  e->abort_requested = false;
  e->stop = false;
  e->width = config->width;
  e->device = (struct dmasafe_host_device *)config->peripheral;
  if (pthread_create(&e->worker, NULL, worker_main, e)) {
    err = -EAGAIN;
    goto destroy_changed;
  }
  claimed[index] = true;
  goto out;

destroy_changed:
  pthread_cond_destroy(&e->changed);
destroy_wake:
  pthread_cond_destroy(&e->wake);
destroy_lock:
  pthread_mutex_destroy(&e->lock);
out:
  pthread_mutex_unlock(&claim_lock);
  return err;
}

void dmasafe_backend_release(unsigned index) {
  struct engine *e = &engines[index];
  pthread_mutex_lock(&e->lock);
  e->stop = true;
  pthread_cond_signal(&e->wake);
  pthread_mutex_unlock(&e->lock);
  pthread_join(e->worker, NULL);
  pthread_cond_destroy(&e->changed);
  pthread_cond_destroy(&e->wake);
  pthread_mutex_destroy(&e->lock);
  pthread_mutex_lock(&claim_lock);
  claimed[index] = false;
  pthread_mutex_unlock(&claim_lock);
}

void dmasafe_backend_start(unsigned index, const struct dmasafe_transfer *t) {
  struct engine *e = &engines[index];
  dmasafe_fence_before_start();
  pthread_mutex_lock(&e->lock);
  e->job = *t;
  e->written_checksum = DMASAFE_CHECKSUM_SEED;
  e->state = ENGINE_RUNNING;
  pthread_cond_signal(&e->wake);
  pthread_mutex_unlock(&e->lock);
}

int dmasafe_backend_wait(unsigned index) {
  struct engine *e = &engines[index];
  pthread_mutex_lock(&e->lock);
  while (e->state == ENGINE_RUNNING)
    pthread_cond_wait(&e->changed, &e->lock);
  e->state = ENGINE_IDLE;
  pthread_mutex_unlock(&e->lock);
  dmasafe_fence_after_complete();
  return 0;
}

bool dmasafe_backend_busy(unsigned index, int *status) {
  struct engine *e = &engines[index];
  pthread_mutex_lock(&e->lock);
  bool busy = e->state == ENGINE_RUNNING;
  if (!busy)
    e->state = ENGINE_IDLE;
  pthread_mutex_unlock(&e->lock);
  if (!busy) {
    dmasafe_fence_after_complete();
    *status = 0;
  }
  return busy;
}

void dmasafe_backend_abort(unsigned index) {
  struct engine *e = &engines[index];
  pthread_mutex_lock(&e->lock);
  if (e->state == ENGINE_RUNNING) {
    e->abort_requested = true;
    while (e->state == ENGINE_RUNNING)
      pthread_cond_wait(&e->changed, &e->lock);
  }
  e->state = ENGINE_IDLE;
  pthread_mutex_unlock(&e->lock);
  dmasafe_fence_after_complete();
}

bool dmasafe_backend_written_checksum(unsigned index, uint32_t *checksum) {
  struct engine *e = &engines[index];
  pthread_mutex_lock(&e->lock);
  *checksum = e->written_checksum;
  pthread_mutex_unlock(&e->lock);
  return true;
}
