// Zephyr: dma_config (and dma_reload) only set a channel up; the CPU owns
// the buffers until dma_start on the same channel. The buffers of
// dma_config travel as integers in `config->head_block`: the checks follow
// what the function itself stores there. A k_sem_take (wait-signal role in
// the model) completes the transfers, as the other blocking RTOS waits do.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access,dmasafe-release-in-flight' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/zephyr.yaml'}]}" %s -- -I %S/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// An arm hands its buffers over with their length, as a start does:
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-transfer-length' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/zephyr.yaml'}]}" %s -- -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=LENGTH --implicit-check-not='{{warning|error}}:'
#include <zephyr/drivers/dma.h>
#include <zephyr/kernel.h>

static uint8_t tx_buf[32];
static uint8_t dst[32];
static struct k_sem rx_done;
int consume(int);

void fill_between_config_and_start(const struct device *dma) {
  struct dma_block_config blk = {0};
  struct dma_config cfg = {0};
  blk.source_address = (uint32_t)(uintptr_t)tx_buf;
  blk.block_size = sizeof tx_buf;
  cfg.channel_direction = MEMORY_TO_PERIPHERAL;
  cfg.block_count = 1;
  cfg.head_block = &blk;
  if (dma_config(dma, 3, &cfg) != 0)
    return;
  tx_buf[0] = 'A'; // configured, the engine has not started
  if (dma_start(dma, 3) != 0)
    return;
  tx_buf[0] = 'B';
  // CHECK: :[[@LINE-1]]:3: warning: write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
  // CHECK: :[[@LINE-7]]:7: note: DMA transfer set up here by 'dma_config', started by a later trigger on its handle; the buffer is the engine's until a wait
}

void mem_to_mem_dest_read_in_flight(const struct device *dma) {
  struct dma_block_config blk = {
      .source_address = (uint32_t)(uintptr_t)tx_buf,
      .dest_address = (uint32_t)(uintptr_t)dst,
      .block_size = sizeof dst,
  };
  struct dma_config cfg = {.channel_direction = MEMORY_TO_MEMORY,
                           .block_count = 1,
                           .head_block = &blk};
  if (dma_config(dma, 2, &cfg) != 0)
    return;
  consume(dst[0]); // only configured
  dma_start(dma, 2);
  consume(dst[0]);
  // CHECK: :[[@LINE-1]]:11: warning: read of 'dst' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  dma_stop(dma, 2);
  consume(dst[0]); // stopped
}

void start_other_channel_ok(const struct device *dma) {
  struct dma_block_config blk = {0};
  struct dma_config cfg = {0};
  blk.dest_address = (uint32_t)(uintptr_t)dst;
  cfg.head_block = &blk;
  if (dma_config(dma, 3, &cfg) != 0)
    return;
  dma_start(dma, 4);
  dst[0] = 0; // channel 3 was not started
  dma_stop(dma, 3);
}

void stop_disarms(const struct device *dma) {
  struct dma_block_config blk = {0};
  struct dma_config cfg = {0};
  blk.dest_address = (uint32_t)(uintptr_t)dst;
  cfg.head_block = &blk;
  dma_config(dma, 5, &cfg);
  dma_stop(dma, 5);
  dma_start(dma, 5);
  dst[0] = 0; // the stop tore the setup down
}

// Two different buffers may be in the field: which one is unknown here.
void two_buffers_in_one_field_ok(const struct device *dma, int which) {
  struct dma_block_config blk = {0};
  struct dma_config cfg = {0};
  blk.source_address = (uint32_t)(uintptr_t)tx_buf;
  if (which)
    blk.source_address = (uint32_t)(uintptr_t)dst;
  cfg.head_block = &blk;
  dma_config(dma, 6, &cfg);
  dma_start(dma, 6);
  tx_buf[0] = 0;
  dma_stop(dma, 6);
}

void reload_then_start(const struct device *dma) {
  dma_reload(dma, 1, (uint32_t)(uintptr_t)tx_buf, (uint32_t)(uintptr_t)dst, 16);
  tx_buf[1] = 0; // reloaded, not started yet
  dma_start(dma, 1);
  tx_buf[1] = 0;
  // CHECK: :[[@LINE-1]]:3: warning: write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
  dma_stop(dma, 1);
}

// A receive into a stack frame: a failed dma_start started nothing, and the
// semaphore the completion callback gives completes the transfer.
int receive_on_stack_ok(const struct device *dma) {
  uint8_t frame[16];
  struct dma_block_config blk = {.dest_address = (uint32_t)(uintptr_t)frame,
                                 .block_size = sizeof frame};
  struct dma_config cfg = {.channel_direction = PERIPHERAL_TO_MEMORY,
                           .block_count = 1,
                           .head_block = &blk};
  if (dma_config(dma, 7, &cfg) != 0)
    return -5;
  int ret = dma_start(dma, 7);
  if (ret != 0)
    return ret;
  k_sem_take(&rx_done, K_FOREVER);
  return frame[0];
}

