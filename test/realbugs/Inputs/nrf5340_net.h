/* Stand-in for the nRF MDK's nrf5340_network.h and nrfx_common.h, written
 * for the real-bug corpus: only the SPIM members and the RAM test the
 * reconstructions use. EasyDMA reaches the data RAM only, which the
 * nRF5340's memory map places at 0x20000000. */
#ifndef REALBUGS_NRF5340_NET_H
#define REALBUGS_NRF5340_NET_H
#include <stdbool.h>
#include <stdint.h>
typedef struct {
  volatile uint32_t TASKS_START;
  volatile uint32_t TASKS_STOP;
  volatile uint32_t EVENTS_STOPPED;
  volatile uint32_t EVENTS_END;
  volatile uint32_t INTENSET;
  volatile uint32_t INTENCLR;
  struct {
    volatile uint32_t PTR;
    volatile uint32_t MAXCNT;
    volatile uint32_t AMOUNT;
  } RXD;
  struct {
    volatile uint32_t PTR;
    volatile uint32_t MAXCNT;
    volatile uint32_t AMOUNT;
  } TXD;
} NRF_SPIM_Type;
#define NRF_SPIM0_NS ((NRF_SPIM_Type *)0x41013000UL)

/* Whether the object lies in the data RAM (the top three address bits). */
static inline bool nrfx_is_in_ram(void const *p_object) {
  return ((uint32_t)p_object & 0xE0000000u) == 0x20000000u;
}
#endif
