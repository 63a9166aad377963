/*
 * test_in_flight.c - breaking the ownership contract has visible effects on
 * the host backend, as on hardware: this is what the analyzer's
 * dmasafe.InFlightAccess check prevents. The engine waits 250 ms after each
 * start (dmasafe_host_set_start_latency_us) and needs milliseconds more to
 * reach the end of a 4 KiB buffer, so CPU accesses made right after the
 * start land before it gets there, however the threads are scheduled.
 */
#include "check.h"
#include "dmasafe/dma.h"
#include "dmasafe/host_device.h"

#include <string.h>

enum { LEN = 4096 };
static struct dmasafe_host_device device;

static void tx_written_in_flight_sends_corrupted_data(void) {
  static unsigned char tx[LEN], sent_at_start[LEN], wire[LEN];
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {&device, DMASAFE_WIDTH_8, 0};
  memset(tx, 'A', sizeof tx);
  memcpy(sent_at_start, tx, sizeof tx);
  dmasafe_host_device_init(&device);
  CHECK_EQ(dmasafe_channel_init(&ch, 0, &cfg), 0);
  CHECK_EQ(dmasafe_start_tx(&ch, tx, sizeof tx), 0);
  memset(tx + LEN / 2, 'B', LEN / 2); /* the bug: the engine owns tx */
  CHECK_EQ(dmasafe_wait(&ch), 0);
  CHECK_EQ(dmasafe_host_device_drain(&device, wire, sizeof wire), LEN);
  /* What went out is not what the buffer held when the transfer started. */
  CHECK(memcmp(wire, sent_at_start, LEN) != 0);
  CHECK_EQ(wire[0], 'A');
  CHECK_EQ(wire[LEN - 1], 'B');
  dmasafe_channel_deinit(&ch);
}

static void tx_kept_until_completion_is_sent_intact(void) {
  static unsigned char tx[LEN], wire[LEN];
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {&device, DMASAFE_WIDTH_8, 0};
  memset(tx, 'A', sizeof tx);
  dmasafe_host_device_init(&device);
  CHECK_EQ(dmasafe_channel_init(&ch, 0, &cfg), 0);
  CHECK_EQ(dmasafe_start_tx(&ch, tx, sizeof tx), 0);
  CHECK_EQ(dmasafe_wait(&ch), 0);
  memset(tx + LEN / 2, 'B', LEN / 2); /* after completion: fine */
  CHECK_EQ(dmasafe_host_device_drain(&device, wire, sizeof wire), LEN);
  CHECK_EQ(wire[LEN - 1], 'A');
  dmasafe_channel_deinit(&ch);
}

static void rx_read_in_flight_sees_stale_data(void) {
  static unsigned char rx[LEN], fed[LEN];
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {&device, DMASAFE_WIDTH_8, 0};
  memset(rx, 0, sizeof rx);
  memset(fed, 'R', sizeof fed);
  dmasafe_host_device_init(&device);
  CHECK_EQ(dmasafe_host_device_feed(&device, fed, sizeof fed), LEN);
  CHECK_EQ(dmasafe_channel_init(&ch, 0, &cfg), 0);
  CHECK_EQ(dmasafe_start_rx(&ch, rx, sizeof rx), 0);
  unsigned char early = rx[LEN - 1]; /* the bug: read in flight */
  CHECK_EQ(dmasafe_wait(&ch), 0);
  CHECK_EQ(early, 0);
  CHECK_EQ(rx[LEN - 1], 'R');
  dmasafe_channel_deinit(&ch);
}

static void rx_written_in_flight_is_overwritten(void) {
  static unsigned char dst[LEN], src[LEN];
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {NULL, DMASAFE_WIDTH_8, 0};
  memset(src, 'S', sizeof src);
  CHECK_EQ(dmasafe_channel_init(&ch, 0, &cfg), 0);
  CHECK_EQ(dmasafe_start_copy(&ch, dst, src, sizeof dst), 0);
  dst[LEN - 1] = 'C'; /* the bug: the CPU's store is lost */
  CHECK_EQ(dmasafe_wait(&ch), 0);
  CHECK_EQ(dst[LEN - 1], 'S');
  dmasafe_channel_deinit(&ch);
}

int main(void) {
  dmasafe_host_set_start_latency_us(250000);
  tx_written_in_flight_sends_corrupted_data();
  tx_kept_until_completion_is_sent_intact();
  rx_read_in_flight_sees_stale_data();
  rx_written_in_flight_is_overwritten();
  return check_report("runtime_in_flight");
}
