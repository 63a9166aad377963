// Source: adafruit/circuitpython commit 2f6f882e04 ("move asm volatile to more clearly be after DMA")
// Codebase: CircuitPython
// Class: barrier order
//
// AnalogIn.value on nRF reads one SAADC sample by EasyDMA into the local
// `value`: nrf_saadc_buffer_init(NRF_SAADC, &value, 1), START, SAMPLE, wait
// for EVENTS_END, STOP. Nothing told the compiler that the engine writes
// `value`; with gcc 13 it folded the read of `value` to its initial 0, so
// every reading was zero. The first workaround put a compiler fence right
// after `value`'s declaration, i.e. before the transfer, where it orders
// nothing the engine does; the fix moves the fence after the wait for
// completion, before `value` is read (an acquire fence after the completion
// is observed).
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi %s
// XFAIL: *
// dmasafe misses this today: [register-level] the SAADC's EasyDMA is programmed by nrf HAL register wrappers (nrf_saadc_buffer_init = RESULT.PTR / RESULT.MAXCNT, nrf_saadc_task_trigger) that no model describes (issue 11 item 1)
// dmasafe misses this today: [no-barrier-check] the read of a DMA destination after completion without a compiler/acquire barrier after the completion is observed is not checked (issue 13 item 5)

#include <stdint.h>

// Stand-in for nrfx's hal/nrf_saadc.h: in nrfx these are static inline
// register accesses (RESULT.PTR, RESULT.MAXCNT, TASKS_*, EVENTS_*).
typedef int16_t nrf_saadc_value_t;
typedef struct NRF_SAADC_Type NRF_SAADC_Type;
#define NRF_SAADC ((NRF_SAADC_Type *)0x40007000UL)
typedef enum { NRF_SAADC_TASK_START, NRF_SAADC_TASK_SAMPLE, NRF_SAADC_TASK_STOP } nrf_saadc_task_t;
typedef enum { NRF_SAADC_EVENT_STARTED, NRF_SAADC_EVENT_END, NRF_SAADC_EVENT_STOPPED } nrf_saadc_event_t;
void nrf_saadc_enable(NRF_SAADC_Type *p_reg);
void nrf_saadc_disable(NRF_SAADC_Type *p_reg);
void nrf_saadc_channel_input_set(NRF_SAADC_Type *p_reg, uint8_t channel, uint32_t pselp, uint32_t pseln);
void nrf_saadc_buffer_init(NRF_SAADC_Type *p_reg, nrf_saadc_value_t *p_buffer, uint32_t size);
void nrf_saadc_task_trigger(NRF_SAADC_Type *p_reg, nrf_saadc_task_t task);
uint32_t nrf_saadc_event_check(NRF_SAADC_Type *p_reg, nrf_saadc_event_t event);
void nrf_saadc_event_clear(NRF_SAADC_Type *p_reg, nrf_saadc_event_t event);

#define CHANNEL_NO 0

static void sample_into(nrf_saadc_value_t *value, uint32_t adc_channel) {
  nrf_saadc_enable(NRF_SAADC);
  nrf_saadc_channel_input_set(NRF_SAADC, CHANNEL_NO, adc_channel, adc_channel);
  nrf_saadc_buffer_init(NRF_SAADC, value, 1);
  nrf_saadc_task_trigger(NRF_SAADC, NRF_SAADC_TASK_START);
  while (nrf_saadc_event_check(NRF_SAADC, NRF_SAADC_EVENT_STARTED) == 0) {
  }
  nrf_saadc_event_clear(NRF_SAADC, NRF_SAADC_EVENT_STARTED);
  nrf_saadc_task_trigger(NRF_SAADC, NRF_SAADC_TASK_SAMPLE);
  while (nrf_saadc_event_check(NRF_SAADC, NRF_SAADC_EVENT_END) == 0) {
  }
  nrf_saadc_event_clear(NRF_SAADC, NRF_SAADC_EVENT_END);
  nrf_saadc_task_trigger(NRF_SAADC, NRF_SAADC_TASK_STOP);
  while (nrf_saadc_event_check(NRF_SAADC, NRF_SAADC_EVENT_STOPPED) == 0) {
  }
  nrf_saadc_event_clear(NRF_SAADC, NRF_SAADC_EVENT_STOPPED);
  nrf_saadc_disable(NRF_SAADC);
}

uint16_t analogin_get_value_before_fix(uint32_t adc_channel) {
  nrf_saadc_value_t value = 0;
  asm volatile("" : : : "memory"); // before the transfer: orders nothing it does
  sample_into(&value, adc_channel);
  return (value << 2) | (value >> 12); // expected-warning{{barrier}}
}

uint16_t analogin_get_value_after_fix(uint32_t adc_channel) {
  nrf_saadc_value_t value = 0;
  sample_into(&value, adc_channel);
  asm volatile("" : : : "memory"); // after completion, before the read
  return (value << 2) | (value >> 12); // no-warning
}
