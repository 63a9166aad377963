/*
 * test_debug.c - DMASAFE_DEBUG catches at run time the in-flight writes that
 * test_in_flight.c shows corrupting data, and stays silent on correct use.
 * Linked against dmasafe_runtime_debug.
 */
#include "check.h"
#include "dmasafe/dma.h"
#include "dmasafe/host_device.h"

#include <errno.h>
#include <string.h>

enum { LEN = 4096 };
static struct dmasafe_host_device device;

static struct {
  int calls;
  enum dmasafe_debug_event event;
  const volatile void *buffer;
  size_t len;
} seen;

static void record(const dmasafe_channel_t *ch, enum dmasafe_debug_event ev,
                   const volatile void *buffer, size_t len) {
  (void)ch;
  ++seen.calls;
  seen.event = ev;
  seen.buffer = buffer;
  seen.len = len;
}

static void tx_modified_in_flight_is_reported(void) {
  static unsigned char tx[LEN];
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {&device, DMASAFE_WIDTH_8, 0};
  memset(tx, 'A', sizeof tx);
  memset(&seen, 0, sizeof seen);
  dmasafe_host_device_init(&device);
  CHECK_EQ(dmasafe_channel_init(&ch, 0, &cfg), 0);
  CHECK_EQ(dmasafe_start_tx(&ch, tx, sizeof tx), 0);
  tx[LEN - 1] = 'B';
  CHECK_EQ(dmasafe_wait(&ch), -EIO);
  CHECK_EQ(seen.calls, 1);
  CHECK_EQ(seen.event, DMASAFE_DEBUG_TX_MODIFIED_IN_FLIGHT);
  CHECK(seen.buffer == tx);
  CHECK_EQ(seen.len, LEN);
  /* The transfer is over all the same. */
  CHECK_EQ(dmasafe_wait(&ch), -EALREADY);

  /* Through a poll loop too. */
  memset(&seen, 0, sizeof seen);
  CHECK_EQ(dmasafe_start_tx(&ch, tx, sizeof tx), 0);
  tx[0] = 'C';
  while (dmasafe_is_busy(&ch)) {
  }
  CHECK_EQ(seen.calls, 1);
  CHECK_EQ(seen.event, DMASAFE_DEBUG_TX_MODIFIED_IN_FLIGHT);
  dmasafe_channel_deinit(&ch);
}

static void rx_modified_in_flight_is_reported(void) {
  static unsigned char dst[LEN], src[LEN];
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {NULL, DMASAFE_WIDTH_8, 0};
  memset(src, 'S', sizeof src);
  memset(dst, 0, sizeof dst);
  memset(&seen, 0, sizeof seen);
  CHECK_EQ(dmasafe_channel_init(&ch, 1, &cfg), 0);
  CHECK_EQ(dmasafe_start_copy(&ch, dst, src, sizeof dst), 0);
  /* Once the engine has written the first byte, overwrite it. */
  volatile unsigned char *first = dst;
  while (*first != 'S') {
  }
  *first = 'C';
  CHECK_EQ(dmasafe_wait(&ch), -EIO);
  CHECK_EQ(seen.calls, 1);
  CHECK_EQ(seen.event, DMASAFE_DEBUG_RX_MODIFIED_IN_FLIGHT);
  CHECK(seen.buffer == dst);
  dmasafe_channel_deinit(&ch);
}

static void correct_use_is_not_reported(void) {
  static unsigned char tx[LEN], rx[LEN], wire[LEN];
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {&device, DMASAFE_WIDTH_8, 0};
  memset(tx, 'A', sizeof tx);
  memset(&seen, 0, sizeof seen);
  dmasafe_host_device_init(&device);
  CHECK_EQ(dmasafe_channel_init(&ch, 2, &cfg), 0);
  CHECK_EQ(dmasafe_start_tx(&ch, tx, sizeof tx), 0);
  CHECK_EQ(tx[LEN - 1], 'A'); /* reading a TX source in flight is fine */
  CHECK_EQ(dmasafe_wait(&ch), 0);
  tx[0] = 'Z'; /* after completion: fine */
  CHECK_EQ(dmasafe_host_device_drain(&device, wire, sizeof wire), LEN);
  CHECK_EQ(dmasafe_host_device_feed(&device, wire, sizeof wire), LEN);
  CHECK_EQ(dmasafe_start_rx(&ch, rx, sizeof rx), 0);
  while (dmasafe_is_busy(&ch)) {
  }
  CHECK_EQ(rx[LEN - 1], 'A');
  /* An aborted transfer is not checked: its data is undefined anyway. */
  CHECK_EQ(dmasafe_start_tx(&ch, tx, sizeof tx), 0);
  tx[1] = 'Y';
  CHECK_EQ(dmasafe_abort(&ch), 0);
  CHECK_EQ(seen.calls, 0);
  dmasafe_channel_deinit(&ch);
}