int receive_on_stack_without_wait(const struct device *dma) {
  uint8_t frame[16];
  struct dma_block_config blk = {.dest_address = (uint32_t)(uintptr_t)frame,
                                 .block_size = sizeof frame};
  struct dma_config cfg = {.channel_direction = PERIPHERAL_TO_MEMORY,
                           .block_count = 1,
                           .head_block = &blk};
  if (dma_config(dma, 7, &cfg) != 0)
    return -5;
  if (dma_start(dma, 7) != 0)
    return -5;
  return 0;
  // CHECK: :[[@LINE-1]]:3: warning: returning from 'receive_on_stack_without_wait' while a DMA transfer (device-to-memory) of its stack buffer 'frame' is in flight [dmasafe-release-in-flight]
}

int configured_on_stack_not_started_ok(const struct device *dma) {
  uint8_t frame[16];
  struct dma_block_config blk = {.dest_address = (uint32_t)(uintptr_t)frame};
  struct dma_config cfg = {.head_block = &blk};
  return dma_config(dma, 8, &cfg);
}

// The callback handed over in `dma_config.dma_callback` runs on completion:
// the flag it sets is a completion flag.
static volatile int rx_complete;
static void on_rx_done(const struct device *dev, void *user_data,
                       uint32_t channel, int status) {
  rx_complete = 1;
}

int wait_for_callback_flag_ok(const struct device *dma) {
  struct dma_block_config blk = {.dest_address = (uint32_t)(uintptr_t)dst,
                                 .block_size = sizeof dst};
  struct dma_config cfg = {.channel_direction = PERIPHERAL_TO_MEMORY,
                           .block_count = 1,
                           .head_block = &blk,
                           .dma_callback = on_rx_done};
  rx_complete = 0;
  if (dma_config(dma, 9, &cfg) != 0 || dma_start(dma, 9) != 0)
    return -5;
  while (!rx_complete) {
  }
  return dst[0];
}

// A flag no callback sets completes nothing.
static volatile int unrelated;
int wait_for_unrelated_flag(const struct device *dma) {
  struct dma_block_config blk = {.dest_address = (uint32_t)(uintptr_t)dst};
  struct dma_config cfg = {.head_block = &blk, .dma_callback = on_rx_done};
  if (dma_config(dma, 10, &cfg) != 0)
    return -5;
  dma_start(dma, 10);
  while (!unrelated) {
  }
  return dst[0];
  // CHECK: :[[@LINE-1]]:10: warning: read of 'dst' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
}

void reload_too_long(const struct device *dma) {
  dma_reload(dma, 1, (uint32_t)(uintptr_t)tx_buf, (uint32_t)(uintptr_t)dst, 48);
  // LENGTH: :[[@LINE-1]]:22: warning: DMA transfer of 48 bytes by 'dma_reload' overruns 'tx_buf', which has 32 bytes [dmasafe-transfer-length]
  // LENGTH: :[[@LINE-2]]:51: warning: DMA transfer of 48 bytes by 'dma_reload' overruns 'dst', which has 32 bytes [dmasafe-transfer-length]
  dma_stop(dma, 1);
}

// SPI names its buffers through `buffers.buf` of a spi_buf_set: the
// descriptors are static locals here, filled by their initializers.
#include <zephyr/drivers/spi.h>
static uint8_t spi_rx[32];
void spi_read_in_flight(const struct device *spi, const struct spi_config *cfg,
                        struct k_poll_signal *sig) {
  static struct spi_buf rxb = {spi_rx, sizeof spi_rx};
  static const struct spi_buf_set rx = {&rxb, 1};
  if (spi_transceive_signal(spi, cfg, 0, &rx, sig) < 0)
    return;
  consume(spi_rx[0]);
  // CHECK: :[[@LINE-1]]:11: warning: read of 'spi_rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
}

// The descriptor may hold either buffer: nothing is said.
void spi_two_buffers_ok(const struct device *spi, const struct spi_config *cfg,
                        struct k_poll_signal *sig, int second) {
  struct spi_buf rxb = {spi_rx, sizeof spi_rx};
  if (second)
    rxb.buf = dst;
  const struct spi_buf_set rx = {&rxb, 1};
  if (spi_transceive_signal(spi, cfg, 0, &rx, sig) < 0)
    return;
  consume(spi_rx[0]);
}
