// A blocking transfer (role `transfer`: ChibiOS spiSend/spiExchange) hands
// its buffers to the engine for the length of the call: clang-tidy checks
// its length as it does a start's (issue 11; the analyzer always did).
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-transfer-length' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/chibios-spi-v1.yaml'}]}" %s -- -I %S/../models/Inputs/chibios 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
#include "hal_spi_v1.h"

static unsigned char txbuf[32];
static unsigned char rxbuf[16];

void send_too_long(void) {
  spiSend(&SPID1, 64, txbuf);
  // CHECK: :[[@LINE-1]]:23: warning: DMA transfer of 64 bytes by 'spiSend' overruns 'txbuf', which has 32 bytes [dmasafe-transfer-length]
  // CHECK: :7:22: note: 'txbuf' declared here
}

void exchange_longer_than_receive_buffer(void) {
  spiExchange(&SPID1, sizeof txbuf, txbuf, rxbuf);
  // CHECK: :[[@LINE-1]]:44: warning: DMA transfer of 32 bytes by 'spiExchange' overruns 'rxbuf', which has 16 bytes [dmasafe-transfer-length]
  // CHECK: :8:22: note: 'rxbuf' declared here
}

void exact_ok(void) {
  spiSend(&SPID1, sizeof txbuf, txbuf);
  spiExchange(&SPID1, sizeof rxbuf, txbuf, rxbuf);
}