static void without_hook_the_error_code_still_tells(void) {
  static unsigned char tx[LEN];
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {&device, DMASAFE_WIDTH_8, 0};
  memset(tx, 'A', sizeof tx);
  memset(&seen, 0, sizeof seen);
  CHECK(dmasafe_debug_set_hook(NULL) == record);
  dmasafe_host_device_init(&device);
  CHECK_EQ(dmasafe_channel_init(&ch, 3, &cfg), 0);
  CHECK_EQ(dmasafe_start_tx(&ch, tx, sizeof tx), 0);
  tx[LEN - 1] = 'B';
  CHECK_EQ(dmasafe_wait(&ch), -EIO);
  CHECK_EQ(seen.calls, 0);
  dmasafe_channel_deinit(&ch);
}

static void overlapping_start_on_another_channel_is_refused(void) {
  static unsigned char shared[256], source[64];
  dmasafe_channel_t a, b;
  struct dmasafe_channel_config cfg = {&device, DMASAFE_WIDTH_8, 0};
  struct dmasafe_channel_config copier = {NULL, DMASAFE_WIDTH_8, 0};
  memset(&seen, 0, sizeof seen);
  dmasafe_host_device_init(&device);
  CHECK_EQ(dmasafe_channel_init(&a, 4, &cfg), 0);
  CHECK_EQ(dmasafe_channel_init(&b, 5, &copier), 0);

  /* a receives into shared[0..128): no input yet, so it stays in flight. */
  CHECK_EQ(dmasafe_start_rx(&a, shared, 128), 0);
  /* b may not write into it, nor read from it. */
  CHECK_EQ(dmasafe_start_copy(&b, shared + 64, source, 64), -EBUSY);
  CHECK_EQ(seen.calls, 1);
  CHECK_EQ(seen.event, DMASAFE_DEBUG_OVERLAPS_IN_FLIGHT);
  CHECK(seen.buffer == shared + 64);
  CHECK_EQ(dmasafe_start_copy(&b, source, shared + 120, 64), -EBUSY);
  CHECK_EQ(seen.calls, 2);
  CHECK(seen.buffer == shared + 120);
  /* The refused starts took nothing. */
  CHECK(!dmasafe_is_busy(&b));
  CHECK_EQ(dmasafe_wait(&b), -EALREADY);
  /* Adjacent memory is fine. */
  CHECK_EQ(dmasafe_start_copy(&b, shared + 128, source, 64), 0);
  CHECK_EQ(dmasafe_wait(&b), 0);

  /* Once a's transfer is over (aborted here), the bytes are free again. */
  CHECK_EQ(dmasafe_abort(&a), 0);
  CHECK_EQ(dmasafe_start_copy(&b, shared, source, 64), 0);
  CHECK_EQ(dmasafe_wait(&b), 0);

  /* Two transfers reading the same source do not conflict. */
  CHECK_EQ(dmasafe_start_tx(&a, source, sizeof source), 0);
  CHECK_EQ(dmasafe_start_copy(&b, shared, source, sizeof source), 0);
  CHECK_EQ(dmasafe_wait(&b), 0);
  CHECK_EQ(dmasafe_wait(&a), 0);
  CHECK_EQ(seen.calls, 2);
  dmasafe_channel_deinit(&b);
  dmasafe_channel_deinit(&a);
}

int main(void) {
  CHECK(dmasafe_debug_enabled());
  CHECK(dmasafe_debug_set_hook(record) == NULL);
  tx_modified_in_flight_is_reported();
  rx_modified_in_flight_is_reported();
  correct_use_is_not_reported();
  overlapping_start_on_another_channel_is_refused();
  without_hook_the_error_code_still_tells();
  return check_report("runtime_debug");
}
