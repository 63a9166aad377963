// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -verify -verify-ignore-unexpected=note %s -I %annotations_include

// The annotations of an API that configures a channel first and starts it
// later (DMA_ARMS / DMA_TRIGGERS / DMA_SUSPENDS), and of an RTOS whose
// completion callback gives a semaphore (DMA_SIGNALS / DMA_WAITS_SIGNAL).
#include <dmasafe/annotations.h>
typedef __SIZE_TYPE__ size_t;

DMA_ARMS DMA_SUCCESS_RETURNS(0)
int dma_setup(int chan DMA_HANDLE, const void *src DMA_OWNED_TX, size_t n DMA_LEN);
DMA_TRIGGERS void dma_go(int chan DMA_HANDLE);
DMA_SUSPENDS void dma_pause(int chan DMA_HANDLE);
DMA_WAITS void dma_wait(int chan DMA_HANDLE);

struct os_sem { int count; };
DMA_SIGNALS void os_sem_give(struct os_sem *s DMA_HANDLE);
DMA_WAITS_SIGNAL DMA_SUCCESS_RETURNS(0) int os_sem_take(struct os_sem *s DMA_HANDLE, int ms);
DMA_WAITS_SIGNAL int os_notify_take(int ms);

static unsigned char frame[32];
static struct os_sem frame_sent;
static struct os_sem other;

DMA_COMPLETION_CALLBACK void dma_irq(void) { os_sem_give(&frame_sent); }
void post_other(void) { os_sem_give(&other); }

void fill_between_setup_and_go_ok(void) {
  if (dma_setup(1, frame, sizeof frame) != 0)
    return;
  frame[0] = 1; // no-warning: armed, not running
  dma_go(1);
  dma_wait(1);
}

void write_after_go(void) {
  if (dma_setup(1, frame, sizeof frame) != 0)
    return;
  dma_go(1);
  frame[0] = 1; // expected-warning{{Write to 'frame' while a DMA transfer (memory-to-device) is in flight}}
}

void write_while_paused_ok(void) {
  if (dma_setup(2, frame, sizeof frame) != 0)
    return;
  dma_go(2);
  dma_pause(2);
  frame[1] = 1; // no-warning: suspended
  dma_go(2);
  frame[1] = 2; // expected-warning{{Write to 'frame' while a DMA transfer (memory-to-device) is in flight}}
}

void take_the_callbacks_semaphore_ok(void) {
  if (dma_setup(3, frame, sizeof frame) != 0)
    return;
  dma_go(3);
  if (os_sem_take(&frame_sent, 100) != 0)
    return;
  frame[0] = 1; // no-warning: dma_irq gave frame_sent
}

void take_another_semaphore(void) {
  if (dma_setup(3, frame, sizeof frame) != 0)
    return;
  dma_go(3);
  os_sem_take(&other, 100);
  frame[0] = 1; // expected-warning{{Write to 'frame' while a DMA transfer (memory-to-device) is in flight}}
}

void notification_names_no_object_ok(void) {
  if (dma_setup(4, frame, sizeof frame) != 0)
    return;
  dma_go(4);
  os_notify_take(100);
  frame[0] = 1; // no-warning: completes everything it may stand for
}

DMA_ARMS void arms_nothing(int chan DMA_HANDLE); // expected-warning{{DMA_ARMS on 'arms_nothing', which has no DMA_OWNED parameter to set up}}
DMA_ARMS void arms_without_handle(void *p DMA_OWNED); // expected-warning{{DMA_ARMS on 'arms_without_handle', which has no DMA_HANDLE parameter a trigger could name}}
DMA_TRIGGERS void trigger_without_handle(int chan); // expected-warning{{'trigger_without_handle' is marked trigger but has no DMA_HANDLE parameter naming the transfer}}
DMA_SIGNALS DMA_WAITS void signal_and_wait(struct os_sem *s DMA_HANDLE); // expected-warning{{'signal_and_wait' is marked signal and has other roles; a function that gives or takes a kernel object does only that}}
