// Source: zmkfirmware/zmk commit 36dbf4676 ("fix(split): correct async UART RX buffer definition", PR #3193)
// Codebase: ZMK
// Class: wrong direction / length
//
// ZMK's wired split transport receives over Zephyr's async UART with two
// ping-pong DMA buffers: uart_rx_enable() on rx_bufs[0] and, on
// UART_RX_BUF_REQUEST, uart_rx_buf_rsp() on rx_bufs[1], each of
// rx_bufs_len = RX_BUFFER_SIZE / 2 bytes. The array was declared
// `uint8_t async_rx_buf[RX_BUFFER_SIZE / 2][2]`, so rx_bufs[0] and
// rx_bufs[1] were 2-byte rows two bytes apart: each DMA transfer of
// RX_BUFFER_SIZE / 2 bytes ran over the other buffer, corrupting received
// data. The fix declares `async_rx_buf[2][RX_BUFFER_SIZE / 2]`.
//
// In ZMK the buffers and the state are defined in peripheral.c (and
// central.c) and the UART calls are in wired.c: another translation unit.
// Here both halves are in one file; the wired.c half is repeated for the
// fixed twin so that each scenario has its own report location.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi %s
// XFAIL: *
// dmasafe misses this today: [cross-tu-wrapper] the buffer and its length are defined in peripheral.c, the transfer started in wired.c (issue 12 item 2)
// dmasafe misses this today: [global-initializer] even in one file, the buffer and length reach the start through a non-const global struct's initializer (state->rx_bufs[0], state->rx_bufs_len), whose values the analyzer does not trust outside main() (checked: the same with a 1-D buffer is found when passed directly, not through the struct)
// dmasafe misses this today: [subobject-bounds] even passed directly, `uart_rx_enable(dev, buf[0], 64, t)` on `uint8_t buf[64][2]` is measured against the whole 2-D array, not the 2-byte row it names

#include "zephyr/drivers/uart.h"

#define RX_BUFFER_SIZE 128

struct zmk_split_wired_async_state {
  const struct device *uart;
  uint8_t *rx_bufs[2];
  size_t rx_bufs_len;
};

// --- wired.c (unchanged by the fix) ---------------------------------------
static int zmk_split_wired_async_rx_before_fix(struct zmk_split_wired_async_state *state) {
  return uart_rx_enable(state->uart, state->rx_bufs[0], state->rx_bufs_len, 20); // expected-warning{{overruns}}
}
static int zmk_split_wired_async_rx_after_fix(struct zmk_split_wired_async_state *state) {
  return uart_rx_enable(state->uart, state->rx_bufs[0], state->rx_bufs_len, 20); // no-warning
}

// --- peripheral.c -----------------------------------------------------------
uint8_t async_rx_buf_before_fix[RX_BUFFER_SIZE / 2][2];
static struct zmk_split_wired_async_state async_state_before_fix = {
    .rx_bufs = {async_rx_buf_before_fix[0], async_rx_buf_before_fix[1]},
    .rx_bufs_len = RX_BUFFER_SIZE / 2,
};

uint8_t async_rx_buf_after_fix[2][RX_BUFFER_SIZE / 2];
static struct zmk_split_wired_async_state async_state_after_fix = {
    .rx_bufs = {async_rx_buf_after_fix[0], async_rx_buf_after_fix[1]},
    .rx_bufs_len = RX_BUFFER_SIZE / 2,
};

void split_peripheral_rx_start_before_fix(const struct device *uart) {
  async_state_before_fix.uart = uart;
  zmk_split_wired_async_rx_before_fix(&async_state_before_fix);
}

void split_peripheral_rx_start_after_fix(const struct device *uart) {
  async_state_after_fix.uart = uart;
  zmk_split_wired_async_rx_after_fix(&async_state_after_fix);
}
