// The fences of the Cortex-M backend (runtime/src/fence.h, used by
// runtime/src/cortex-m/regs.h) keep the CPU's buffer accesses on their side
// of the engine's start and completion in the code clang emits for a
// Cortex-M4 at -O2:
//   - the stores that fill the buffer come before the `dsb` and the
//     enable-register write that starts the engine;
//   - the loads of the buffer come after the wait loop and its `dsb`, and
//     are real loads (not values remembered from before the start).
//
// RUN: %clang --target=thumbv7em-none-eabi -mcpu=cortex-m4 -ffreestanding -O2 -S -o - -I %src_root/runtime/src/cortex-m %s | FileCheck %s
//
// Negative control: the same register sequence without the fences. The
// buffer holds 16-bit samples, which C's aliasing rules say no access
// through a `volatile uint32_t` register can change; the optimizer then
// forwards the values stored before the start to the reads after the wait:
// no load of the buffer is left, and the "received" data are the constants
// the CPU wrote itself (0x11 + 0x22 = 51). (In this sequence clang keeps
// the stores before the enable write even without fences, so this control
// shows only the load side.)
// RUN: %clang --target=thumbv7em-none-eabi -mcpu=cortex-m4 -ffreestanding -O2 -S -o - -I %src_root/runtime/src/cortex-m -DWITHOUT_FENCES %s | FileCheck %s --check-prefix=NOFENCE

#include "regs.h"

#define CHANNEL (&DMASAFE_CM_DMA->CH[2])
#define UART_DATA 0x40004000u

uint16_t buffer[8];

#ifdef WITHOUT_FENCES
static void start(uint32_t src, uint32_t dst, uint32_t count, uint32_t ctrl) {
  CHANNEL->SRC = src;
  CHANNEL->DST = dst;
  CHANNEL->COUNT = count;
  CHANNEL->CTRL = ctrl | DMASAFE_CM_CTRL_EN;
}
static void wait(void) {
  while (CHANNEL->STATUS & DMASAFE_CM_STATUS_BUSY) {
  }
}
#else
static void start(uint32_t src, uint32_t dst, uint32_t count, uint32_t ctrl) {
  dmasafe_cm_start(CHANNEL, src, dst, count, ctrl);
}
static void wait(void) { (void)dmasafe_cm_wait(CHANNEL); }
#endif

// A loopback: send two bytes, then read back what the engine put there.
int send_then_read_back(void) {
  buffer[0] = 0x11;
  buffer[1] = 0x22;
  start((uint32_t)(uintptr_t)buffer, UART_DATA, 2, DMASAFE_CM_CTRL_DIR_M2M);
  wait();
  return buffer[0] + buffer[1];
}

// The buffer stores (both samples in one word with LLVM 19, two `strh`
// with 14 to 16), then the barrier, then the enable write (CTRL = M2M | EN = 5),
// then the wait loop, the barrier, and real loads of the buffer.
// CHECK-LABEL: send_then_read_back:
// CHECK:       str{{h?}} {{r[0-9]+}}, {{\[}}[[BUF:r[0-9]+]]{{\]}}
// CHECK-NOT:   ldr{{.*}}{{\[}}[[BUF]]
// CHECK:       dsb
// CHECK-NOT:   {{\[}}[[BUF]]
// CHECK:       movs [[EN:r[0-9]+]], #5
// CHECK-NEXT:  str [[EN]]
// CHECK-NEXT:  [[LOOP:\.LBB[0-9_]+]]:
// CHECK-NOT:   {{\[}}[[BUF]]
// CHECK:       bne [[LOOP]]
// CHECK-NOT:   {{\[}}[[BUF]]
// CHECK:       dsb
// CHECK:       ldrh {{r[0-9]+}}, {{\[}}[[BUF]]{{\]}}
// CHECK:       ldrh {{r[0-9]+}}, {{\[}}[[BUF]], #2]
// CHECK:       bx lr

// NOFENCE-LABEL: send_then_read_back:
// NOFENCE-NOT:   dsb
// NOFENCE-NOT:   ldrh
// NOFENCE:       movs r0, #51
// NOFENCE-NEXT:  bx lr
