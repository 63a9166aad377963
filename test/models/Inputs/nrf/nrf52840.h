/* Stand-in for the nRF MDK's nrf52840.h: the UARTE registers the
 * register-level tests use (offsets as the product specification lists
 * them). */
#ifndef TEST_NRF52840_H
#define TEST_NRF52840_H
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;

typedef struct {
  volatile uint32_t PTR;
  volatile uint32_t MAXCNT;
  volatile const uint32_t AMOUNT;
} UARTE_TXD_Type;
typedef UARTE_TXD_Type UARTE_RXD_Type;

typedef struct {
  volatile uint32_t TASKS_STARTRX;
  volatile uint32_t TASKS_STOPRX;
  volatile uint32_t TASKS_STARTTX;
  volatile uint32_t TASKS_STOPTX;
  volatile uint32_t RESERVED0[60];
  volatile uint32_t EVENTS_ENDRX;
  volatile uint32_t EVENTS_ENDTX;
  volatile uint32_t EVENTS_TXSTOPPED;
  volatile uint32_t RESERVED1[100];
  UARTE_RXD_Type RXD;
  UARTE_TXD_Type TXD;
} NRF_UARTE_Type;

#define NRF_UARTE0 ((NRF_UARTE_Type *)0x40002000UL)
#define NRF_UARTE1 ((NRF_UARTE_Type *)0x40028000UL)
#endif
