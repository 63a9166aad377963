// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-unfit-storage' %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'
#include "dma_api.h"

struct uart U;
static const unsigned char greeting[] = "hello";
static unsigned char ram_copy[8];
unsigned char ring_storage[64];
const unsigned char *const table_ptr = greeting;

void const_data_to_easydma(void) {
  spim_send(0, greeting, sizeof greeting);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: DMA buffer 'greeting' is constant data, likely placed in flash, but 'spim_send' needs a buffer in RAM; copy it into one [dmasafe-unfit-storage]
  // CHECK-MESSAGES: :5:28: note: 'greeting' is declared const here
}

void string_literal_to_easydma(void) {
  spim_send(0, "ping", 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: a string literal is constant data, likely placed in flash, but 'spim_send' needs a buffer in RAM; copy it into one
}

void ram_copy_ok(void) {
  memcpy(ram_copy, greeting, 5);
  spim_send(0, ram_copy, 5);
  const unsigned char local_const[4] = {1, 2, 3, 4}; // on the stack: in RAM
  spim_send(0, local_const, 4);
}

void const_through_pointer_unknown_ok(void) {
  spim_send(0, table_ptr, 5); // where the pointer points is not known here
}

void const_to_plain_tx_ok(void) {
  uart_send_dma(&U, greeting, sizeof greeting); // no DMA_IN_RAM: fine
}

void stack_ring(void) {
  unsigned char ring[64];
  ring_attach(&U, ring, sizeof ring);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: stack buffer 'ring' passed to 'ring_attach', which requires stable storage (static, global, heap or DMA_STABLE) [dmasafe-unfit-storage]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: 'ring' is declared on the stack here
  uart_abort(&U);
}

void stack_sensor_buffer(void) {
  unsigned short samples[16];
  sensor_set_buffer(&samples[0], sizeof samples);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: stack buffer 'samples' passed to 'sensor_set_buffer', which requires stable storage (static, global, heap or DMA_STABLE)
}

void stable_storage_ok(void) {
  static unsigned char kept[64];
  unsigned char marked[64] DMA_STABLE;
  ring_attach(&U, ring_storage, sizeof ring_storage);
  ring_attach(&U, kept, sizeof kept);
  ring_attach(&U, marked, sizeof marked);
  sensor_set_buffer(kept, sizeof kept);
}
