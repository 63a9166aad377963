/*
 * dmasafe/host_device.h - the simulated peripheral of the host backend.
 *
 * A device has one data register, as a UART does: what the engine writes to
 * it (TX transfers) goes out on the "wire", a FIFO that a test or an example
 * drains to see what was really transmitted; what the engine reads from it
 * (RX transfers) comes from an input FIFO that the test feeds. An RX
 * transfer waits for input, as an engine paced by the peripheral's request
 * line does; a TX transfer waits while the wire is full.
 *
 * Point dmasafe_channel_config.peripheral at a device:
 *
 *   static struct dmasafe_host_device uart;
 *   dmasafe_host_device_init(&uart);
 *   struct dmasafe_channel_config cfg = {.peripheral = &uart,
 *                                        .width = DMASAFE_WIDTH_8};
 *
 * Each FIFO has one producer and one consumer (the engine and the test), so
 * feeding and draining need no lock and are safe while a transfer runs.
 */
#ifndef DMASAFE_HOST_DEVICE_H
#define DMASAFE_HOST_DEVICE_H

#include <stdatomic.h>
#include <stddef.h>

#define DMASAFE_HOST_FIFO_SIZE 8192u

/* Single-producer single-consumer byte ring; fields private. */
struct dmasafe_host_fifo {
  unsigned char bytes[DMASAFE_HOST_FIFO_SIZE];
  atomic_size_t head; /* total bytes ever pushed */
  atomic_size_t tail; /* total bytes ever popped */
};

struct dmasafe_host_device {
  struct dmasafe_host_fifo wire;  /* written by TX transfers */
  struct dmasafe_host_fifo input; /* read by RX transfers */
};

/** Empties both FIFOs. Call before the device is used by a channel. */
void dmasafe_host_device_init(struct dmasafe_host_device *dev);

/** Queues up to @p len bytes for RX transfers to read.
 * @return how many were queued (fewer when the input FIFO is full). */
size_t dmasafe_host_device_feed(struct dmasafe_host_device *dev,
                                const void *data, size_t len);

/** Takes up to @p max bytes that TX transfers wrote, oldest first.
 * @return how many were taken. */
size_t dmasafe_host_device_drain(struct dmasafe_host_device *dev, void *out,
                                 size_t max);

/** The simulated engine's start latency: how long every channel waits after
 * a start before it moves the first byte (default 200 microseconds). Tests
 * of misuse raise it so that a CPU access right after a start lands in
 * flight however the threads are scheduled. Takes effect at the next start.
 * @return the previous latency. */
unsigned dmasafe_host_set_start_latency_us(unsigned microseconds);

/* Used by the engine: one byte at a time, false when empty/full. */
int dmasafe_host_fifo_push(struct dmasafe_host_fifo *f, unsigned char byte);
int dmasafe_host_fifo_pop(struct dmasafe_host_fifo *f, unsigned char *byte);

#endif /* DMASAFE_HOST_DEVICE_H */
