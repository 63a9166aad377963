#include "sensor.h"

// Changes `done`, `errors` and (by DMA) `data`; `type` and `source` stay.
void sensor_start(struct sensor *s) {
  s->done = 0;
  if (dev_start_rx(&s->data[0], sizeof s->data) != 0)
    s->errors++;
}

// Hands the whole sensor to another function: anything in it may change.
void sensor_start_logged(struct sensor *s) {
  s->done = 0;
  log_sensor(s);
  dev_start_rx(&s->data[0], sizeof s->data);
}
