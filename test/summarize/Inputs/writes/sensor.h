// A sensor driver of the FreeJoy shape: one struct per sensor, its bytes
// received by DMA into `data`, `done` set by the interrupt when they are in.
#include "dmasafe/annotations.h"
typedef unsigned long size_t;
typedef unsigned char uint8_t;

struct sensor {
  int type;
  int source;
  int done;
  int errors;
  uint8_t data[8];
};

int dev_start_rx(uint8_t *buf DMA_OWNED_RX, size_t n DMA_LEN);
void log_sensor(struct sensor *s);

void sensor_start(struct sensor *s);
void sensor_start_logged(struct sensor *s);
