// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-annotation-misuse' %s -- -I %annotations_include 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'
#include <dmasafe/annotations.h>
#include <stddef.h>

struct dev;

int send_int(struct dev *d DMA_HANDLE, int value DMA_OWNED_TX, size_t n DMA_LEN);
// CHECK-MESSAGES: :[[@LINE-1]]:50: warning: DMA_OWNED on parameter 'value' of type 'int', which is not a pointer [dmasafe-annotation-misuse]
// CHECK-MESSAGES: :[[@LINE-2]]:50: warning: a direction on parameter 'value' that is not DMA_OWNED [dmasafe-annotation-misuse]

int send_len(struct dev *d DMA_HANDLE, const void *buf DMA_OWNED_TX DMA_LEN_ARG(7), size_t n);
// CHECK-MESSAGES: :[[@LINE-1]]:69: warning: DMA_LEN_ARG(7) is out of range: 'send_len' has 3 parameters (indices start at 1)

DMA_WAITS void wait_without_handle(struct dev *d);
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: 'wait_without_handle' is marked wait but has no DMA_HANDLE parameter naming the transfer

DMA_POLL_BUSY DMA_POLL_DONE int poll_both(struct dev *d DMA_HANDLE);
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'poll_both' is marked both DMA_POLL_BUSY and DMA_POLL_DONE

/* Redeclarations add markers; problems are reported once. */
DMA_ABORTS void stop(struct dev *d);
DMA_ABORTS void stop(struct dev *d);
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: 'stop' is marked abort but has no DMA_HANDLE parameter

/* Markers on storage that does not take them. */
static unsigned char pool[64] DMA_OWNED;
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'owned' does not apply to a variable ('pool'); only DMA_STABLE and DMA_COMPLETION_FLAG mark storage [dmasafe-annotation-misuse]
struct regs { volatile int done DMA_COMPLETION_FLAG; };
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: DMA_COMPLETION_FLAG on 'done', which is not a global or static variable
static unsigned char armed_pool[64] DMA_TRIGGERS;
// CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'triggers' does not apply to a variable ('armed_pool'); only DMA_STABLE and DMA_COMPLETION_FLAG mark storage [dmasafe-annotation-misuse]
static int unknown_marker __attribute__((annotate("dmasafe:stabel")));
// CHECK-MESSAGES: :[[@LINE-1]]:42: warning: unknown annotation 'dmasafe:stabel'

void local_flag(void) {
  volatile int done DMA_COMPLETION_FLAG = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: DMA_COMPLETION_FLAG on 'done', which is not a global or static variable
  (void)done;
}

/* Correct annotations: nothing to say. */
DMA_SUCCESS_RETURNS(0)
int good_send(struct dev *d DMA_HANDLE, const void *buf DMA_OWNED_TX, size_t n DMA_LEN);
DMA_WAITS void good_wait(struct dev *d DMA_HANDLE);
DMA_POLL_DONE int good_done(struct dev *d DMA_HANDLE);
volatile int good_flag DMA_COMPLETION_FLAG;
static unsigned char good_pool[64] DMA_STABLE;
typedef struct { unsigned char b[32]; } DMA_STABLE dma_block;
int other_annotation __attribute__((annotate("not-dmasafe")));
