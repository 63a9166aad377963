/*
 * test_api.c - every function of dmasafe/dma.h and every documented error
 * path, on the host backend.
 */
#define _POSIX_C_SOURCE 200809L /* nanosleep */

#include "check.h"
#include "dmasafe/dma.h"
#include "dmasafe/host_device.h"

#include <errno.h>
#include <string.h>
#include <time.h>

static struct dmasafe_host_device device;

static struct dmasafe_channel_config config(enum dmasafe_width width) {
  struct dmasafe_channel_config cfg = {&device, width, 0};
  return cfg;
}

static void sleep_ms(long ms) {
  struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
  nanosleep(&t, NULL);
}

static void init_errors(void) {
  dmasafe_channel_t ch, other;
  struct dmasafe_channel_config cfg = config(DMASAFE_WIDTH_8);
  CHECK_EQ(dmasafe_channel_init(NULL, 0, &cfg), -EINVAL);
  CHECK_EQ(dmasafe_channel_init(&ch, 0, NULL), -EINVAL);
  CHECK_EQ(dmasafe_channel_init(&ch, DMASAFE_CHANNEL_COUNT, &cfg), -EINVAL);
  struct dmasafe_channel_config bad = cfg;
  bad.width = (enum dmasafe_width)3;
  CHECK_EQ(dmasafe_channel_init(&ch, 0, &bad), -EINVAL);

  CHECK_EQ(dmasafe_channel_init(&ch, 0, &cfg), 0);
  CHECK_EQ(dmasafe_channel_init(&other, 0, &cfg), -EBUSY);
  CHECK_EQ(dmasafe_channel_init(&other, 1, &cfg), 0);
  dmasafe_channel_deinit(&ch);
  dmasafe_channel_deinit(&other);
  /* Released channels can be claimed again. */
  CHECK_EQ(dmasafe_channel_init(&other, 0, &cfg), 0);
  dmasafe_channel_deinit(&other);
}

static void deinit_ignores_bad_channels(void) {
  dmasafe_channel_t zeroed;
  memset(&zeroed, 0, sizeof zeroed);
  dmasafe_channel_deinit(NULL);
  dmasafe_channel_deinit(&zeroed);
  /* A deinitialised channel is stale: deinit again and use are rejected. */
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = config(DMASAFE_WIDTH_8);
  CHECK_EQ(dmasafe_channel_init(&ch, 2, &cfg), 0);
  dmasafe_channel_deinit(&ch);
  dmasafe_channel_deinit(&ch);
  unsigned char b[4] = {0};
  CHECK_EQ(dmasafe_start_tx(&ch, b, sizeof b), -EINVAL);
  CHECK_EQ(dmasafe_wait(&ch), -EINVAL);
}

/* Re-initialising a channel object would forget its transfer and leak the
 * engine channel it holds; a by-value copy would drive (and release) an
 * engine that the original still uses. Both are refused. */
static void reinit_and_copies_are_refused(void) {
  dmasafe_channel_t ch, copy;
  struct dmasafe_channel_config cfg = config(DMASAFE_WIDTH_8);
  unsigned char rx[8], tx[4] = {1, 2, 3, 4};
  dmasafe_host_device_init(&device);
  CHECK_EQ(dmasafe_channel_init(&ch, 5, &cfg), 0);
  CHECK_EQ(dmasafe_start_rx(&ch, rx, sizeof rx), 0);
  CHECK_EQ(dmasafe_channel_init(&ch, 5, &cfg), -EALREADY);
  CHECK_EQ(dmasafe_channel_init(&ch, 6, &cfg), -EALREADY);
  /* The transfer is still in flight on the original. */
  CHECK(dmasafe_is_busy(&ch));

  memcpy(&copy, &ch, sizeof copy);
  CHECK_EQ(dmasafe_start_tx(&copy, tx, sizeof tx), -EINVAL);
  CHECK_EQ(dmasafe_start_rx(&copy, rx, sizeof rx), -EINVAL);
  CHECK_EQ(dmasafe_start_copy(&copy, rx, tx, sizeof tx), -EINVAL);
  CHECK_EQ(dmasafe_wait(&copy), -EINVAL);
  CHECK_EQ(dmasafe_abort(&copy), -EINVAL);
  CHECK(!dmasafe_is_busy(&copy));
  dmasafe_channel_deinit(&copy);
  /* The copy's deinit released nothing: engine 5 is still held... */
  dmasafe_channel_t other;
  CHECK_EQ(dmasafe_channel_init(&other, 5, &cfg), -EBUSY);
  /* ...and the original's transfer still runs and completes. */
  CHECK(dmasafe_is_busy(&ch));
  unsigned char fed[8] = {7, 7, 7, 7, 7, 7, 7, 7};
  CHECK_EQ(dmasafe_host_device_feed(&device, fed, sizeof fed), sizeof fed);
  CHECK_EQ(dmasafe_wait(&ch), 0);
  CHECK_EQ(rx[7], 7);
  dmasafe_channel_deinit(&ch);
  /* After deinit the object can be initialised again. */
  CHECK_EQ(dmasafe_channel_init(&ch, 5, &cfg), 0);
  CHECK_EQ(dmasafe_channel_init(&copy, 5, &cfg), -EBUSY);
  dmasafe_channel_deinit(&ch);
}

