/* A small annotated DMA API shared by the analyzer tests. */
#include <dmasafe/annotations.h>

typedef __SIZE_TYPE__ size_t;
struct uart { int regs; };

DMA_SUCCESS_RETURNS(0)
int uart_rx_dma(struct uart *u DMA_HANDLE, void *buf DMA_OWNED_RX,
                size_t len DMA_LEN);
DMA_SUCCESS_RETURNS(0)
int uart_tx_dma(struct uart *u DMA_HANDLE, const void *buf DMA_OWNED_TX,
                size_t len DMA_LEN);
DMA_SUCCESS_RETURNS(0)
int uart_xfer_dma(struct uart *u DMA_HANDLE, void *buf DMA_OWNED,
                  size_t len DMA_LEN);
DMA_WAITS void uart_wait(struct uart *u DMA_HANDLE);
DMA_ABORTS void uart_abort(struct uart *u DMA_HANDLE);
DMA_POLL_BUSY int uart_busy(struct uart *u DMA_HANDLE);
DMA_POLL_DONE int uart_done(struct uart *u DMA_HANDLE);

void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
char *strcpy(char *dst, const char *src);
int printf(const char *fmt, ...);
char *strpbrk(const char *s, const char *accept);
char *strtok(char *s, const char *delim);
int snprintf(char *dst, size_t n, const char *fmt, ...);
void *malloc(size_t n);
void free(void *p);
void *realloc(void *p, size_t n);
