// A completion callback handed over at run time (a contract's `callback`
// parameter, here my_dev_on_complete's) makes what it writes completion
// flags of its API's transfers, like a callback named by its own contract.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%S/Inputs/my-driver.yaml'}]}" %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
#include "dma_api.h"

typedef void (*my_callback)(int status);
void my_dev_on_complete(my_callback cb);
struct my_dev { int id; };
void my_dev_recv(struct my_dev *d, void *buf, size_t n);

struct my_dev U;
static unsigned char rx[32];
static volatile int rx_done, tx_done;

static void rx_complete(int status) { rx_done = 1; }
static void tx_complete(int status) { tx_done = 1; }

void setup(void) { my_dev_on_complete(rx_complete); }

int read_after_flag_ok(void) {
  rx_done = 0;
  my_dev_recv(&U, rx, sizeof rx);
  while (!rx_done) {
  }
  return rx[0];
}

// tx_complete is never registered: its flag says nothing.
int read_after_unregistered_flag(void) {
  tx_done = 0;
  my_dev_recv(&U, rx, sizeof rx);
  while (!tx_done) {
  }
  return rx[0];
  // CHECK: :[[@LINE-1]]:10: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
}
