// A model entry that does not fit the function's real declaration (index
// past the last parameter, a missing field, a non-integer length, a struct
// handle) is reported at the declaration and not used for it.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/misfit.yaml \
// RUN:   -verify -verify-ignore-unexpected=note %s

struct chan { int id; };
struct desc { const char *p_tx_buffer; int tx_length; };

int start_tx(int ch, const char *buf, int len); // expected-warning{{misfit.yaml:4 entry for 'start_tx' does not fit its declaration: buffer parameter 3 is out of range: the function has 3 parameters (indices start at 0)}}
int start_desc(int ch, const struct desc *d);   // expected-warning{{entry for 'start_desc' does not fit its declaration: buffer parameter 1: 'struct desc' has no member 'p_txbuf' (field path 'p_txbuf')}}
int start_len_ptr(int ch, char *buf, char *len); // expected-warning{{entry for 'start_len_ptr' does not fit its declaration: length parameter 2 has type 'char *', which is not an integer}}
void wait_chan(struct chan c);                   // expected-warning{{entry for 'wait_chan' does not fit its declaration: handle parameter 0 has type 'struct chan'; a handle is a pointer or a channel number}}
int start_ok(int ch, const struct desc *d, int len);
int set_cb_int(int ch, int cb);                  // expected-warning{{entry for 'set_cb_int' does not fit its declaration: callback parameter 1 has type 'int', which is not a function pointer}}
int config_cb_field(int ch, struct desc *d);     // expected-warning{{entry for 'config_cb_field' does not fit its declaration: callback parameter 1: 'struct desc' has no member 'on_done' (field path 'on_done')}}
void start_mask_ptr(int *mask);                  // expected-warning{{entry for 'start_mask_ptr' does not fit its declaration: channel mask parameter 0 has type 'int *', which is not an integer}}
int start_writes_unknown_member(int ch, struct desc *d); // expected-warning{{entry for 'start_writes_unknown_member' does not fit its declaration: writes parameter 1: 'struct desc' has no member 'status' (field path 'status')}}
int start_writes_int(int ch, char *buf); // expected-warning{{entry for 'start_writes_int' does not fit its declaration: writes parameter 0 has type 'int', which is no pointer to a struct}}
int start_len_field_ptr(int ch, const struct desc *d); // expected-warning{{entry for 'start_len_field_ptr' does not fit its declaration: length parameter 1: field 'p_tx_buffer' has type 'const char *', which is not an integer}}

char tx[8];
struct desc d = {tx, 8};

void misfit_model_is_not_used(void) {
  start_tx(1, tx, 8);
  tx[0] = 1; // no-warning: the misfit model is not applied
}

void fitting_model_is_used(void) {
  d.p_tx_buffer = tx;
  start_ok(1, &d, 8);
  tx[0] = 1; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
}