/* The length and buffer checks every start shares. */
static void start_argument_errors(void) {
  dmasafe_channel_t ch, zeroed;
  memset(&zeroed, 0, sizeof zeroed);
  static uint32_t words[8];
  unsigned char *bytes = (unsigned char *)words;
  struct dmasafe_channel_config cfg = config(DMASAFE_WIDTH_32);
  CHECK_EQ(dmasafe_channel_init(&ch, 0, &cfg), 0);

  CHECK_EQ(dmasafe_start_tx(NULL, words, 4), -EINVAL);
  CHECK_EQ(dmasafe_start_tx(&zeroed, words, 4), -EINVAL);
  CHECK_EQ(dmasafe_start_tx(&ch, NULL, 4), -EINVAL);
  CHECK_EQ(dmasafe_start_tx(&ch, words, 0), -EINVAL);
  CHECK_EQ(dmasafe_start_tx(&ch, words, 6), -EINVAL);     /* not 4*n */
  CHECK_EQ(dmasafe_start_tx(&ch, bytes + 2, 4), -EINVAL); /* misaligned */
  CHECK_EQ(dmasafe_start_tx(&ch, words,
                            (DMASAFE_MAX_TRANSFER_UNITS + 1u) * 4u),
           -EINVAL);
  CHECK_EQ(dmasafe_start_tx(&ch, words, SIZE_MAX - 3u), -EINVAL);
  void *near_top = (void *)(UINTPTR_MAX - 3u); /* never dereferenced */
  CHECK_EQ(dmasafe_start_tx(&ch, near_top, 8), -EINVAL);

  CHECK_EQ(dmasafe_start_rx(NULL, words, 4), -EINVAL);
  CHECK_EQ(dmasafe_start_rx(&zeroed, words, 4), -EINVAL);
  CHECK_EQ(dmasafe_start_rx(&ch, NULL, 4), -EINVAL);
  CHECK_EQ(dmasafe_start_rx(&ch, words, 0), -EINVAL);
  CHECK_EQ(dmasafe_start_rx(&ch, words, 5), -EINVAL);
  CHECK_EQ(dmasafe_start_rx(&ch, bytes + 1, 4), -EINVAL);
  CHECK_EQ(dmasafe_start_rx(&ch, words, (DMASAFE_MAX_TRANSFER_UNITS + 1u) * 4u),
           -EINVAL);

  CHECK_EQ(dmasafe_start_copy(NULL, words, words + 4, 16), -EINVAL);
  CHECK_EQ(dmasafe_start_copy(&zeroed, words, words + 4, 16), -EINVAL);
  CHECK_EQ(dmasafe_start_copy(&ch, NULL, words + 4, 16), -EINVAL);
  CHECK_EQ(dmasafe_start_copy(&ch, words, NULL, 16), -EINVAL);
  CHECK_EQ(dmasafe_start_copy(&ch, words, words + 4, 0), -EINVAL);
  CHECK_EQ(dmasafe_start_copy(&ch, words, words + 4, 10), -EINVAL);
  CHECK_EQ(dmasafe_start_copy(&ch, bytes + 2, words + 4, 8), -EINVAL);
  CHECK_EQ(dmasafe_start_copy(&ch, words, words, 16), -EFAULT);
  CHECK_EQ(dmasafe_start_copy(&ch, words, words + 1, 16), -EFAULT);
  CHECK_EQ(dmasafe_start_copy(&ch, words + 1, words, 16), -EFAULT);

  /* No failed start left a transfer behind. */
  CHECK_EQ(dmasafe_wait(&ch), -EALREADY);
  CHECK(!dmasafe_is_busy(&ch));
  dmasafe_channel_deinit(&ch);
}

