/*
 * test_transfers.c - data arrives intact in every direction and width when
 * the contract is kept. Also built with -fsanitize=thread and =address.
 */
#include "check.h"
#include "dmasafe/dma.h"
#include "dmasafe/host_device.h"

#include <string.h>

static struct dmasafe_host_device device;

static void fill(unsigned char *b, size_t n, unsigned seed) {
  for (size_t i = 0; i < n; ++i)
    b[i] = (unsigned char)(seed + i * 7u);
}

static void tx_reaches_the_wire(enum dmasafe_width width) {
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {&device, width, 0};
  static _Alignas(4) unsigned char tx[1024];
  static unsigned char wire[1024];
  fill(tx, sizeof tx, (unsigned)width);
  dmasafe_host_device_init(&device);
  CHECK_EQ(dmasafe_channel_init(&ch, 1, &cfg), 0);
  CHECK_EQ(dmasafe_start_tx(&ch, tx, sizeof tx), 0);
  CHECK_EQ(dmasafe_wait(&ch), 0);
  CHECK_EQ(dmasafe_host_device_drain(&device, wire, sizeof wire), sizeof tx);
  CHECK(memcmp(tx, wire, sizeof tx) == 0);
  dmasafe_channel_deinit(&ch);
}

static void rx_reads_the_input(enum dmasafe_width width) {
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {&device, width, 0};
  static _Alignas(4) unsigned char rx[512];
  unsigned char fed[512];
  fill(fed, sizeof fed, 3u * (unsigned)width);
  memset(rx, 0, sizeof rx);
  dmasafe_host_device_init(&device);
  CHECK_EQ(dmasafe_channel_init(&ch, 2, &cfg), 0);
  CHECK_EQ(dmasafe_start_rx(&ch, rx, sizeof rx), 0);
  CHECK_EQ(dmasafe_host_device_feed(&device, fed, sizeof fed), sizeof fed);
  CHECK_EQ(dmasafe_wait(&ch), 0);
  CHECK(memcmp(rx, fed, sizeof rx) == 0);
  dmasafe_channel_deinit(&ch);
}

static void copy_of_maximum_length(void) {
  enum { LEN = DMASAFE_MAX_TRANSFER_UNITS };
  static unsigned char src[LEN], dst[LEN];
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {NULL, DMASAFE_WIDTH_8, 0};
  fill(src, sizeof src, 11);
  CHECK_EQ(dmasafe_channel_init(&ch, 5, &cfg), 0);
  CHECK_EQ(dmasafe_start_copy(&ch, dst, src, sizeof dst), 0);
  /* TX sources may be read in flight. */
  CHECK_EQ(src[LEN - 1], (unsigned char)(11 + (LEN - 1) * 7u));
  while (dmasafe_is_busy(&ch)) {
  }
  CHECK(memcmp(src, dst, sizeof dst) == 0);
  dmasafe_channel_deinit(&ch);
}

int main(void) {
  tx_reaches_the_wire(DMASAFE_WIDTH_8);
  tx_reaches_the_wire(DMASAFE_WIDTH_16);
  tx_reaches_the_wire(DMASAFE_WIDTH_32);
  rx_reads_the_input(DMASAFE_WIDTH_8);
  rx_reads_the_input(DMASAFE_WIDTH_16);
  rx_reads_the_input(DMASAFE_WIDTH_32);
  copy_of_maximum_length();
  return check_report("runtime_transfers");
}
