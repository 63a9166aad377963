/*
 * runtime_fuzzer.c - libFuzzer target: random operation sequences on the
 * runtime API (dmasafe/dma.h, host backend), checked against a model of
 * what every call must return.
 *
 * Each thread drives three channel-object slots over its own engine
 * channels: init (also of a live object: -EALREADY), deinit, TX / RX /
 * memory-to-memory starts with lengths and offsets from the input (bad
 * ones included), wait, poll, abort, and a by-value copy of a live object
 * into a slot (which every call must then refuse). The model predicts each
 * return value; a mismatch, a copy whose data differs, or a sanitizer
 * report aborts. FUZZ_THREADS=2 (the TSan build) runs two such threads at
 * once on disjoint channels, as dma.h allows; the ASan+UBSan build runs one.
 *
 * The buffers of a transfer in flight are never touched by the fuzzer: that
 * misuse is the static checker's business, and the engine thread would race
 * with it by design.
 */
#define _POSIX_C_SOURCE 200809L

#include "dmasafe/dma.h"
#include "dmasafe/host_device.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef FUZZ_THREADS
#define FUZZ_THREADS 1
#endif
#define SLOTS 3
#define CHANNELS_PER_THREAD (DMASAFE_CHANNEL_COUNT / 2u)
#define BUFFER_BYTES 256u

struct input {
  const uint8_t *data;
  size_t size;
};

static uint8_t take(struct input *in) {
  if (!in->size)
    return 0;
  --in->size;
  return *in->data++;
}

/* What the model knows of one slot. */
struct slot {
  dmasafe_channel_t ch;
  int owner;      /* this object holds its engine channel */
  int in_flight;  /* 0, or the kind of start: 1 tx, 2 rx, 3 copy */
  size_t copy_len;
  unsigned index;
  _Alignas(4) unsigned char src[BUFFER_BYTES];
  _Alignas(4) unsigned char dst[BUFFER_BYTES];
};

struct worker {
  struct input in;
  unsigned first_channel;
  struct slot slots[SLOTS];
  struct dmasafe_host_device devices[CHANNELS_PER_THREAD];
  int held[CHANNELS_PER_THREAD]; /* engine channel -> holding slot + 1 */
};

