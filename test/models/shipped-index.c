// The plugins embed the names of the shipped models, scanned at build time
// (api/ShippedModelIndex.h): a model file that is byte for byte a shipped
// one is not scanned again. An edited copy is not found in that index: it
// is scanned, and a function added to it is used by both front-ends.
// DEFINE: %{index} = %build_root/bin/dmasafe-model-index
// DEFINE: %{analyze} = %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe %s
// DEFINE: %{tidy} = %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' %s
//
// Every shipped model is in the index, with the names a scan finds.
// RUN: %{index} %models_dir/*.yaml | FileCheck %s --check-prefix=SHIPPED --implicit-check-not=scanned --implicit-check-not=parsed --implicit-check-not=mismatch
// SHIPPED: zephyr.yaml: shipped, {{[1-9][0-9]*}} names
//
// A unit parses only the entries of a shipped model it names (and those a
// front-end enumerates): for every function of every shipped model, that
// gives the contract the whole file gives.
// RUN: %{index} --check-entries %models_dir/*.yaml | FileCheck %s --check-prefix=ENTRIES --implicit-check-not=differs --implicit-check-not="no entry" --implicit-check-not="not a shipped"
// ENTRIES: stm32-hal.yaml: entries ok, {{[1-9][0-9]*}} entries
//
// RUN: rm -rf %t && mkdir %t && cp %models_dir/zephyr.yaml %t/zephyr.yaml
// RUN: cat %S/Inputs/shipped-index/board-entry.yaml >> %t/zephyr.yaml
// RUN: %{index} --names %t/zephyr.yaml | FileCheck %s --check-prefix=EDITED
// EDITED: zephyr.yaml: scanned
// EDITED: board_dma_tx
// An edited copy is no shipped model: it is parsed whole.
// RUN: not %{index} --check-entries %t/zephyr.yaml | FileCheck %s --check-prefix=NOT_SHIPPED
// NOT_SHIPPED: zephyr.yaml: not a shipped model
//
// RUN: %{analyze} -analyzer-config "dmasafe.DmaModeling:ModelFiles=%t/zephyr.yaml" 2>&1 | FileCheck %s --check-prefix=FOUND
// RUN: %{tidy} -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%t/zephyr.yaml'}]}" -- 2>&1 | FileCheck %s --check-prefix=TIDY_FOUND
// FOUND: shipped-index.c:[[@LINE+30]]:{{[0-9]+}}: warning: Write to 'tx' while a DMA transfer (memory-to-device) is in flight
// TIDY_FOUND: shipped-index.c:[[@LINE+29]]:{{[0-9]+}}: warning: write to 'tx' while a DMA transfer (memory-to-device) is in flight
//
// The shipped file itself describes no board_dma_tx: nothing to report.
// RUN: %{analyze} -analyzer-config "dmasafe.DmaModeling:ModelFiles=%models_dir/zephyr.yaml" 2>&1 | FileCheck %s --check-prefix=NONE --allow-empty
// RUN: %{tidy} -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/zephyr.yaml'}]}" -- 2>&1 | FileCheck %s --check-prefix=NONE --allow-empty
// NONE-NOT: warning:
//
// The build refuses to ship a model a scan cannot index (an escape).
// RUN: not %build_root/bin/dmasafe-index-models %t/index.inc %S/Inputs/loading/escaped.yaml 2>&1 | FileCheck %s --check-prefix=UNINDEXABLE
// UNINDEXABLE: dmasafe-index-models: {{.*}}escaped.yaml: a shipped model must name its functions and blocks with plain or quoted identifiers
//
// The plugins skip the shape check of a shipped model, so the build runs it.
// RUN: not %build_root/bin/dmasafe-index-models %t/index.inc %S/Inputs/shape/role-no-value.yaml 2>&1 | FileCheck %s --check-prefix=BAD_SHAPE
// BAD_SHAPE: dmasafe-index-models: {{.*}}role-no-value.yaml:4:5: 'role' has no value (null)
//
// An entry of a shipped model names one function, or a unit could not
// tell whether it uses it.
// RUN: not %build_root/bin/dmasafe-index-models %t/index.inc %S/Inputs/shipped-index/entry-without-name.yaml 2>&1 | FileCheck %s --check-prefix=NO_NAME
// NO_NAME: dmasafe-index-models: {{.*}}entry-without-name.yaml:6: a shipped model's entry names one function

typedef __SIZE_TYPE__ size_t;
struct board;
int board_dma_tx(struct board *b, const unsigned char *buf, size_t n);
int board_dma_wait(struct board *b);

static unsigned char tx[8];

void write_in_flight(struct board *b) {
  board_dma_tx(b, tx, sizeof tx);
  tx[0] = 1;
}
