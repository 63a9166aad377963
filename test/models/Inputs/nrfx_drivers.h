/* Stand-in for nrfx's nrfx_uarte.h, nrfx_spim.h, nrfx_twim.h (3.x): the
 * signatures and transfer descriptors, written for the model tests. */
#ifndef TEST_NRFX_DRIVERS_H
#define TEST_NRFX_DRIVERS_H

typedef unsigned char uint8_t;
typedef unsigned int uint32_t;
typedef unsigned long size_t;
typedef _Bool bool;
typedef int nrfx_err_t;
#define NRFX_SUCCESS 0x0BAD0000

typedef struct { void *p_reg; uint8_t drv_inst_idx; } nrfx_uarte_t;
typedef struct { void *p_reg; uint8_t drv_inst_idx; } nrfx_spim_t;
typedef struct { void *p_reg; uint8_t drv_inst_idx; } nrfx_twim_t;

typedef struct {
  uint8_t const *p_tx_buffer;
  size_t tx_length;
  uint8_t *p_rx_buffer;
  size_t rx_length;
} nrfx_spim_xfer_desc_t;

typedef enum { NRFX_TWIM_XFER_TX, NRFX_TWIM_XFER_RX, NRFX_TWIM_XFER_TXRX, NRFX_TWIM_XFER_TXTX } nrfx_twim_xfer_type_t;
typedef struct {
  nrfx_twim_xfer_type_t type;
  uint8_t address;
  size_t primary_length;
  size_t secondary_length;
  uint8_t *p_primary_buf;
  uint8_t *p_secondary_buf;
} nrfx_twim_xfer_desc_t;

nrfx_err_t nrfx_uarte_tx(nrfx_uarte_t const *p_instance, uint8_t const *p_data, size_t length, uint32_t flags);
nrfx_err_t nrfx_uarte_rx_buffer_set(nrfx_uarte_t const *p_instance, uint8_t *p_data, size_t length);
nrfx_err_t nrfx_spim_xfer(nrfx_spim_t const *p_instance, nrfx_spim_xfer_desc_t const *p_xfer_desc, uint32_t flags);
nrfx_err_t nrfx_twim_xfer(nrfx_twim_t const *p_instance, nrfx_twim_xfer_desc_t const *p_xfer_desc, uint32_t flags);

#endif
