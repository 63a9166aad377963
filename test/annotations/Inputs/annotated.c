/*
 * A driver-shaped file that uses every marker of dmasafe/annotations.h where
 * they belong: on prototypes and their parameters, on external function
 * definitions (function markers), on variables and on types, plus the annotated runtime API
 * (dmasafe/dma.h). Compiled with and without -DDMASAFE_NO_ANNOTATIONS, its
 * object code must be the same: the annotations are for the analyzer only.
 * (The few forms whose code clang does change are in codegen_visible.c.)
 */
#include "dmasafe/annotations.h"
#include "dmasafe/dma.h"

#include <stddef.h>
#include <stdint.h>

typedef enum { DRV_OK = 0, DRV_BUSY = 1 } drv_status;

struct uart {
  volatile uint32_t *data;
  volatile uint32_t *ctrl;
  int busy;
};

/* Storage fit for DMA: on a type, a field and variables. */
typedef struct dma_block {
  uint8_t bytes[32];
} dma_block_t DMA_STABLE;

struct frame {
  uint8_t payload[16];
  uint32_t crc;
};

static dma_block_t tx_block;
static uint8_t rx_bytes[64] DMA_STABLE;
static struct frame frames[2];
static volatile int rx_done DMA_COMPLETION_FLAG;
static volatile int tx_done;
static uint32_t handle_counter;

/* Declarations only (prototypes a vendor header would have). */
DMA_SUCCESS_RETURNS(DRV_OK)
drv_status uart_send(struct uart *u DMA_HANDLE, const void *buf DMA_OWNED_TX DMA_IN_RAM,
                     size_t len DMA_LEN);
DMA_SUCCESS_NONNEG int uart_recv(struct uart *u DMA_HANDLE, void *buf DMA_OWNED_RX DMA_STABLE,
                                 size_t words DMA_LEN_UNITS(4));
DMA_WAITS void uart_wait(struct uart *u DMA_HANDLE);
DMA_ABORTS int uart_abort(struct uart *u DMA_HANDLE);
DMA_POLL_DONE int uart_done(const struct uart *u DMA_HANDLE);
DMA_RETURNS_HANDLE uint32_t map_single(void *buf DMA_OWNED, size_t len DMA_LEN);
DMA_ERROR_TEST int map_failed(uint32_t handle DMA_HANDLE);
DMA_CACHE_CLEAN void cache_clean(const void *p, size_t len DMA_LEN);
DMA_CACHE_INVALIDATE void cache_invalidate(void *p, size_t len DMA_LEN);
void keep_for_later(const void *p DMA_STABLE);

/* A start with two buffers and its poll, defined in another file. */
DMA_SUCCESS_RETURNS(0)
int copy_start(unsigned chan DMA_HANDLE, void *dst DMA_OWNED_RX DMA_LEN_ARG(4),
               const void *src DMA_OWNED_TX DMA_LEN_ARG(4), size_t len);
DMA_POLL_BUSY int copy_busy(unsigned chan DMA_HANDLE);

/* Definitions: markers on the function itself (not on its parameters, see
 * codegen_visible.c). */
DMA_COMPLETION_CALLBACK void uart_rx_complete(struct uart *u) {
  u->busy = 0;
  handle_counter++;
  rx_done = 1;
  tx_done = 1;
}

int echo(struct uart *u) {
  static uint8_t scratch[8] DMA_STABLE;
  struct frame *f = &frames[u->busy & 1];
  f->payload[0] = (uint8_t)u->busy;
  f->crc = 0;
  if (uart_recv(u, rx_bytes, sizeof rx_bytes / 4) < 0)
    return -1;
  while (!rx_done) {
  }
  cache_invalidate(rx_bytes, sizeof rx_bytes);
  for (size_t i = 0; i < sizeof tx_block.bytes; ++i)
    tx_block.bytes[i] = (uint8_t)(rx_bytes[i] + f->payload[0] + scratch[i % 8]);
  cache_clean(&tx_block, sizeof tx_block);
  if (uart_send(u, &tx_block, sizeof tx_block) != DRV_OK)
    return -2;
  if (!uart_done(u))
    uart_wait(u);
  uint32_t h = map_single(f->payload, sizeof f->payload);
  if (map_failed(h))
    return uart_abort(u);
  keep_for_later(scratch);
  while (copy_busy(3)) {
  }
  return copy_start(3, frames[1].payload, frames[0].payload, 16) + tx_done +
         (int)f->crc;
}

/* The runtime's own annotated API, used as a driver would. */
int runtime_user(dmasafe_channel_t *ch) {
  dmasafe_cache_clean(tx_block.bytes, sizeof tx_block.bytes);
  if (dmasafe_start_tx(ch, tx_block.bytes, sizeof tx_block.bytes) != 0)
    return -1;
  while (dmasafe_is_busy(ch)) {
  }
  if (dmasafe_start_rx(ch, rx_bytes, sizeof rx_bytes) != 0)
    return -1;
  if (dmasafe_wait(ch) != 0)
    (void)dmasafe_abort(ch);
  dmasafe_cache_invalidate(rx_bytes, sizeof rx_bytes);
  return rx_bytes[0];
}

/* A finding accepted in place: DMA_SUPPRESS on a function and a statement. */
DMA_SUPPRESS("the marker on a function") int accepted(void) {
  DMA_SUPPRESS("the marker on a statement") tx_done = 0;
  return tx_done;
}
