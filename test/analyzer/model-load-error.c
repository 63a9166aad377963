// A model file that cannot be loaded is a compile error, and dmasafe
// analyzes nothing with half a model (model-load-error-core.c: whether the
// analyzer's other checkers still run depends on the LLVM version).
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe %s \
// RUN:   -I %annotations_include \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%S/Inputs/does-not-exist.yaml' 2>&1 | FileCheck %s
// CHECK: error: dmasafe: {{.*}}does-not-exist.yaml: cannot read model file
// CHECK-NOT: [dmasafe.

#include <dmasafe/annotations.h>

void uart_tx(char *buf DMA_OWNED_TX, unsigned n DMA_LEN);

char line[8];

void write_in_flight(void) {
  uart_tx(line, sizeof line);
  line[0] = 'x'; // an InFlightAccess if anything of dmasafe ran
}
