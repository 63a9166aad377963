// A model file is parsed only when the unit mentions a name it describes
// (a function's `name:`, a register block's `block:`): a file that uses no
// modelled API pays for no model (bench/fixed-cost). Both front-ends.
// DEFINE: %{analyze} = %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe %s
// DEFINE: %{tidy} = %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-in-flight-access' %s
// DEFINE: %{in} = %S/Inputs/loading
//
// A broken model for functions this unit never names is not read: no
// error, and the used model reports the bug.
// RUN: %{analyze} -analyzer-config "dmasafe.DmaModeling:ModelFiles=%{in}/used.yaml;%{in}/unused-broken.yaml" 2>&1 | FileCheck %s --check-prefix=FOUND --implicit-check-not=error:
// RUN: %{tidy} -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%{in}/used.yaml;%{in}/unused-broken.yaml'}]}" -- 2>&1 | FileCheck %s --check-prefix=TIDY_FOUND --implicit-check-not=error:
// FOUND: model-loading.c:[[@LINE+39]]:{{[0-9]+}}: warning: Write to 'tx' while a DMA transfer (memory-to-device) is in flight
// TIDY_FOUND: model-loading.c:[[@LINE+38]]:{{[0-9]+}}: warning: write to 'tx' while a DMA transfer (memory-to-device) is in flight
//
// ParseUnusedModels validates every file: the error, and (analyzer) no
// finding from half a model.
// RUN: not %{analyze} -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config "dmasafe.DmaModeling:ModelFiles=%{in}/used.yaml;%{in}/unused-broken.yaml" 2>&1 | FileCheck %s --check-prefix=ALL --implicit-check-not=warning:
// RUN: not %{tidy} -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%{in}/used.yaml;%{in}/unused-broken.yaml'}, {key: DmasafeParseUnusedModels, value: true}]}" -- 2>&1 | FileCheck %s --check-prefix=TIDY_ALL
// ALL: error: dmasafe: {{.*}}unused-broken.yaml:4:11: unknown role
// TIDY_ALL: error: dmasafe: cannot load model file: {{.*}}unused-broken.yaml:4:11: unknown role
//
// A broken model for a function the unit names is read when it is needed
// and is an error like any other.
// RUN: not %{analyze} -DUSE_PROBE -analyzer-config "dmasafe.DmaModeling:ModelFiles=%{in}/used.yaml;%{in}/used-broken.yaml" 2>&1 | FileCheck %s --check-prefix=USED --implicit-check-not=warning:
// RUN: not %{tidy} -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%{in}/used.yaml;%{in}/used-broken.yaml'}]}" -- -DUSE_PROBE 2>&1 | FileCheck %s --check-prefix=TIDY_USED
// USED: error: dmasafe: {{.*}}used-broken.yaml:4:11: unknown role
// TIDY_USED: error: dmasafe: cannot load model file: {{.*}}used-broken.yaml:4:11: unknown role
//
// A name a text scan cannot read (an escape) makes the file parsed anyway.
// RUN: %{analyze} -DUSE_RX -analyzer-config "dmasafe.DmaModeling:ModelFiles=%{in}/escaped.yaml" 2>&1 | FileCheck %s --check-prefix=ESCAPED --implicit-check-not=error:
// ESCAPED: model-loading.c:[[@LINE+28]]:{{[0-9]+}}: warning: Read of 'rx' while a DMA transfer (device-to-memory) is in flight

typedef __SIZE_TYPE__ size_t;
struct port;
int lazy_tx(struct port *p, const unsigned char *buf, size_t n);
int lazy_wait(struct port *p);
#ifdef USE_PROBE
int lazy_probe(struct port *p);
#endif
#ifdef USE_RX
int lazy_rx(struct port *p, unsigned char *buf, size_t n);
#endif

static unsigned char tx[8];

void write_in_flight(struct port *p) {
#ifdef USE_PROBE
  lazy_probe(p);
#endif
  lazy_tx(p, tx, sizeof tx);
  tx[0] = 1;
  lazy_wait(p);
}

#ifdef USE_RX
static unsigned char rx[8];
int read_in_flight(struct port *p) {
  lazy_rx(p, rx, sizeof rx);
  return rx[0];
}
#endif
