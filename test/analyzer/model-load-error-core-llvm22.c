// clang 22's analyzer runs the other checkers on a unit whose model file
// failed to load (up to 19 it analyzes nothing: model-load-error-core.c);
// dmasafe's own checkers stay silent on every version (model-load-error.c).
// docs/guide.md, "LLVM versions".
// REQUIRES: llvm-22
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe %s \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%S/Inputs/does-not-exist.yaml' 2>&1 \
// RUN:   | FileCheck %s
// CHECK: error: dmasafe: {{.*}}does-not-exist.yaml: cannot read model file
// CHECK: model-load-error-core-llvm22.c:[[@LINE+4]]:10: warning: Dereference of null pointer {{.*}} [core.NullDereference]

int *null_deref(void) {
  int *p = 0;
  return *p ? p : 0;
}
