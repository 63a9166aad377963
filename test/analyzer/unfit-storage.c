// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-output=text -verify %s -I %annotations_include

#include <dmasafe/annotations.h>
typedef __SIZE_TYPE__ size_t;
struct spim { int regs; };

/* nRF EasyDMA: reads only RAM. */
DMA_SUCCESS_RETURNS(0)
int spim_send(struct spim *s DMA_HANDLE, const void *tx DMA_OWNED_TX DMA_IN_RAM,
              size_t n DMA_LEN);
DMA_WAITS void spim_wait(struct spim *s DMA_HANDLE);
/* A driver that keeps the pointer for a later transfer. */
void ring_attach(struct spim *s, char *ring DMA_STABLE, size_t n);

static const char greeting[] = "hello";
static char ram_greeting[] = "hello";
DMA_STABLE char stable_ring[64];

void const_data_in_flash(struct spim *s) {
  spim_send(s, greeting, sizeof greeting); // expected-warning{{DMA buffer 'greeting' is constant data, likely placed in flash, but 'spim_send' needs a buffer in RAM}}
                                           // expected-note@-1{{DMA buffer 'greeting' is constant data}}
  spim_wait(s);
}

void string_literal_in_flash(struct spim *s) {
  spim_send(s, "ping", 4); // expected-warning{{is constant data, likely placed in flash}}
                           // expected-note@-1{{is constant data}}
  spim_wait(s);
}

void ram_copy_ok(struct spim *s) {
  spim_send(s, ram_greeting, sizeof ram_greeting); // no-warning
  spim_wait(s);
}

void const_local_on_stack_is_ram_ok(struct spim *s) {
  const char local[4] = {1, 2, 3, 4};
  if (spim_send(s, local, sizeof local) == 0) // no-warning
    spim_wait(s);
}

void stack_ring_needs_stable(struct spim *s) {
  char ring[64];
  ring_attach(s, ring, sizeof ring); // expected-warning{{Stack buffer 'ring' passed to 'ring_attach', which requires stable storage (static, global, heap or DMA_STABLE)}}
                                     // expected-note@-1{{Stack buffer 'ring'}}
}

void static_ring_ok(struct spim *s) {
  static char ring[64];
  ring_attach(s, ring, sizeof ring); // no-warning
}

void marked_stable_ok(struct spim *s) {
  ring_attach(s, stable_ring, sizeof stable_ring); // no-warning
}

void marked_stable_local_ok(struct spim *s) {
  DMA_STABLE char ring[64]; /* e.g. in a function that never returns */
  ring_attach(s, ring, sizeof ring); // no-warning
}
