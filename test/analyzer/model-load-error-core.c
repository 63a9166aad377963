// After a model file fails to load, clang up to 19 analyzes nothing: its
// analyzer skips a unit with errors (model-load-error-core-llvm22.c: clang 22
// still runs the other checkers; dmasafe's stay silent on every version,
// model-load-error.c). docs/guide.md, "LLVM versions".
// UNSUPPORTED: llvm-22
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe %s \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%S/Inputs/does-not-exist.yaml' 2>&1 \
// RUN:   | FileCheck %s
// CHECK: error: dmasafe: {{.*}}does-not-exist.yaml: cannot read model file
// CHECK-NOT: warning:

int *null_deref(void) {
  int *p = 0;
  return *p ? p : 0; // a core.NullDereference if the unit were analyzed
}
