/*
 * test_cortex_m_registers.c - the Cortex-M backend, built for the host with
 * its register block in ordinary memory (fake_cm_dma.h): each API call
 * programs the registers as regs.h documents, and the backend reads the
 * engine's STATUS answers (busy, done, error) the documented way. Single
 * threaded: the test plays the engine by writing STATUS between calls.
 */
#include "../src/cortex-m/regs.h"
#include "check.h"
#include "dmasafe/dma.h"

#include <errno.h>

struct dmasafe_cm_dma_regs dmasafe_fake_cm_dma;

static struct dmasafe_cm_channel_regs *regs(unsigned index) {
  return &dmasafe_fake_cm_dma.CH[index];
}

static uint32_t bus(const volatile void *p) { return (uint32_t)(uintptr_t)p; }

static volatile uint32_t uart_data;
static _Alignas(4) uint8_t buffer[64];
static _Alignas(4) uint8_t other[64];

static void init_and_deinit_program_ctrl(void) {
  dmasafe_channel_t ch, again;
  struct dmasafe_channel_config cfg = {&uart_data, DMASAFE_WIDTH_8, 5};
  regs(2)->CTRL = 0xFFFFFFFFu;
  CHECK_EQ(dmasafe_channel_init(&ch, 2, &cfg), 0);
  CHECK_EQ(regs(2)->CTRL, 0);
  CHECK_EQ(dmasafe_channel_init(&again, 2, &cfg), -EBUSY);
  regs(2)->CTRL = 1;
  dmasafe_channel_deinit(&ch);
  CHECK_EQ(regs(2)->CTRL, 0);
  CHECK_EQ(dmasafe_channel_init(&again, 2, &cfg), 0);
  dmasafe_channel_deinit(&again);
}

static void tx_programs_memory_to_device(void) {
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {&uart_data, DMASAFE_WIDTH_16, 7};
  CHECK_EQ(dmasafe_channel_init(&ch, 0, &cfg), 0);
  regs(0)->STATUS = 0;
  CHECK_EQ(dmasafe_start_tx(&ch, buffer, 32), 0);
  CHECK_EQ(regs(0)->SRC, bus(buffer));
  CHECK_EQ(regs(0)->DST, bus(&uart_data));
  CHECK_EQ(regs(0)->COUNT, 16); /* units of the width */
  CHECK_EQ(regs(0)->CTRL, DMASAFE_CM_CTRL_EN | DMASAFE_CM_CTRL_DIR_M2P |
                              DMASAFE_CM_CTRL_SRC_INC |
                              (1u << DMASAFE_CM_CTRL_SIZE_SHIFT) |
                              (7u << DMASAFE_CM_CTRL_REQ_SHIFT));
  /* The start cleared the done and error flags (write 1 to clear). */
  CHECK_EQ(regs(0)->STATUS, DMASAFE_CM_STATUS_DONE | DMASAFE_CM_STATUS_ERROR);

  regs(0)->STATUS = DMASAFE_CM_STATUS_BUSY;
  CHECK(dmasafe_is_busy(&ch));
  regs(0)->STATUS = DMASAFE_CM_STATUS_DONE;
  CHECK_EQ(dmasafe_wait(&ch), 0);
  CHECK_EQ(dmasafe_wait(&ch), -EALREADY);
  dmasafe_channel_deinit(&ch);
}

static void rx_programs_device_to_memory(void) {
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {&uart_data, DMASAFE_WIDTH_32, 0};
  CHECK_EQ(dmasafe_channel_init(&ch, 1, &cfg), 0);
  CHECK_EQ(dmasafe_start_rx(&ch, buffer, 64), 0);
  CHECK_EQ(regs(1)->SRC, bus(&uart_data));
  CHECK_EQ(regs(1)->DST, bus(buffer));
  CHECK_EQ(regs(1)->COUNT, 16);
  CHECK_EQ(regs(1)->CTRL, DMASAFE_CM_CTRL_EN | DMASAFE_CM_CTRL_DIR_P2M |
                              DMASAFE_CM_CTRL_DST_INC |
                              (2u << DMASAFE_CM_CTRL_SIZE_SHIFT));
  /* A poll that sees the engine idle completes the transfer. */
  regs(1)->STATUS = DMASAFE_CM_STATUS_DONE;
  CHECK(!dmasafe_is_busy(&ch));
  CHECK_EQ(dmasafe_wait(&ch), -EALREADY);
  dmasafe_channel_deinit(&ch);
}

static void copy_programs_memory_to_memory(void) {
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {NULL, DMASAFE_WIDTH_8, 0};
  CHECK_EQ(dmasafe_channel_init(&ch, 3, &cfg), 0);
  CHECK_EQ(dmasafe_start_copy(&ch, other, buffer, 10), 0);
  CHECK_EQ(regs(3)->SRC, bus(buffer));
  CHECK_EQ(regs(3)->DST, bus(other));
  CHECK_EQ(regs(3)->COUNT, 10);
  CHECK_EQ(regs(3)->CTRL, DMASAFE_CM_CTRL_EN | DMASAFE_CM_CTRL_DIR_M2M |
                              DMASAFE_CM_CTRL_SRC_INC |
                              DMASAFE_CM_CTRL_DST_INC);
  /* An engine error: the transfer is over, its data untrusted. */
  regs(3)->STATUS = DMASAFE_CM_STATUS_DONE | DMASAFE_CM_STATUS_ERROR;
  CHECK_EQ(dmasafe_wait(&ch), -EIO);
  CHECK_EQ(dmasafe_wait(&ch), -EALREADY);
  dmasafe_channel_deinit(&ch);
}

static void abort_clears_enable(void) {
  dmasafe_channel_t ch;
  struct dmasafe_channel_config cfg = {&uart_data, DMASAFE_WIDTH_8, 3};
  CHECK_EQ(dmasafe_channel_init(&ch, 4, &cfg), 0);
  CHECK_EQ(dmasafe_start_rx(&ch, buffer, 8), 0);
  regs(4)->STATUS = 0; /* the engine lets go when EN is cleared */
  CHECK_EQ(dmasafe_abort(&ch), 0);
  CHECK_EQ(regs(4)->CTRL & DMASAFE_CM_CTRL_EN, 0);
  CHECK_EQ(regs(4)->CTRL >> DMASAFE_CM_CTRL_REQ_SHIFT, 3);
  CHECK_EQ(dmasafe_abort(&ch), -EALREADY);
  dmasafe_channel_deinit(&ch);
}

static void cache_helpers_do_nothing_without_a_dcache(void) {
  buffer[0] = 0x42;
  dmasafe_cache_clean(buffer, sizeof buffer);
  dmasafe_cache_invalidate(buffer, sizeof buffer);
  CHECK_EQ(buffer[0], 0x42);
}

int main(void) {
  init_and_deinit_program_ctrl();
  tx_programs_memory_to_device();
  rx_programs_device_to_memory();
  copy_programs_memory_to_memory();
  abort_clears_enable();
  cache_helpers_do_nothing_without_a_dcache();
  return check_report("runtime_cortex_m_registers");
}