static void start_without_peripheral(void) {
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {NULL, DMASAFE_WIDTH_8, 0};
  unsigned char a[8] = {1, 2, 3, 4, 5, 6, 7, 8}, b[8] = {0};
  CHECK_EQ(dmasafe_channel_init(&ch, 3, &cfg), 0);
  CHECK_EQ(dmasafe_start_tx(&ch, a, sizeof a), -ENODEV);
  CHECK_EQ(dmasafe_start_rx(&ch, b, sizeof b), -ENODEV);
  /* A memory-to-memory channel needs none. */
  CHECK_EQ(dmasafe_start_copy(&ch, b, a, sizeof a), 0);
  CHECK_EQ(dmasafe_wait(&ch), 0);
  CHECK(memcmp(a, b, sizeof a) == 0);
  dmasafe_channel_deinit(&ch);
}

static void start_on_busy_channel(void) {
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = config(DMASAFE_WIDTH_8);
  unsigned char rx[16], other[16] = {0}, tx[4] = {9, 9, 9, 9};
  CHECK_EQ(dmasafe_channel_init(&ch, 0, &cfg), 0);
  /* No input is fed: the RX transfer stays in flight. */
  CHECK_EQ(dmasafe_start_rx(&ch, rx, sizeof rx), 0);
  CHECK_EQ(dmasafe_start_rx(&ch, other, sizeof other), -EBUSY);
  CHECK_EQ(dmasafe_start_tx(&ch, tx, sizeof tx), -EBUSY);
  CHECK_EQ(dmasafe_start_copy(&ch, other, tx, sizeof tx), -EBUSY);
  CHECK(dmasafe_is_busy(&ch));
  CHECK_EQ(dmasafe_abort(&ch), 0);
  dmasafe_channel_deinit(&ch);
}

static void wait_and_poll(void) {
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = config(DMASAFE_WIDTH_8);
  unsigned char rx[32], fed[32];
  for (unsigned i = 0; i < sizeof fed; ++i)
    fed[i] = (unsigned char)(0xA0 + i);
  dmasafe_host_device_init(&device);
  CHECK_EQ(dmasafe_wait(NULL), -EINVAL);
  CHECK(!dmasafe_is_busy(NULL));
  CHECK_EQ(dmasafe_channel_init(&ch, 0, &cfg), 0);
  CHECK_EQ(dmasafe_wait(&ch), -EALREADY);
  CHECK(!dmasafe_is_busy(&ch));

  CHECK_EQ(dmasafe_start_rx(&ch, rx, sizeof rx), 0);
  sleep_ms(5);
  CHECK(dmasafe_is_busy(&ch)); /* waits for the device's input */
  CHECK_EQ(dmasafe_host_device_feed(&device, fed, sizeof fed), sizeof fed);
  int polls = 0;
  while (dmasafe_is_busy(&ch))
    ++polls;
  CHECK(polls > 0);
  CHECK(memcmp(rx, fed, sizeof rx) == 0);
  /* The poll that returned false completed it. */
  CHECK_EQ(dmasafe_wait(&ch), -EALREADY);

  CHECK_EQ(dmasafe_host_device_feed(&device, fed, sizeof fed), sizeof fed);
  CHECK_EQ(dmasafe_start_rx(&ch, rx, sizeof rx), 0);
  CHECK_EQ(dmasafe_wait(&ch), 0);
  CHECK_EQ(dmasafe_wait(&ch), -EALREADY);
  CHECK(!dmasafe_is_busy(&ch));
  dmasafe_channel_deinit(&ch);
}

