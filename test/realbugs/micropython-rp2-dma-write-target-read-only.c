// Source: micropython/micropython commit f8cabe82f7 ("rp2/rp2_dma: Fix fetching 'write' buffers for writing not reading")
// Codebase: MicroPython
// Class: unfit storage
//
// rp2.DMA.config(write=obj) turns the Python object into the channel's
// write address through the buffer protocol. It asked for the buffer with
// MP_BUFFER_READ for both the read and the write address, so an immutable
// object (a `bytes`, whose data may be a literal in flash or shared by the
// interpreter) was accepted as a DMA destination and overwritten by the
// engine. The fix asks for MP_BUFFER_WRITE for the write address, which
// raises for read-only objects.
//
// RUN: %realbugs_analyze -triple thumbv6m-none-eabi %s
// XFAIL: *
// dmasafe misses this today: [unmodelled-api] MicroPython's buffer protocol (mp_get_buffer and its MP_BUFFER_READ / MP_BUFFER_WRITE flag) is not modelled: nothing says that a buffer obtained for reading must not become a DMA destination; the pico-sdk start itself is modelled

#include <stddef.h>
#include "hardware/dma.h"

typedef void *mp_obj_t;
typedef struct { void *buf; size_t len; int typecode; } mp_buffer_info_t;
#define MP_BUFFER_READ (1)
#define MP_BUFFER_WRITE (2)
bool mp_get_buffer(mp_obj_t obj, mp_buffer_info_t *bufinfo, unsigned flags);
uint32_t mp_obj_get_int_truncated(mp_obj_t o);
#define REG_TYPE_ADDR_READ 2
#define REG_TYPE_ADDR_WRITE 3

static uint32_t register_value_from_obj_before_fix(mp_obj_t o, int reg_type) {
  mp_buffer_info_t buf_info;
  unsigned flags = MP_BUFFER_READ;
  if (mp_get_buffer(o, &buf_info, flags))
    return (uint32_t)buf_info.buf;
  return mp_obj_get_int_truncated(o);
}

static uint32_t register_value_from_obj_after_fix(mp_obj_t o, int reg_type) {
  mp_buffer_info_t buf_info;
  unsigned flags = (reg_type == REG_TYPE_ADDR_READ) ? MP_BUFFER_READ : MP_BUFFER_WRITE;
  if (mp_get_buffer(o, &buf_info, flags))
    return (uint32_t)buf_info.buf;
  return mp_obj_get_int_truncated(o);
}

// DMA.config(write=b"...", ...): the channel's write address.
void rp2_dma_config_write_before_fix(uint channel, mp_obj_t write_obj, bool trigger) {
  uint32_t value = register_value_from_obj_before_fix(write_obj, REG_TYPE_ADDR_WRITE);
  dma_channel_set_write_addr(channel, (volatile void *)value, trigger); // expected-warning{{read-only}}
}

void rp2_dma_config_write_after_fix(uint channel, mp_obj_t write_obj, bool trigger) {
  uint32_t value = register_value_from_obj_after_fix(write_obj, REG_TYPE_ADDR_WRITE);
  dma_channel_set_write_addr(channel, (volatile void *)value, trigger); // no-warning
}
