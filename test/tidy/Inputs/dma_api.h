/* A small annotated DMA API shared by the dmasafe-* clang-tidy tests. */
#ifndef DMA_API_H
#define DMA_API_H
#include <dmasafe/annotations.h>
#include <stddef.h>
#include <string.h>

struct uart { int id; };

/* UART: a driver-object handle, HAL-style status. */
DMA_SUCCESS_RETURNS(0)
int uart_send_dma(struct uart *u DMA_HANDLE, const void *buf DMA_OWNED_TX,
                  size_t len DMA_LEN);
DMA_SUCCESS_RETURNS(0)
int uart_recv_dma(struct uart *u DMA_HANDLE, void *buf DMA_OWNED_RX,
                  size_t len DMA_LEN);
DMA_WAITS int uart_wait(struct uart *u DMA_HANDLE);
DMA_ABORTS void uart_abort(struct uart *u DMA_HANDLE);
DMA_POLL_BUSY int uart_busy(struct uart *u DMA_HANDLE);
DMA_POLL_DONE int uart_done(struct uart *u DMA_HANDLE);

/* Channel numbers as handles. */
DMA_SUCCESS_NONNEG
int chan_rx(int chan DMA_HANDLE, void *dst DMA_OWNED_RX, size_t n DMA_LEN);
DMA_WAITS void chan_wait(int chan DMA_HANDLE);

/* A start that returns its handle (Linux dma_map_single style). */
DMA_RETURNS_HANDLE
long map_rx(void *buf DMA_OWNED_RX, size_t n DMA_LEN);
DMA_WAITS void unmap(long h DMA_HANDLE);
DMA_ERROR_TEST int map_failed(long h DMA_HANDLE);

/* Completion through an interrupt-set flag. */
extern volatile int uart_tx_done DMA_COMPLETION_FLAG;

/* Storage requirements. */
DMA_SUCCESS_RETURNS(0)
int spim_send(int inst DMA_HANDLE, const void *buf DMA_OWNED_TX DMA_IN_RAM,
              size_t n DMA_LEN);
DMA_SUCCESS_RETURNS(0)
int ring_attach(struct uart *u DMA_HANDLE, void *ring DMA_OWNED_RX DMA_STABLE,
                size_t n DMA_LEN);
/* Stores the pointer for a later transfer: only a storage requirement. */
void sensor_set_buffer(void *buf DMA_STABLE, size_t n);

void log_bytes(const void *p, size_t n); /* unannotated, reads */
void fill_bytes(void *p, size_t n);      /* unannotated, writes */

#endif