static void abort_stops_the_engine(void) {
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = config(DMASAFE_WIDTH_8);
  unsigned char rx[64], fed[64];
  memset(rx, 0x11, sizeof rx);
  memset(fed, 0x77, sizeof fed);
  dmasafe_host_device_init(&device);
  CHECK_EQ(dmasafe_abort(NULL), -EINVAL);
  CHECK_EQ(dmasafe_channel_init(&ch, 0, &cfg), 0);
  CHECK_EQ(dmasafe_abort(&ch), -EALREADY);

  CHECK_EQ(dmasafe_start_rx(&ch, rx, sizeof rx), 0);
  sleep_ms(2);
  CHECK_EQ(dmasafe_abort(&ch), 0);
  CHECK_EQ(dmasafe_abort(&ch), -EALREADY);
  CHECK_EQ(dmasafe_wait(&ch), -EALREADY);
  CHECK(!dmasafe_is_busy(&ch));
  /* Input arriving after the abort does not reach the buffer. */
  dmasafe_host_device_feed(&device, fed, sizeof fed);
  sleep_ms(5);
  for (unsigned i = 0; i < sizeof rx; ++i)
    CHECK_EQ(rx[i], 0x11);
  /* The channel works again. */
  CHECK_EQ(dmasafe_start_rx(&ch, rx, sizeof rx), 0);
  CHECK_EQ(dmasafe_wait(&ch), 0);
  CHECK_EQ(rx[63], 0x77);
  dmasafe_channel_deinit(&ch);
}

static void deinit_aborts_the_transfer(void) {
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = config(DMASAFE_WIDTH_8);
  unsigned char rx[8], fed[8];
  memset(rx, 0x22, sizeof rx);
  memset(fed, 0x33, sizeof fed);
  dmasafe_host_device_init(&device);
  CHECK_EQ(dmasafe_channel_init(&ch, 4, &cfg), 0);
  CHECK_EQ(dmasafe_start_rx(&ch, rx, sizeof rx), 0);
  dmasafe_channel_deinit(&ch);
  dmasafe_host_device_feed(&device, fed, sizeof fed);
  sleep_ms(3);
  CHECK_EQ(rx[0], 0x22);
  CHECK_EQ(dmasafe_channel_init(&ch, 4, &cfg), 0);
  dmasafe_channel_deinit(&ch);
}

static void cache_helpers_are_noops_on_host(void) {
  unsigned char b[16];
  memset(b, 0x5A, sizeof b);
  dmasafe_cache_clean(b, sizeof b);
  dmasafe_cache_invalidate(b, sizeof b);
  dmasafe_cache_clean(NULL, 0);
  dmasafe_cache_invalidate(NULL, 0);
  for (unsigned i = 0; i < sizeof b; ++i)
    CHECK_EQ(b[i], 0x5A);
}

static void hook_a(const dmasafe_channel_t *ch, enum dmasafe_debug_event ev,
                   const volatile void *buffer, size_t len) {
  (void)ch, (void)ev, (void)buffer, (void)len;
}

static void abort_during_a_long_start_latency(void) {
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {NULL, DMASAFE_WIDTH_8, 0};
  unsigned char src[8] = {1, 2, 3, 4, 5, 6, 7, 8}, dst[8] = {0};
  CHECK_EQ(dmasafe_host_set_start_latency_us(60u * 1000u * 1000u), 200u);
  CHECK_EQ(dmasafe_channel_init(&ch, 6, &cfg), 0);
  CHECK_EQ(dmasafe_start_copy(&ch, dst, src, sizeof dst), 0);
  CHECK(dmasafe_is_busy(&ch));
  /* Returns within the latency's first slice, not after a minute. */
  CHECK_EQ(dmasafe_abort(&ch), 0);
  CHECK_EQ(dst[0], 0);
  CHECK_EQ(dmasafe_host_set_start_latency_us(200u), 60u * 1000u * 1000u);
  dmasafe_channel_deinit(&ch);
}

static void debug_api_without_debug_mode(void) {
  CHECK(!dmasafe_debug_enabled());
  CHECK(dmasafe_debug_set_hook(hook_a) == NULL);
  CHECK(dmasafe_debug_set_hook(NULL) == hook_a);
}

int main(void) {
  dmasafe_host_device_init(&device);
  init_errors();
  deinit_ignores_bad_channels();
  reinit_and_copies_are_refused();
  start_argument_errors();
  start_without_peripheral();
  start_on_busy_channel();
  wait_and_poll();
  abort_stops_the_engine();
  deinit_aborts_the_transfer();
  abort_during_a_long_start_latency();
  cache_helpers_are_noops_on_host();
  debug_api_without_debug_mode();
  return check_report("runtime_api");
}
