// A function whose model contract has the wait-signal role blocks until the
// object it names is given (the RTOS models: k_sem_take, xSemaphoreTake...).
// Given by a completion callback, the object completes that callback's
// transfers on the wait's success branch; given only outside callbacks it
// is a lock and completes nothing (as in the analyzer).
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access,dmasafe-release-in-flight' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%S/Inputs/my-rtos.yaml'}]}" %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// Without the model my_wait is an unknown function: the transfer stays in flight.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=NOMODEL --implicit-check-not='{{warning|error}}:'
#include "dma_api.h"

struct my_object { int count; };
int my_wait(struct my_object *obj);
void my_signal(struct my_object *obj);
int my_other_wait(struct my_object *obj);

struct uart U;
static struct my_object rx_done;
static struct my_object done_sem;
static unsigned char rx[32];

DMA_COMPLETION_CALLBACK void uart_done_isr(void) { my_signal(&done_sem); }

int read_after_modelled_wait_ok(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  my_wait(&done_sem);
  return rx[0];
  // NOMODEL: :[[@LINE-1]]:10: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
}

int read_after_failed_wait(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  if (my_wait(&done_sem) != 0)
    return rx[1];
  // CHECK: :[[@LINE-1]]:12: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  // NOMODEL: :[[@LINE-2]]:12: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  return rx[2];
  // NOMODEL: :[[@LINE-1]]:10: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
}

// rx_done is given below, outside any completion callback: a lock.
int read_after_wait_on_lock(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  my_wait(&rx_done);
  return rx[3];
  // CHECK: :[[@LINE-1]]:10: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  // NOMODEL: :[[@LINE-2]]:10: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
}

int read_after_unmodelled_wait(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  my_other_wait(&rx_done);
  return rx[0];
  // CHECK: :[[@LINE-1]]:10: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  // NOMODEL: :[[@LINE-2]]:10: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
}

int read_before_modelled_wait(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  int first = rx[0];
  // CHECK: :[[@LINE-1]]:15: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  // NOMODEL: :[[@LINE-2]]:15: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  my_wait(&rx_done);
  return first;
}

// Giving the object is no completion.
int read_after_signal(void) {
  uart_recv_dma(&U, rx, sizeof rx);
  my_signal(&rx_done);
  return rx[0];
  // CHECK: :[[@LINE-1]]:10: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  // NOMODEL: :[[@LINE-2]]:10: warning: read of 'rx' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
}

void stack_buffer_waited_ok(void) {
  unsigned char frame[8];
  uart_recv_dma(&U, frame, sizeof frame);
  my_wait(&done_sem);
}
