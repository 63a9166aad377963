/* Stand-in for nrfx's drivers/include/nrfx_spim.h (2.x), written for the
 * real-bug corpus; the name matches the shipped nrfx model's header glob. */
#ifndef REALBUGS_NRFX_SPIM_H
#define REALBUGS_NRFX_SPIM_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
typedef int nrfx_err_t;
#define NRFX_SUCCESS 0x0BAD0000
typedef struct { void *p_reg; uint8_t drv_inst_idx; } nrfx_spim_t;
typedef struct {
  uint8_t const *p_tx_buffer;
  size_t tx_length;
  uint8_t *p_rx_buffer;
  size_t rx_length;
} nrfx_spim_xfer_desc_t;
#define NRFX_SPIM_XFER_TRX(p_tx_buf, tx_len, p_rx_buf, rx_len) \
  {.p_tx_buffer = (uint8_t const *)(p_tx_buf), .tx_length = (tx_len), \
   .p_rx_buffer = (p_rx_buf), .rx_length = (rx_len)}
nrfx_err_t nrfx_spim_xfer(nrfx_spim_t const *p_instance, nrfx_spim_xfer_desc_t const *p_xfer_desc, uint32_t flags);
/* As nrfx_common.h defines it: inline, the data RAM at 0x20000000. */
static inline bool nrfx_is_in_ram(void const *p_object) {
  return ((uint32_t)p_object & 0xE0000000u) == 0x20000000u;
}
#endif
