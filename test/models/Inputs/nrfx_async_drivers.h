/* Stand-in for nrfx 4.x's nrfx_spis.h, nrfx_twis.h, nrfx_i2s.h,
 * nrfx_pdm.h, nrfx_saadc.h, nrfx_qspi.h and nrfx_pwm.h (with hal/nrf_pwm.h's
 * sequence type): the signatures and descriptors the model tests use,
 * written for them. */
#ifndef TEST_NRFX_ASYNC_DRIVERS_H
#define TEST_NRFX_ASYNC_DRIVERS_H

typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef short int16_t;
typedef unsigned int uint32_t;
typedef unsigned long size_t;
typedef int nrfx_err_t;
typedef int16_t nrf_saadc_value_t;

typedef struct { void *p_reg; uint8_t drv_inst_idx; } nrfx_spis_t;
typedef struct { void *p_reg; uint8_t drv_inst_idx; } nrfx_twis_t;
typedef struct { void *p_reg; uint8_t drv_inst_idx; } nrfx_i2s_t;
typedef struct { void *p_reg; uint8_t drv_inst_idx; } nrfx_pdm_t;
typedef struct { void *p_reg; uint8_t drv_inst_idx; } nrfx_pwm_t;

typedef struct {
  uint32_t *p_rx_buffer;
  uint32_t const *p_tx_buffer;
  uint16_t buffer_size;
} nrfx_i2s_buffers_t;

typedef union {
  uint16_t const *p_common;
  uint16_t const *p_raw;
} nrf_pwm_values_t;
typedef struct {
  nrf_pwm_values_t values;
  uint16_t length;
  uint32_t repeats;
  uint32_t end_delay;
} nrf_pwm_sequence_t;

nrfx_err_t nrfx_spis_buffers_set(nrfx_spis_t *p_instance, uint8_t const *p_tx_buffer,
                                 size_t tx_buffer_length, uint8_t *p_rx_buffer,
                                 size_t rx_buffer_length);
nrfx_err_t nrfx_twis_tx_prepare(nrfx_twis_t *p_instance, void const *p_buf, size_t size);
nrfx_err_t nrfx_i2s_start(nrfx_i2s_t *p_instance, nrfx_i2s_buffers_t const *p_initial_buffers,
                          uint8_t flags);
nrfx_err_t nrfx_pdm_buffer_set(nrfx_pdm_t *p_instance, int16_t *buffer, uint16_t buffer_length);
nrfx_err_t nrfx_saadc_buffer_set(nrf_saadc_value_t *p_buffer, uint16_t size);
nrfx_err_t nrfx_qspi_write(void const *p_tx_buffer, size_t tx_buffer_length, uint32_t dst_address);
nrfx_err_t nrfx_qspi_read(void *p_rx_buffer, size_t rx_buffer_length, uint32_t src_address);
uint32_t nrfx_pwm_simple_playback(nrfx_pwm_t *p_instance, nrf_pwm_sequence_t const *p_sequence,
                                  uint16_t playback_count, uint32_t flags);
#endif
