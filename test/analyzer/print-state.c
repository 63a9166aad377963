// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe,debug.ExprInspection %s -I %annotations_include 2>&1 | FileCheck %s

// printState shows every transfer of the path, in flight and armed, with
// its symbol, bytes, handle and API; a completed one is gone.
#include <dmasafe/annotations.h>
typedef __SIZE_TYPE__ size_t;

DMA_ARMS void dma_setup(int chan DMA_HANDLE, void *dst DMA_OWNED_RX, size_t n DMA_LEN);
DMA_TRIGGERS void dma_go(int chan DMA_HANDLE);
DMA_WAITS void dma_wait(int chan DMA_HANDLE);
void uart_tx(int port DMA_HANDLE, const void *src DMA_OWNED_TX, size_t n DMA_LEN);
void clang_analyzer_printState(void);

static unsigned char rx[16], tx[8];

void armed_and_in_flight(void) {
  dma_setup(3, rx, sizeof rx);
  uart_tx(1, tx, 4);
  clang_analyzer_printState();
  // CHECK:      "DMA transfers:",
  // CHECK-NEXT: "  [[RX:conj_\$[0-9]+\{int, LC1, S[0-9]+, #1\}]] armed: device-to-memory of rx bytes [0, 16) handle argument 3 S64b api annotated",
  // CHECK-NEXT: "  [[TX:conj_\$[0-9]+\{int, LC1, S[0-9]+, #1\}]] in flight: memory-to-device of tx bytes [0, 4) handle argument 1 S64b api annotated",
  dma_go(3);
  clang_analyzer_printState();
  // The trigger keeps the transfer's symbol: its notes stay its own.
  // CHECK:      "DMA transfers:",
  // CHECK-NEXT: "  [[RX]] in flight: device-to-memory of rx bytes [0, 16) handle argument 3 S64b api annotated",
  // CHECK-NEXT: "  [[TX]] in flight: memory-to-device of tx bytes [0, 4) handle argument 1 S64b api annotated",
  dma_wait(3);
  clang_analyzer_printState();
  // CHECK:      "DMA transfers:",
  // CHECK-NEXT: "  [[TX]] in flight: memory-to-device of tx bytes [0, 4) handle argument 1 S64b api annotated",
  // CHECK-NEXT: ""
}
