// C++ reaches the same checks through C headers: templates (analysed by
// instantiation only), lambdas, overloaded operators must not crash them.
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-*' %s -- -std=c++17 -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
extern "C" {
#include "dma_api.h"
}

struct uart U;

template <class T> void send_object(T &obj) {
  uart_send_dma(&U, &obj, sizeof(T));
  uart_wait(&U);
  static unsigned char fixed[4];
  uart_send_dma(&U, fixed, sizeof(T) * 2);
  // CHECK: robustness.cpp:[[@LINE-1]]:21: warning: DMA transfer of 8 bytes by 'uart_send_dma' overruns 'fixed', which has 4 bytes [dmasafe-transfer-length]
  uart_wait(&U);
}

struct Pair { int a, b; };
bool operator==(const Pair &x, const Pair &y) { return x.a == y.a; }

int operators_in_analysed_function() {
  static unsigned char rx[4];
  Pair p{1, 2}, q{1, 3};
  uart_recv_dma(&U, rx, sizeof rx);
  bool same = p == q;
  uart_wait(&U);
  return same + rx[0];
}

void use() {
  int i = 0;
  send_object(i);
  auto lambda = [](unsigned char *p) { uart_recv_dma(&U, p, 4); uart_wait(&U); };
  unsigned char b[4];
  lambda(b);
  Pair p{1, 2}, q{1, 3};
  (void)(p == q);
}