#define EXPECT(call, want)                                                   \
  do {                                                                       \
    long got_ = (long)(call), want_ = (long)(want);                          \
    if (got_ != want_) {                                                     \
      fprintf(stderr, "runtime fuzzer: %s returned %ld, expected %ld\n",     \
              #call, got_, want_);                                           \
      abort();                                                               \
    }                                                                        \
  } while (0)

static int valid_length(size_t len, unsigned width) {
  return len != 0 && len % width == 0 &&
         len / width <= DMASAFE_MAX_TRANSFER_UNITS;
}

static void finished(struct worker *w, struct slot *s) {
  if (s->in_flight == 3 && memcmp(s->dst, s->src, s->copy_len) != 0) {
    fprintf(stderr, "runtime fuzzer: a completed copy differs\n");
    abort();
  }
  s->in_flight = 0;
  (void)w;
}

static void op_init(struct worker *w, struct slot *s, uint8_t arg) {
  unsigned local = arg % CHANNELS_PER_THREAD;
  unsigned index = w->first_channel + local;
  struct dmasafe_channel_config cfg = {&w->devices[local],
                                       (enum dmasafe_width)(1u << (arg / 64u % 3u)),
                                       0};
  if (arg & 0x20)
    cfg.peripheral = NULL;
  int want = s->owner ? -EALREADY : w->held[local] ? -EBUSY : 0;
  int got = dmasafe_channel_init(&s->ch, index, &cfg);
  if (got == -EAGAIN && want == 0)
    return; /* the host could not start a thread: allowed, nothing held */
  EXPECT(got, want);
  if (got == 0) {
    s->owner = 1;
    s->index = local;
    w->held[local] = (int)(s - w->slots) + 1;
  }
}

static void op_deinit(struct worker *w, struct slot *s) {
  dmasafe_channel_deinit(&s->ch);
  if (s->owner) {
    w->held[s->index] = 0;
    s->owner = 0;
    s->in_flight = 0;
  }
}

static void op_start(struct worker *w, struct slot *s, int kind,
                     struct input *in) {
  size_t len = take(in) % (BUFFER_BYTES / 2u) + (take(in) & 1u);
  size_t offset = take(in) % (BUFFER_BYTES / 2u);
  unsigned width = s->owner ? (unsigned)s->ch.config.width : 1u;
  int peripheral = s->owner && s->ch.config.peripheral != NULL;
  int aligned = offset % width == 0;
  int want;
  if (!s->owner || !valid_length(len, width) || !aligned)
    want = -EINVAL;
  else if (kind != 3 && !peripheral)
    want = -ENODEV;
  else if (s->in_flight)
    want = -EBUSY;
  else
    want = 0;
  int got;
  if (kind == 1) {
    got = dmasafe_start_tx(&s->ch, s->src + offset, len);
  } else if (kind == 2) {
    /* Feed what it reads first, so that a wait completes it. */
    if (want == 0) {
      unsigned char bytes[BUFFER_BYTES];
      memset(bytes, 0x5a, len);
      dmasafe_host_device_feed(&w->devices[s->index], bytes, len);
    }
    got = dmasafe_start_rx(&s->ch, s->dst + offset, len);
  } else {
    /* Never while a transfer of this slot is in flight: it may read src. */
    if (want == 0)
      for (size_t i = 0; i < BUFFER_BYTES; ++i)
        s->src[i] = (unsigned char)(i * 7u + len);
    got = dmasafe_start_copy(&s->ch, s->dst + offset, s->src + offset, len);
    if (got == 0)
      s->copy_len = offset == 0 ? len : 0; /* compared from offset 0 only */
  }
  EXPECT(got, want);
  if (got == 0)
    s->in_flight = kind;
}

static void op_wait(struct worker *w, struct slot *s) {
  int want = !s->owner ? -EINVAL : !s->in_flight ? -EALREADY : 0;
  EXPECT(dmasafe_wait(&s->ch), want);
  if (want == 0)
    finished(w, s);
}

static void op_poll(struct worker *w, struct slot *s) {
  int busy = dmasafe_is_busy(&s->ch);
  if (!s->owner || !s->in_flight)
    EXPECT(busy, 0);
  else if (!busy)
    finished(w, s);
}

static void op_abort(struct worker *w, struct slot *s) {
  int want = !s->owner ? -EINVAL : !s->in_flight ? -EALREADY : 0;
  EXPECT(dmasafe_abort(&s->ch), want);
  s->in_flight = 0;
  (void)w;
}

/* The copy is refused by every call; the model marks it as not holding. */
static void op_copy(struct worker *w, struct slot *to, struct slot *from) {
  if (to == from || to->owner)
    return;
  memcpy(&to->ch, &from->ch, sizeof to->ch);
  to->in_flight = 0;
  (void)w;
}

static void drain(struct worker *w) {
  unsigned char sink[BUFFER_BYTES];
  for (unsigned i = 0; i < CHANNELS_PER_THREAD; ++i)
    while (dmasafe_host_device_drain(&w->devices[i], sink, sizeof sink)) {
    }
}

static void *run(void *arg) {
  struct worker *w = arg;
  for (unsigned i = 0; i < CHANNELS_PER_THREAD; ++i)
    dmasafe_host_device_init(&w->devices[i]);
  unsigned ops = 0;
  while (w->in.size && ops++ < 64) {
    uint8_t op = take(&w->in), arg = take(&w->in);
    struct slot *s = &w->slots[op % SLOTS];
    switch (op / SLOTS % 9u) {
    case 0: op_init(w, s, arg); break;
    case 1: op_deinit(w, s); break;
    case 2: op_start(w, s, 1, &w->in); break;
    case 3: op_start(w, s, 2, &w->in); break;
    case 4: op_start(w, s, 3, &w->in); break;
    case 5: op_wait(w, s); break;
    case 6: op_poll(w, s); break;
    case 7: op_abort(w, s); break;
    default: op_copy(w, s, &w->slots[arg % SLOTS]); break;
    }
    drain(w);
  }
  for (unsigned i = 0; i < SLOTS; ++i)
    op_deinit(w, &w->slots[i]);
  return NULL;
}

static struct worker workers[FUZZ_THREADS];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static int once;
  if (!once) {
    once = 1;
    dmasafe_host_set_start_latency_us(0);
  }
  memset(workers, 0, sizeof workers);
  size_t share = size / FUZZ_THREADS;
  for (unsigned t = 0; t < FUZZ_THREADS; ++t) {
    workers[t].in.data = data + t * share;
    workers[t].in.size = t + 1 == FUZZ_THREADS ? size - t * share : share;
    workers[t].first_channel = t * CHANNELS_PER_THREAD;
  }
#if FUZZ_THREADS > 1
  pthread_t threads[FUZZ_THREADS];
  for (unsigned t = 0; t < FUZZ_THREADS; ++t)
    if (pthread_create(&threads[t], NULL, run, &workers[t]) != 0)
      run(&workers[t]), threads[t] = pthread_self();
  for (unsigned t = 0; t < FUZZ_THREADS; ++t)
    if (!pthread_equal(threads[t], pthread_self()))
      pthread_join(threads[t], NULL);
#else
  run(&workers[0]);
#endif
  return 0;
}
