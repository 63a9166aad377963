// The nrfx model's asynchronous EasyDMA drivers (SPIS, TWIS, I2S, PDM,
// SAADC, QSPI, PWM): EasyDMA reads and writes RAM only, so const data with
// static storage (in flash) is unfit storage, and a length longer than the
// buffer is reported; RAM buffers of the right size are fine.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/nrfx.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-*' \
// RUN:   -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/nrfx.yaml'}]}" \
// RUN:   %s -- -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'
#include "nrfx_async_drivers.h"

static nrfx_spis_t spis;
static nrfx_twis_t twis;
static nrfx_i2s_t i2s;
static nrfx_pdm_t pdm;
static nrfx_pwm_t pwm;

static const uint8_t spis_default_reply[4] = {0xde, 0xad, 0xbe, 0xef};
static uint8_t spis_tx[4];
static uint8_t spis_rx[8];
static const uint8_t twis_id[2] = {0x12, 0x34};
static uint32_t i2s_rx[64];
static uint32_t i2s_tx[64];
static int16_t pdm_samples[128];
static nrf_saadc_value_t adc[8];
static const uint8_t qspi_image[256] = {1};
static uint8_t qspi_page[256];
// The I2S overrun is reported once per call (for the TX buffer, the first
// one checked): the RX buffer of the same descriptor is not reported again.
static const uint16_t pwm_fade[4] = {100, 200, 300, 400};
static uint16_t pwm_duty[4];

void spis_reply_from_flash(void) {
  nrfx_spis_buffers_set(&spis, spis_default_reply, sizeof spis_default_reply, spis_rx, sizeof spis_rx); // expected-warning{{DMA buffer 'spis_default_reply' is constant data, likely placed in flash, but 'nrfx_spis_buffers_set' needs a buffer in RAM}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: DMA buffer 'spis_default_reply' is constant data, likely placed in flash, but 'nrfx_spis_buffers_set' needs a buffer in RAM; copy it into one [dmasafe-unfit-storage]
}

void spis_reply_from_ram_ok(void) {
  nrfx_spis_buffers_set(&spis, spis_tx, sizeof spis_tx, spis_rx, sizeof spis_rx); // no-warning
}

void spis_rx_length_too_long(void) {
  nrfx_spis_buffers_set(&spis, spis_tx, sizeof spis_tx, spis_rx, 16); // expected-warning{{DMA transfer of 16 bytes by 'nrfx_spis_buffers_set' overruns 'spis_rx', which has 8 bytes}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}16 bytes{{.*}}'spis_rx'{{.*}} [dmasafe-transfer-length]
}

void twis_reply_from_flash(void) {
  nrfx_twis_tx_prepare(&twis, twis_id, sizeof twis_id); // expected-warning{{'twis_id' is constant data, likely placed in flash, but 'nrfx_twis_tx_prepare' needs a buffer in RAM}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: DMA buffer 'twis_id' is constant data, likely placed in flash, but 'nrfx_twis_tx_prepare' needs a buffer in RAM; copy it into one [dmasafe-unfit-storage]
}

void i2s_start_ram_ok(void) {
  nrfx_i2s_buffers_t bufs = {i2s_rx, i2s_tx, 64};
  nrfx_i2s_start(&i2s, &bufs, 0); // no-warning
}

void i2s_buffer_size_in_words_too_long(void) {
  nrfx_i2s_buffers_t bufs = {i2s_rx, i2s_tx, 128};
  nrfx_i2s_start(&i2s, &bufs, 0); // expected-warning{{DMA transfer of 512 bytes by 'nrfx_i2s_start' overruns 'i2s_tx', which has 256 bytes}}
}

void pdm_samples_fit_ok(void) {
  nrfx_pdm_buffer_set(&pdm, pdm_samples, 128); // no-warning: 128 samples of 2 bytes
}

void pdm_samples_too_many(void) {
  nrfx_pdm_buffer_set(&pdm, pdm_samples, 200); // expected-warning{{DMA transfer of 400 bytes by 'nrfx_pdm_buffer_set' overruns 'pdm_samples', which has 256 bytes}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}400 bytes{{.*}}'pdm_samples'{{.*}} [dmasafe-transfer-length]
}

void saadc_buffer_too_many(void) {
  nrfx_saadc_buffer_set(adc, 16); // expected-warning{{DMA transfer of 32 bytes by 'nrfx_saadc_buffer_set' overruns 'adc', which has 16 bytes}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}32 bytes{{.*}}'adc'{{.*}} [dmasafe-transfer-length]
}

void qspi_program_from_flash(void) {
  nrfx_qspi_write(qspi_image, sizeof qspi_image, 0x1000); // expected-warning{{'qspi_image' is constant data, likely placed in flash, but 'nrfx_qspi_write' needs a buffer in RAM}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: DMA buffer 'qspi_image' is constant data, likely placed in flash, but 'nrfx_qspi_write' needs a buffer in RAM; copy it into one [dmasafe-unfit-storage]
}

void qspi_read_page_ok(void) {
  nrfx_qspi_read(qspi_page, sizeof qspi_page, 0x1000); // no-warning
}

void pwm_sequence_from_flash(void) {
  nrf_pwm_sequence_t seq;
  seq.values.p_raw = pwm_fade;
  seq.length = 4;
  nrfx_pwm_simple_playback(&pwm, &seq, 1, 0); // expected-warning{{'pwm_fade' is constant data, likely placed in flash, but 'nrfx_pwm_simple_playback' needs a buffer in RAM}}
}

void pwm_sequence_from_ram_ok(void) {
  nrf_pwm_sequence_t seq;
  seq.values.p_raw = pwm_duty;
  seq.length = 4;
  nrfx_pwm_simple_playback(&pwm, &seq, 1, 0); // no-warning
}
