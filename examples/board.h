/*
 * board.h - the example firmware's board: DMA channels, the simulated
 * peripherals they are wired to, and three small annotated drivers.
 *
 * On the host the runtime simulates the engine (runtime/src/host) and each
 * peripheral is a dmasafe_host_device: a UART whose "wire" the program
 * drains, an SPI temperature sensor and an ADC whose replies board_init()
 * queues in advance. On a real board only board.c changes.
 */
#ifndef EXAMPLES_BOARD_H
#define EXAMPLES_BOARD_H

#include <stddef.h>
#include <stdint.h>

#include <dmasafe/annotations.h>
#include <dmasafe/dma.h>

/* Channels, initialised by board_init(). Global storage: each outlives every
 * transfer on it, and the analyzer can always find a transfer's handle. */
extern dmasafe_channel_t board_uart_tx;  /* memory -> UART data register */
extern dmasafe_channel_t board_spi_tx;   /* memory -> SPI data register */
extern dmasafe_channel_t board_spi_rx;   /* SPI data register -> memory */
extern dmasafe_channel_t board_adc_rx;   /* ADC result register -> memory */
extern dmasafe_channel_t board_aux_rx;   /* second ADC sequencer -> memory */

/* ADC samples queued by board_init(): enough for the example's captures. */
#define BOARD_ADC_SAMPLES 256u

/* Sets up the simulated peripherals and claims every channel.
 * @retval 0 ready; a negative errno from dmasafe_channel_init() otherwise. */
int board_init(void);

/* Releases every channel (aborting what is still in flight). */
void board_deinit(void);

/* Takes what the UART has transmitted so far (up to max bytes).
 * @return the number of bytes copied to out. */
size_t board_uart_drain(char *out, size_t max);

/*
 * A UART driver in the style of Nordic's EasyDMA, whose engine reads RAM
 * only: a buffer in flash (const data) is sent as garbage or faults. On the
 * host any memory works; the annotation states the real constraint.
 * @retval 0 started (complete it with dmasafe_wait(&board_uart_tx)).
 */
DMA_SUCCESS_RETURNS(0)
int uart_send_from_ram(const void *buf DMA_OWNED_TX DMA_IN_RAM, size_t len DMA_LEN);

/*
 * An ADC capture that returns its own ticket, in the style of Linux's
 * dma_map_single(): the ticket is the only way to complete the capture, so
 * dropping it leaves the buffer owned by the engine for good.
 */
struct adc_capture;

/* Starts capturing len bytes of samples into buf on board_aux_rx.
 * @return the ticket to pass to adc_capture_finish(), never NULL (a start
 *         that failed is reported by adc_capture_finish()). */
DMA_RETURNS_HANDLE
struct adc_capture *adc_capture_start(uint16_t *buf DMA_OWNED_RX, size_t len DMA_LEN);

/* Waits for the capture to complete; buf is the CPU's again.
 * @retval 0 done; -EIO when the data cannot be trusted; the start's error
 *         when the capture never started. */
DMA_WAITS
int adc_capture_finish(struct adc_capture *capture DMA_HANDLE);

#endif /* EXAMPLES_BOARD_H */
