// A model file that cannot be loaded is a compile error, and nothing is
// analyzed with half a model.
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe %s \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%S/Inputs/does-not-exist.yaml' 2>&1 | FileCheck %s
// CHECK: error: dmasafe: {{.*}}does-not-exist.yaml: cannot read model file
// CHECK-NOT: warning:

int *null_deref(void) {
  int *p = 0;
  return *p ? p : 0; // would be a core warning if anything were analyzed
}
