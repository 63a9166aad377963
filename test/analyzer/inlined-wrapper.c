// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-output=text -verify %s -I %annotations_include

// Callees without a contract are inlined: a helper wrapping a start in the
// same translation unit starts the transfer in its caller's state.
#include <dmasafe/annotations.h>
typedef __SIZE_TYPE__ size_t;

DMA_SUCCESS_RETURNS(0)
int adc_start(int ch DMA_HANDLE, short *dst DMA_OWNED_RX, size_t n DMA_LEN_UNITS(2));
DMA_WAITS void adc_wait(int ch DMA_HANDLE);

static short samples[64];

static int begin_capture(short *dst, size_t n) {
  return adc_start(0, dst, n); // expected-note{{DMA transfer (device-to-memory) of 'samples' started here}}
}

static void end_capture(void) { adc_wait(0); }

int read_during_wrapped_capture(void) {
  if (begin_capture(samples, 64) != 0) // expected-note{{Calling 'begin_capture'}} expected-note{{Assuming the condition is false}}
                                       // expected-note@-1{{Returning from 'begin_capture'}}
                                       // expected-note@-2{{Taking false branch}}
    return -1;
  int s = samples[10]; // expected-warning{{Read of 'samples' while a DMA transfer (device-to-memory) is in flight}}
                       // expected-note@-1{{Read of 'samples'}} expected-note@-1{{wait for the transfer}}
  end_capture();
  return s;
}

int read_after_wrapped_wait_ok(void) {
  if (begin_capture(samples, 64) != 0)
    return -1;
  end_capture();
  return samples[10]; // no-warning
}

// A contract wins over a body: the body below writes the buffer, but the
// analyzer evaluates the call from its annotations.
DMA_SUCCESS_RETURNS(0)
static inline int vendor_start(int ch DMA_HANDLE, char *buf DMA_OWNED_TX, size_t n DMA_LEN) {
  buf[0] = 0x55;
  return 0;
}
char frame[8];
int contract_wins_over_body(void) {
  int r = vendor_start(1, frame, sizeof frame); // no-warning
  adc_wait(1);
  return r;
}
