/*
 * board.c - board bring-up on the host runtime, and the annotated drivers
 * declared in board.h.
 */
#include "board.h"

#include <dmasafe/host_device.h>

/* The simulated peripherals. */
static struct dmasafe_host_device uart_device;
static struct dmasafe_host_device spi_device;
static struct dmasafe_host_device adc_device;
static struct dmasafe_host_device aux_device;

dmasafe_channel_t board_uart_tx;
dmasafe_channel_t board_spi_tx;
dmasafe_channel_t board_spi_rx;
dmasafe_channel_t board_adc_rx;
dmasafe_channel_t board_aux_rx;

/* What the temperature sensor answers to each read command: 23.5 degrees C
 * in its 0.5-degree fixed point format, high byte first. */
static const unsigned char sensor_reply[2] = {0x00, 47};

static void queue_adc_samples(struct dmasafe_host_device *dev) {
  for (unsigned i = 0; i < BOARD_ADC_SAMPLES; i++) {
    uint16_t sample = (uint16_t)(2000u + (i % 97u));
    unsigned char bytes[2] = {(unsigned char)(sample & 0xffu),
                              (unsigned char)(sample >> 8)};
    dmasafe_host_device_feed(dev, bytes, sizeof bytes);
  }
}

static int claim(dmasafe_channel_t *ch, unsigned index,
                 struct dmasafe_host_device *dev, enum dmasafe_width width) {
  struct dmasafe_channel_config cfg = {.peripheral = dev, .width = width};
  return dmasafe_channel_init(ch, index, &cfg);
}

int board_init(void) {
  dmasafe_host_device_init(&uart_device);
  dmasafe_host_device_init(&spi_device);
  dmasafe_host_device_init(&adc_device);
  dmasafe_host_device_init(&aux_device);
  for (unsigned i = 0; i < 8; i++)
    dmasafe_host_device_feed(&spi_device, sensor_reply, sizeof sensor_reply);
  queue_adc_samples(&adc_device);
  queue_adc_samples(&aux_device);

  int err = claim(&board_uart_tx, 0, &uart_device, DMASAFE_WIDTH_8);
  if (!err)
    err = claim(&board_spi_tx, 1, &spi_device, DMASAFE_WIDTH_8);
  if (!err)
    err = claim(&board_spi_rx, 2, &spi_device, DMASAFE_WIDTH_8);
  if (!err)
    err = claim(&board_adc_rx, 3, &adc_device, DMASAFE_WIDTH_16);
  if (!err)
    err = claim(&board_aux_rx, 4, &aux_device, DMASAFE_WIDTH_16);
  return err;
}

void board_deinit(void) {
  dmasafe_channel_deinit(&board_aux_rx);
  dmasafe_channel_deinit(&board_adc_rx);
  dmasafe_channel_deinit(&board_spi_rx);
  dmasafe_channel_deinit(&board_spi_tx);
  dmasafe_channel_deinit(&board_uart_tx);
}

size_t board_uart_drain(char *out, size_t max) {
  return dmasafe_host_device_drain(&uart_device, out, max);
}

int uart_send_from_ram(const void *buf, size_t len) {
  return dmasafe_start_tx(&board_uart_tx, buf, len);
}

/* One capture at a time: the ticket names the channel it runs on and
 * remembers whether the start failed, which finishing then reports. */
struct adc_capture {
  dmasafe_channel_t *channel;
  int start_error;
};

static struct adc_capture aux_capture = {&board_aux_rx, 0};

struct adc_capture *adc_capture_start(uint16_t *buf, size_t len) {
  aux_capture.start_error = dmasafe_start_rx(aux_capture.channel, buf, len);
  return &aux_capture;
}

int adc_capture_finish(struct adc_capture *capture) {
  if (capture->start_error)
    return capture->start_error;
  return dmasafe_wait(capture->channel);
}
