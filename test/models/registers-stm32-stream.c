// Register-level DMA on an STM32F4 stream (models/registers-stm32.yaml):
// the hardware clears a stream's CR.EN at the end of the transfer, so a
// loop that polls EN until it reads 0 waits for completion.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/registers-stm32.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "stm32f4xx.h"

static uint8_t frame[64];

static void start_rx(DMA_Stream_TypeDef *s) {
  s->PAR = 0x40011004u;
  s->M0AR = (uint32_t)frame;
  s->NDTR = sizeof frame;
  s->CR = DMA_SxCR_MINC | DMA_SxCR_EN; // DIR 00: peripheral-to-memory
}

uint8_t poll_en_until_clear_ok(void) {
  start_rx(DMA2_Stream0);
  while (DMA2_Stream0->CR & DMA_SxCR_EN)
    ;
  return frame[0]; // no-warning: EN read 0, the stream is done
}

uint8_t read_while_en_set(void) {
  start_rx(DMA2_Stream0);
  if (DMA2_Stream0->CR & DMA_SxCR_EN)
    return frame[0]; // expected-warning{{Read of 'frame' while a DMA transfer (device-to-memory) is in flight}}
  return 0;
}

uint8_t poll_other_stream(void) {
  start_rx(DMA2_Stream0);
  while (DMA2_Stream7->CR & DMA_SxCR_EN)
    ;
  return frame[0]; // expected-warning{{Read of 'frame' while a DMA transfer (device-to-memory) is in flight}}
}

uint8_t poll_other_bit(void) {
  start_rx(DMA2_Stream0);
  while (DMA2_Stream0->CR & DMA_SxCR_TCIE)
    ;
  return frame[0]; // expected-warning{{Read of 'frame' while a DMA transfer (device-to-memory) is in flight}}
}
