// A summarized start changes only the members of its argument's object that
// its body writes (`writes:`): the caller's tests of the others still hold
// after it. Without that, the call rewrote the whole object (and, for a
// global, the whole array) and the caller's next loop started the same
// sensor again (FreeJoy's TIM2_IRQHandler, docs/realcode.md).
//
// RUN: %dmasafe summarize %S/Inputs/writes/sensor.c -o %t.yaml -- -I %S/Inputs/writes -I %annotations_include
// RUN: FileCheck %s --input-file=%t.yaml
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%t.yaml' \
// RUN:   -I %S/Inputs/writes -I %annotations_include -verify -verify-ignore-unexpected=note %s

// CHECK-LABEL: - name: sensor_start{{$}}
// CHECK:         writes:
// CHECK-NEXT:      - {param: 0, fields: [data, done, errors]}
// CHECK-LABEL: - name: sensor_start_logged
// CHECK-NOT:     writes:
// CHECK:         buffers:

#include "sensor.h"

extern struct sensor sensors[4];

// The SPI sensors, then the I2C ones: a sensor is one or the other, and
// starting it does not change which.
void poll_sensors(void) {
  for (int i = 0; i < 4; i++)
    if (sensors[i].source >= 0 && sensors[i].done) {
      sensor_start(&sensors[i]);
      break;
    }
  for (int i = 0; i < 4; i++)
    if (sensors[i].source == -2 && sensors[i].done) {
      sensor_start(&sensors[i]); // no report: the same sensor fails the test
      break;
    }
}

void kept_member(struct sensor *s) {
  s->type = 1;
  sensor_start(s);
  if (s->type != 1)
    sensor_start(s); // no report: `type` is still 1
}

// A member the body writes is unknown after the call.
void written_member(struct sensor *s) {
  s->done = 1;
  sensor_start(s);
  if (s->done)
    sensor_start(s); // expected-warning {{started while an earlier transfer}}
}

// A sensor handed on by the body: all of it may have changed.
void escaped_object(struct sensor *s) {
  s->type = 1;
  sensor_start_logged(s);
  if (s->type != 1)
    sensor_start_logged(s); // expected-warning {{started while an earlier transfer}}
}
