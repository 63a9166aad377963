/*
 * test_stress.c - many transfers on several channels from several threads
 * at once, every result verified; run plain and under ThreadSanitizer and
 * AddressSanitizer. Two more threads fight over claiming one channel.
 */
#include "check.h"
#include "dmasafe/dma.h"
#include "dmasafe/host_device.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

enum { WORKERS = 4, TRANSFERS = 60, MAX_LEN = 512, CLAIM_ROUNDS = 200 };

struct worker {
  unsigned index;
  struct dmasafe_host_device device;
  _Alignas(4) unsigned char src[MAX_LEN];
  _Alignas(4) unsigned char dst[MAX_LEN];
};

static struct worker workers[WORKERS];

static uint32_t next_random(uint32_t *state) {
  *state = *state * 1664525u + 1013904223u;
  return *state >> 8;
}

static void one_transfer(struct worker *w, dmasafe_channel_t *ch,
                         uint32_t *rng) {
  size_t len = 4u * (1u + next_random(rng) % (MAX_LEN / 4u));
  for (size_t i = 0; i < len; ++i)
    w->src[i] = (unsigned char)next_random(rng);
  memset(w->dst, 0, len);
  switch (next_random(rng) % 4u) {
  case 0: /* memory to device, then the wire holds the bytes */
    CHECK_EQ(dmasafe_start_tx(ch, w->src, len), 0);
    CHECK_EQ(dmasafe_wait(ch), 0);
    CHECK_EQ(dmasafe_host_device_drain(&w->device, w->dst, len), len);
    break;
  case 1: /* device to memory, input fed after the start */
    CHECK_EQ(dmasafe_start_rx(ch, w->dst, len), 0);
    CHECK_EQ(dmasafe_host_device_feed(&w->device, w->src, len), len);
    while (dmasafe_is_busy(ch)) {
    }
    break;
  case 2:
    CHECK_EQ(dmasafe_start_copy(ch, w->dst, w->src, len), 0);
    CHECK_EQ(dmasafe_wait(ch), 0);
    break;
  default: /* aborted: nothing to verify but that the channel recovers */
    CHECK_EQ(dmasafe_start_copy(ch, w->dst, w->src, len), 0);
    CHECK_EQ(dmasafe_abort(ch), 0);
    CHECK_EQ(dmasafe_wait(ch), -EALREADY);
    return;
  }
  CHECK(memcmp(w->src, w->dst, len) == 0);
}

static void *run_worker(void *arg) {
  struct worker *w = arg;
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {&w->device, DMASAFE_WIDTH_32, 0};
  uint32_t rng = 12345u + w->index;
  dmasafe_host_device_init(&w->device);
  CHECK_EQ(dmasafe_channel_init(&ch, w->index, &cfg), 0);
  for (int i = 0; i < TRANSFERS; ++i)
    one_transfer(w, &ch, &rng);
  dmasafe_channel_deinit(&ch);
  return NULL;
}

/* Two threads claim and release the same channel: each claim succeeds or
 * reports -EBUSY, never both at once. */
static atomic_int holders;

static void *run_claimer(void *arg) {
  (void)arg;
  struct dmasafe_channel_config cfg = {NULL, DMASAFE_WIDTH_8, 0};
  unsigned char a[8] = {1}, b[8];
  for (int i = 0; i < CLAIM_ROUNDS; ++i) {
    dmasafe_channel_t ch;
    int err = dmasafe_channel_init(&ch, DMASAFE_CHANNEL_COUNT - 1, &cfg);
    if (err == -EBUSY)
      continue;
    CHECK_EQ(err, 0);
    CHECK_EQ(atomic_fetch_add(&holders, 1), 0);
    CHECK_EQ(dmasafe_start_copy(&ch, b, a, sizeof a), 0);
    CHECK_EQ(dmasafe_wait(&ch), 0);
    CHECK_EQ(b[0], 1);
    atomic_fetch_sub(&holders, 1);
    dmasafe_channel_deinit(&ch);
  }
  return NULL;
}

int main(void) {
  pthread_t threads[WORKERS + 2];
  for (unsigned i = 0; i < WORKERS; ++i) {
    workers[i].index = i;
    CHECK_EQ(pthread_create(&threads[i], NULL, run_worker, &workers[i]), 0);
  }
  for (unsigned i = WORKERS; i < WORKERS + 2; ++i)
    CHECK_EQ(pthread_create(&threads[i], NULL, run_claimer, NULL), 0);
  for (unsigned i = 0; i < WORKERS + 2; ++i)
    pthread_join(threads[i], NULL);
  return check_report("runtime_stress");
}
