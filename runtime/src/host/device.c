/*
 * device.c - the simulated peripheral's FIFOs (see dmasafe/host_device.h).
 * Counters only grow; release/acquire on them publishes the bytes between
 * the one producer and the one consumer.
 */
#include "dmasafe/host_device.h"

static void fifo_init(struct dmasafe_host_fifo *f) {
  atomic_init(&f->head, 0);
  atomic_init(&f->tail, 0);
}

int dmasafe_host_fifo_push(struct dmasafe_host_fifo *f, unsigned char byte) {
  size_t head = atomic_load_explicit(&f->head, memory_order_relaxed);
  size_t tail = atomic_load_explicit(&f->tail, memory_order_acquire);
  if (head - tail == DMASAFE_HOST_FIFO_SIZE)
    return 0;
  f->bytes[head % DMASAFE_HOST_FIFO_SIZE] = byte;
  atomic_store_explicit(&f->head, head + 1, memory_order_release);
  return 1;
}

int dmasafe_host_fifo_pop(struct dmasafe_host_fifo *f, unsigned char *byte) {
  size_t tail = atomic_load_explicit(&f->tail, memory_order_relaxed);
  size_t head = atomic_load_explicit(&f->head, memory_order_acquire);
  if (head == tail)
    return 0;
  *byte = f->bytes[tail % DMASAFE_HOST_FIFO_SIZE];
  atomic_store_explicit(&f->tail, tail + 1, memory_order_release);
  return 1;
}

void dmasafe_host_device_init(struct dmasafe_host_device *dev) {
  if (!dev)
    return;
  fifo_init(&dev->wire);
  fifo_init(&dev->input);
}

size_t dmasafe_host_device_feed(struct dmasafe_host_device *dev,
                                const void *data, size_t len) {
  if (!dev || !data)
    return 0;
  const unsigned char *bytes = data;
  size_t n = 0;
  while (n < len && dmasafe_host_fifo_push(&dev->input, bytes[n]))
    ++n;
  return n;
}

size_t dmasafe_host_device_drain(struct dmasafe_host_device *dev, void *out,
                                 size_t max) {
  if (!dev || !out)
    return 0;
  unsigned char *bytes = out;
  size_t n = 0;
  while (n < max && dmasafe_host_fifo_pop(&dev->wire, &bytes[n]))
    ++n;
  return n;
}
