// Register-level EasyDMA on an nRF UARTE (models/registers-nrf.yaml): TXD.PTR
// and RXD.PTR arm the TX and RX channels of the instance, TASKS_STARTTX and
// TASKS_STARTRX start them, EVENTS_ENDTX / EVENTS_ENDRX are their completion
// flags, in a polling loop or seen by the UARTE's interrupt vector.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/registers-nrf.yaml \
// RUN:   -I %S/Inputs/nrf -verify -verify-ignore-unexpected=note %s
#include "nrf52840.h"

static uint8_t tx[16], rx[16];

static void uarte_tx(const uint8_t *p, uint32_t n) {
  NRF_UARTE0->EVENTS_ENDTX = 0;
  NRF_UARTE0->TXD.PTR = (uint32_t)p;
  NRF_UARTE0->TXD.MAXCNT = n;
  NRF_UARTE0->TASKS_STARTTX = 1;
}

void tx_refilled_in_flight(void) {
  uarte_tx(tx, sizeof tx);
  tx[0] = 'x'; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
}

void tx_polled_to_end_ok(void) {
  uarte_tx(tx, sizeof tx);
  while (NRF_UARTE0->EVENTS_ENDTX == 0) {
  }
  tx[0] = 'x'; // no-warning: ENDTX was seen
}

void tx_end_of_other_instance(void) {
  uarte_tx(tx, sizeof tx);
  while (NRF_UARTE1->EVENTS_ENDTX == 0) {
  }
  tx[0] = 'x'; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
}

void rx_end_does_not_end_tx(void) {
  uarte_tx(tx, sizeof tx);
  while (!NRF_UARTE0->EVENTS_ENDRX) {
  }
  tx[0] = 'x'; // expected-warning{{Write to 'tx' while a DMA transfer (memory-to-device) is in flight}}
}

void tx_stopped_ok(void) {
  uarte_tx(tx, sizeof tx);
  NRF_UARTE0->TASKS_STOPTX = 1;
  tx[0] = 'x'; // no-warning: the TX channel was stopped
}

void rx_armed_only_ok(void) {
  NRF_UARTE0->RXD.PTR = (uint32_t)rx;
  NRF_UARTE0->RXD.MAXCNT = sizeof rx;
  int c = rx[0]; // no-warning: STARTRX not written yet
  (void)c;
}

void rx_read_in_flight(void) {
  NRF_UARTE0->RXD.PTR = (uint32_t)rx;
  NRF_UARTE0->RXD.MAXCNT = sizeof rx;
  NRF_UARTE0->TASKS_STARTRX = 1;
  int c = rx[0]; // expected-warning{{Read of 'rx' while a DMA transfer (device-to-memory) is in flight}}
  (void)c;
}

// --- The vector sees ENDRX, acknowledges it and sets a flag ---------------
static volatile int rx_done;

void UARTE0_UART0_IRQHandler(void) {
  if (NRF_UARTE0->EVENTS_ENDRX) {
    NRF_UARTE0->EVENTS_ENDRX = 0;
    rx_done = 1;
  }
}

void rx_waits_for_vector_ok(void) {
  rx_done = 0;
  NRF_UARTE0->RXD.PTR = (uint32_t)rx;
  NRF_UARTE0->TASKS_STARTRX = 1;
  while (!rx_done) {
  }
  int c = rx[0]; // no-warning
  (void)c;
}

// --- EasyDMA reads RAM only ------------------------------------------------
static const uint8_t banner[] = "hello";

void tx_from_flash(void) {
  NRF_UARTE0->TXD.PTR = (uint32_t)banner; // expected-warning{{DMA buffer 'banner' is constant data, likely placed in flash, but the DMA address register 'TXD.PTR' of 'NRF_UARTE_Type' needs a buffer in RAM}}
  NRF_UARTE0->TASKS_STARTTX = 1;
}

void tx_from_ram_ok(void) {
  NRF_UARTE0->TXD.PTR = (uint32_t)tx; // no-warning: RAM
  NRF_UARTE0->TASKS_STARTTX = 1;
}

// Code that tests the address itself decides the placement (RIOT's uart_write,
// nrfx_is_in_ram): the branch it keeps for RAM is not reported.
static void send(const uint8_t *data) {
  NRF_UARTE0->TXD.PTR = (uint32_t)data; // no-warning: tested by the caller
  NRF_UARTE0->TASKS_STARTTX = 1;
}

void tx_after_address_test_ok(void) {
  if (((uint32_t)banner & 0xE0000000u) == 0x20000000u)
    send(banner);
}

// A cast that only stores the address is no test.
void tx_after_address_store(void) {
  uint32_t where = (uint32_t)banner;
  (void)where;
  NRF_UARTE0->TXD.PTR = (uint32_t)banner; // expected-warning{{DMA buffer 'banner' is constant data, likely placed in flash}}
  NRF_UARTE0->TASKS_STARTTX = 1;
}
