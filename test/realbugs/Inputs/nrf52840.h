/* Stand-in for the nRF MDK's nrf52840.h, written for the real-bug corpus:
 * only the UARTE members the reconstructions use. */
#ifndef REALBUGS_NRF52840_H
#define REALBUGS_NRF52840_H
#include <stdint.h>
typedef struct {
  volatile uint32_t TASKS_STARTRX;
  volatile uint32_t TASKS_STOPRX;
  volatile uint32_t TASKS_STARTTX;
  volatile uint32_t TASKS_STOPTX;
  volatile uint32_t EVENTS_ENDTX;
  struct {
    volatile uint32_t PTR;
    volatile uint32_t MAXCNT;
    volatile uint32_t AMOUNT;
  } TXD;
} NRF_UARTE_Type;
#define NRF_UARTE0 ((NRF_UARTE_Type *)0x40002000UL)
#endif
