// Members of one union are the same bytes: a transfer on one owns the
// others (tidy missed this while the analyzer saw it, issue 9). Members of
// a struct are distinct, anonymous unions included.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' %s -- -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
#include "dma_api.h"

struct uart U;
union frame { unsigned char bytes[16]; unsigned words[4]; };
static union frame rxf;
struct pair { unsigned char a[8]; unsigned char b[8]; };
static struct pair two;
struct packet {
  int kind;
  union { unsigned char raw[8]; unsigned short half[4]; };
};
static struct packet pk;

unsigned union_other_member_read_in_flight(void) {
  uart_recv_dma(&U, rxf.bytes, sizeof rxf.bytes);
  unsigned w = rxf.words[0];
  // CHECK: :[[@LINE-1]]:16: warning: read of 'rxf.bytes' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  uart_wait(&U);
  return w;
}

unsigned union_other_member_after_wait_ok(void) {
  uart_recv_dma(&U, rxf.bytes, sizeof rxf.bytes);
  uart_wait(&U);
  return rxf.words[1];
}

unsigned struct_other_member_read_ok(void) {
  uart_recv_dma(&U, two.a, sizeof two.a);
  unsigned v = two.b[0];
  uart_wait(&U);
  return v;
}

unsigned anonymous_union_member_read_in_flight(void) {
  uart_recv_dma(&U, pk.raw, sizeof pk.raw);
  unsigned h = pk.half[1];
  // CHECK: :[[@LINE-1]]:16: warning: read of 'pk.raw' while a DMA transfer (device-to-memory) is in flight [dmasafe-in-flight-access]
  uart_wait(&U);
  return h;
}

int anonymous_union_beside_member_ok(void) {
  uart_recv_dma(&U, pk.raw, sizeof pk.raw);
  int k = pk.kind;
  uart_wait(&U);
  return k;
}
