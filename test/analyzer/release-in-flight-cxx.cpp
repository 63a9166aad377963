// RUN: %clang_analyze_cc1 -x c++ -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify -verify-ignore-unexpected=note %s -I %annotations_include

// C++ firmware releases buffers with delete / delete[].
#include <dmasafe/annotations.h>
typedef __SIZE_TYPE__ size_t;

extern "C" {
DMA_SUCCESS_RETURNS(0)
int spi_rx_dma(int chan DMA_HANDLE, unsigned char *buf DMA_OWNED_RX, size_t n DMA_LEN);
DMA_WAITS void spi_wait(int chan DMA_HANDLE);
}

struct Frame { unsigned char bytes[32]; };

void delete_array_in_flight() {
  unsigned char *buf = new unsigned char[64];
  if (spi_rx_dma(1, buf, 64) != 0) {
    delete[] buf; // no-warning: nothing was started
    return;
  }
  delete[] buf; // expected-warning{{'delete[]' releases a heap buffer while a DMA transfer (device-to-memory) is in flight}}
}

void delete_object_in_flight() {
  Frame *f = new Frame;
  if (spi_rx_dma(2, f->bytes, sizeof f->bytes) != 0)
    return;
  delete f; // expected-warning{{'delete' releases}}
}

void delete_after_wait_ok() {
  unsigned char *buf = new unsigned char[64];
  if (spi_rx_dma(3, buf, 64) == 0)
    spi_wait(3);
  delete[] buf; // no-warning
}
