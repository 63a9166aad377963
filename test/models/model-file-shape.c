// A model file is read only when it is a regular file of at most 1 MiB whose
// lists and mappings nest at most 32 deep, and null is never taken for a
// value. Everything else is a located error, from both front-ends, before
// YAML parsing starts: no stack overflow, no endless read, no silent accept.
//
// RUN: rm -rf %t && mkdir -p %t && %python %S/Inputs/shape/make-hostile.py %t
// RUN: mkfifo %t/fifo.yaml && mkdir %t/dir.yaml
// RUN: ln -s loop-b.yaml %t/loop-a.yaml && ln -s loop-a.yaml %t/loop-b.yaml
// RUN: ln -s %S/Inputs/shape/demo.yaml %t/link.yaml
//
// DEFINE: %{analyze} = %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe %s -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=
// RUN: not %{analyze}%t/deep-flow.yaml 2>&1 | FileCheck %s --check-prefix=DEEP_FLOW
// DEEP_FLOW: error: dmasafe: {{.*}}deep-flow.yaml:3:46: lists and mappings nest deeper than 32 levels; a model file needs at most 6
// RUN: not %{analyze}%t/deep-block.yaml 2>&1 | FileCheck %s --check-prefix=DEEP_BLOCK
// DEEP_BLOCK: error: dmasafe: {{.*}}deep-block.yaml:4:65: lists and mappings nest deeper than 32 levels
// RUN: not %{analyze}%t/nest-33.yaml 2>&1 | FileCheck %s --check-prefix=NEST_33
// NEST_33: error: dmasafe: {{.*}}nest-33.yaml:3:46: lists and mappings nest deeper than 32 levels
// At the limit the shape passes; the format then says what is wrong.
// RUN: not %{analyze}%t/nest-32.yaml 2>&1 | FileCheck %s --check-prefix=NEST_32 --implicit-check-not=deeper
// NEST_32: error: dmasafe: {{.*}}nest-32.yaml:3:15: unexpected scalar
// RUN: not %{analyze}%t/big.yaml 2>&1 | FileCheck %s --check-prefix=BIG
// BIG: error: dmasafe: {{.*}}big.yaml: the model file is 1048664 bytes; the limit is 1048576 (1 MiB)
// RUN: not %{analyze}%t/fifo.yaml 2>&1 | FileCheck %s --check-prefix=FIFO
// FIFO: error: dmasafe: {{.*}}fifo.yaml: cannot read model file: it is a FIFO (named pipe), not a regular file
// RUN: not %{analyze}/dev/zero 2>&1 | FileCheck %s --check-prefix=DEV_ZERO
// DEV_ZERO: error: dmasafe: /dev/zero: cannot read model file: it is a character device, not a regular file
// RUN: not %{analyze}%t/dir.yaml 2>&1 | FileCheck %s --check-prefix=DIR
// DIR: error: dmasafe: {{.*}}dir.yaml: cannot read model file: it is a directory, not a regular file
// RUN: not %{analyze}%t/loop-a.yaml 2>&1 | FileCheck %s --check-prefix=LOOP
// LOOP: error: dmasafe: {{.*}}loop-a.yaml: cannot read model file: Too many levels of symbolic links
// RUN: not %{analyze}%S/Inputs/shape/functions-null.yaml 2>&1 | FileCheck %s --check-prefix=FUNCTIONS_NULL
// FUNCTIONS_NULL: error: dmasafe: {{.*}}functions-null.yaml:2:1: 'functions' has no value (null); give it one, or leave the key out where it is optional
// RUN: not %{analyze}%S/Inputs/shape/functions-tilde.yaml 2>&1 | FileCheck %s --check-prefix=FUNCTIONS_TILDE
// FUNCTIONS_TILDE: error: dmasafe: {{.*}}functions-tilde.yaml:2:1: 'functions' has no value (null)
// RUN: not %{analyze}%S/Inputs/shape/functions-empty.yaml 2>&1 | FileCheck %s --check-prefix=FUNCTIONS_EMPTY
// FUNCTIONS_EMPTY: error: dmasafe: {{.*}}functions-empty.yaml:2:1: 'functions' has no value (null)
// RUN: not %{analyze}%S/Inputs/shape/role-no-value.yaml 2>&1 | FileCheck %s --check-prefix=ROLE_NO_VALUE
// ROLE_NO_VALUE: error: dmasafe: {{.*}}role-no-value.yaml:4:5: 'role' has no value (null)
// RUN: not %{analyze}%S/Inputs/shape/buffers-null.yaml 2>&1 | FileCheck %s --check-prefix=BUFFERS_NULL
// BUFFERS_NULL: error: dmasafe: {{.*}}buffers-null.yaml:5:5: 'buffers' has no value (null)
// RUN: not %{analyze}%S/Inputs/shape/empty-entry.yaml 2>&1 | FileCheck %s --check-prefix=EMPTY_ENTRY
// EMPTY_ENTRY: error: dmasafe: {{.*}}empty-entry.yaml:{{[67]}}:{{[0-9]+}}: an empty list entry; remove it or give it a value
//
// Negative: an explicit empty list, a symlink to a good file, and the good
// file itself are read (and the model finds the bug below).
// RUN: %{analyze}%S/Inputs/shape/no-functions.yaml 2>&1 | FileCheck %s --allow-empty --check-prefix=SILENT --implicit-check-not=error:
// SILENT-NOT: warning:
// RUN: %{analyze}%t/link.yaml 2>&1 | FileCheck %s --check-prefix=FOUND --implicit-check-not=error:
// FOUND: warning: Write to 'tx' while a DMA transfer (memory-to-device) is in flight
//
// clang-tidy reads model files the same way.
// DEFINE: %{tidy} = %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' %s
// RUN: not %{tidy} -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%t/deep-flow.yaml'}]}" -- 2>&1 | FileCheck %s --check-prefix=TIDY_DEEP
// TIDY_DEEP: error: dmasafe: cannot load model file: {{.*}}deep-flow.yaml:3:46: lists and mappings nest deeper than 32 levels
// RUN: not %{tidy} -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%t/fifo.yaml'}]}" -- 2>&1 | FileCheck %s --check-prefix=TIDY_FIFO
// TIDY_FIFO: error: dmasafe: cannot load model file: {{.*}}fifo.yaml: cannot read model file: it is a FIFO (named pipe), not a regular file
// RUN: not %{tidy} -config="{CheckOptions: [{key: DmasafeModelFiles, value: '/dev/zero'}]}" -- 2>&1 | FileCheck %s --check-prefix=TIDY_DEV_ZERO
// TIDY_DEV_ZERO: error: dmasafe: cannot load model file: /dev/zero: cannot read model file: it is a character device
// RUN: not %{tidy} -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%S/Inputs/shape/functions-null.yaml'}]}" -- 2>&1 | FileCheck %s --check-prefix=TIDY_NULL
// TIDY_NULL: error: dmasafe: cannot load model file: {{.*}}functions-null.yaml:2:1: 'functions' has no value (null)
// RUN: %{tidy} -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%t/link.yaml'}]}" -- 2>&1 | FileCheck %s --check-prefix=TIDY_FOUND
// TIDY_FOUND: warning: write to 'tx' while a DMA transfer (memory-to-device) is in flight

typedef __SIZE_TYPE__ size_t;
struct port;
int demo_tx(struct port *p, const unsigned char *buf, size_t n);
int demo_wait(struct port *p);

static unsigned char tx[8];

void write_in_flight(struct port *p) {
  demo_tx(p, tx, sizeof tx);
  tx[0] = 1;
  demo_wait(p);
}
