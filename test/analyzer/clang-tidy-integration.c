// The path-sensitive checkers also run inside clang-tidy, as
// clang-analyzer-dmasafe.*: the plugin is loaded with -fplugin (clang-tidy
// strips -Xclang -load) and enabled through clang-tidy's `core` checkers.
// RUN: %clang_tidy --extra-arg=-fplugin=%analyzer_plugin \
// RUN:   -checks='-*,clang-analyzer-core.*,clang-analyzer-dmasafe.*' %s -- \
// RUN:   -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s
// Filtering by clang-tidy check name works as usual:
// RUN: %clang_tidy --extra-arg=-fplugin=%analyzer_plugin \
// RUN:   -checks='-*,clang-analyzer-core.*,clang-analyzer-dmasafe.ReleaseInFlight' %s -- \
// RUN:   -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=RELEASE
// Model files through clang-tidy's analyzer options (CheckOptions with the
// clang-analyzer- prefix); a missing one is an error. The key is quoted: the
// YAML parser of clang-tidy 14 to 16 ends a plain scalar at its ':'.
// RUN: not %clang_tidy --extra-arg=-fplugin=%analyzer_plugin \
// RUN:   -checks='-*,clang-analyzer-core.*,clang-analyzer-dmasafe.*' \
// RUN:   -config="{CheckOptions: [{key: 'clang-analyzer-dmasafe.DmaModeling:ModelFiles', value: '%S/Inputs/missing.yaml'}]}" %s -- \
// RUN:   -I %annotations_include -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=MODEL

#include "dma-api.h"

char rx[16];

int rx_read_before_wait(struct uart *u) {
  if (uart_rx_dma(u, rx, sizeof rx) != 0)
    return -1;
  int c = rx[3];
  // CHECK: clang-tidy-integration.c:[[@LINE-1]]:11: warning: Read of 'rx' while a DMA transfer (device-to-memory) is in flight [clang-analyzer-dmasafe.InFlightAccess]
  // CHECK: note: DMA transfer (device-to-memory) of 'rx' started here
  // RELEASE-NOT: InFlightAccess
  uart_wait(u);
  return c;
}

int rx_read_after_wait_ok(struct uart *u) {
  if (uart_rx_dma(u, rx, sizeof rx) != 0)
    return -1;
  uart_wait(u);
  return rx[3];
}
// CHECK-NOT: clang-tidy-integration.c:[[@LINE-2]]

void stack_buffer_returned(struct uart *u) {
  char buf[8];
  uart_rx_dma(u, buf, sizeof buf);
}
// CHECK: clang-tidy-integration.c:[[@LINE-1]]:1: warning: Returning from 'stack_buffer_returned' {{.*}} [clang-analyzer-dmasafe.ReleaseInFlight]
// RELEASE: clang-tidy-integration.c:[[@LINE-2]]:1: warning: Returning from 'stack_buffer_returned' {{.*}} [clang-analyzer-dmasafe.ReleaseInFlight]
// MODEL: error: dmasafe: {{.*}}missing.yaml: cannot read model file
