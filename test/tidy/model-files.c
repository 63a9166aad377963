// Model files come from the global option DmasafeModelFiles (';'-separated)
// and feed every check, exactly as annotations do.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-*' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%S/Inputs/vendor-uart.yaml'}]}" %s -- 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'
// Without the model the vendor functions are unknown: nothing is reported.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-*' %s -- 2>&1 | FileCheck %s --check-prefix=NOMODEL --allow-empty
// NOMODEL-NOT: {{warning|error}}:
// A model that does not load is an error naming file:line:col, whichever
// dmasafe check is enabled, and clang-tidy fails.
// RUN: not %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-transfer-length' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%S/Inputs/vendor-uart.yaml;%S/Inputs/bad-model.yaml'}, {key: DmasafeParseUnusedModels, value: true}]}" %s -- 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: error: dmasafe: cannot load model file: {{.*}}bad-model.yaml:4:{{[0-9]+}}: {{.*}} [dmasafe-transfer-length]
// RUN: not %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-unfit-storage' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%S/Inputs/missing.yaml'}]}" %s -- 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: error: dmasafe: cannot load model file: {{.*}}missing.yaml{{.*}} [dmasafe-unfit-storage]

typedef struct { int instance; } VND_UART_Handle;
int VND_UART_SendDMA(VND_UART_Handle *h, const unsigned char *data, unsigned short size);
int VND_UART_ReceiveDMA(VND_UART_Handle *h, unsigned char *data, unsigned short size);
int VND_UART_WaitDMA(VND_UART_Handle *h);

VND_UART_Handle huart;
static unsigned char rx[16];

int receive_then_peek(void) {
  VND_UART_ReceiveDMA(&huart, rx, sizeof rx);
  int first = rx[0];
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  VND_UART_WaitDMA(&huart);
  return first;
}

void send_from_stack(void) {
  unsigned char msg[8] = {0};
  if (VND_UART_SendDMA(&huart, msg, 12) != 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: DMA transfer of 12 bytes by 'VND_UART_SendDMA' overruns 'msg', which has 8 bytes [dmasafe-transfer-length]
    return;
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: returning from 'send_from_stack' while a DMA transfer (memory-to-device) of its stack buffer 'msg' is in flight [dmasafe-release-in-flight]

void send_and_wait_ok(void) {
  unsigned char msg[8] = {0};
  VND_UART_SendDMA(&huart, msg, sizeof msg);
  VND_UART_WaitDMA(&huart);
}

// A start with a trigger argument starts only when it is nonzero.
void VND_DMA_SetReadAddr(int ch, const unsigned char *src, int trigger);
void VND_DMA_Wait(int ch);
static unsigned char src[16];

void trigger_constant_false_ok(void) {
  unsigned char local[4];
  VND_DMA_SetReadAddr(0, local, 0); // armed, not started
  src[0] = 1;
}

void trigger_variable(int go) {
  unsigned char local[4];
  VND_DMA_SetReadAddr(1, src, go);
  src[0] = 1; // started on some paths only: not reported
  VND_DMA_SetReadAddr(2, local, go);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: returning from 'trigger_variable' while a DMA transfer (memory-to-device) of its stack buffer 'local' may still be in flight [dmasafe-release-in-flight]

void trigger_constant_true(void) {
  VND_DMA_SetReadAddr(3, src, 1);
  src[0] = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: write to 'src' while a DMA transfer (memory-to-device) is in flight [dmasafe-in-flight-access]
  VND_DMA_Wait(3);
}
