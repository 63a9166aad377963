// A transfer of no known length into an array member owns that member, not
// the rest of the struct or of the array of structs it sits in: the
// sensor's flags beside its data, and the next sensor, are the CPU's.
// (FreeJoy's sensor_t: `&sensors[i].data[3 + 2 * ch]` is given to an I2C
// read whose length is the driver's, and the main loop goes on reading the
// flags of every sensor.)
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -I %annotations_include -verify -verify-ignore-unexpected=note %s
#include "dmasafe/annotations.h"

typedef struct {
  unsigned char rx_complete;
  unsigned char data[24];
  unsigned char tail;
} sensor_t;
sensor_t sensors[4];

DMA_SUCCESS_RETURNS(0) int sensor_read_start(unsigned char *rx DMA_OWNED_RX);

int the_member_is_in_flight(void) {
  if (sensor_read_start(&sensors[0].data[3]) != 0)
    return -1;
  return sensors[0].data[20]; // expected-warning{{Read of 'sensors[0].data' while a DMA transfer (device-to-memory) is in flight}}
}

int other_members_are_not(void) {
  if (sensor_read_start(sensors[0].data) != 0)
    return -1;
  return sensors[0].tail + sensors[1].rx_complete + sensors[1].data[0]; // no-warning
}
