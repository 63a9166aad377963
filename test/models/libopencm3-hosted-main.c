// The main loop of libopencm3-examples stm32/f1/lisa-m-2/usart_dma, as a
// hosted C program (arm-none-eabi-gcc builds without -ffreestanding): TX
// on channel 7 and RX on channel 6, each vector sets its flag, and an
// unmodelled call (usart_enable_*_dma) follows each start. In a hosted
// `main` the analyzer core reads a global a call invalidated as its
// initializer, so the flags must be given fresh values after such calls:
// else the flags read 0, the RX branch never runs (the real in-flight TX
// write inside it was missed) and nothing after the wait is reached.
// RUN: %clang_analyze_cc1 -triple thumbv7m-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/libopencm3-dma.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
// RUN: %clang_analyze_cc1 -ffreestanding -triple thumbv7m-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/libopencm3-dma.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "libopencm3/stm32/dma.h"

#define DMA_CHANNEL6 6
#define DMA_CHANNEL7 7
#define DMA_ISR_TCIF6 (1u << 21)
#define DMA_ISR_TCIF7 (1u << 25)

void usart_enable_tx_dma(uint32_t usart); // no model, no body
void usart_enable_rx_dma(uint32_t usart);

static void dma_write(char *data, int size) {
  dma_channel_reset(DMA1, DMA_CHANNEL7);
  dma_set_memory_address(DMA1, DMA_CHANNEL7, (uint32_t)data);
  dma_set_number_of_data(DMA1, DMA_CHANNEL7, size);
  dma_set_read_from_memory(DMA1, DMA_CHANNEL7);
  dma_enable_channel(DMA1, DMA_CHANNEL7);
  usart_enable_tx_dma(0x40004400u);
}

static void dma_read(char *data, int size) {
  dma_channel_reset(DMA1, DMA_CHANNEL6);
  dma_set_memory_address(DMA1, DMA_CHANNEL6, (uint32_t)data);
  dma_set_number_of_data(DMA1, DMA_CHANNEL6, size);
  dma_set_read_from_peripheral(DMA1, DMA_CHANNEL6);
  dma_enable_channel(DMA1, DMA_CHANNEL6);
  usart_enable_rx_dma(0x40004400u);
}

volatile int transfered = 0;
volatile int received = 0;

void dma1_channel7_isr(void) {
  if ((DMA1_ISR & DMA_ISR_TCIF7) != 0)
    transfered = 1;
  dma_disable_channel(DMA1, DMA_CHANNEL7);
}

void dma1_channel6_isr(void) {
  if ((DMA1_ISR & DMA_ISR_TCIF6) != 0)
    received = 1;
  dma_disable_channel(DMA1, DMA_CHANNEL6);
}

int main(void) {
  char tx[10] = "abcdefg\r\n";
  char rx[7] = "bcdefg";
  transfered = 0;
  dma_write(tx, 10);
  received = 0;
  dma_read(rx, 6);
  while (transfered != 1) {
    if (received == 1) {
      tx[1] = rx[0]; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
      received = 0;
      dma_read(rx, 6);
    }
  }
  tx[0]++; // no-warning: the TX vector's flag was seen set
  dma_write(tx, 10);
  tx[2] = 0; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
  return 0;
}
