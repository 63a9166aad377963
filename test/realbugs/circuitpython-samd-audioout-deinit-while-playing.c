// Source: adafruit/circuitpython commit 0b00787b4d ("samd: AudioOut: ensure stopped before deinit")
// Codebase: CircuitPython
// Class: lost transfer
//
// On SAMD, AudioOut.play() starts a DMA channel that feeds the DAC from the
// sample's buffer (looping, re-armed from the DMA interrupt). deinit()
// ramped the DAC down, disabled it, its event channel and timer, and forgot
// the pins, but never stopped the audio DMA: `a.play(sample, loop=True);
// a.deinit()` left the channel running with nothing to stop it, still
// reading a sample buffer the garbage collector may reclaim. The fix stops
// playback (audio_dma_stop) first when the object is still playing.
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi %s
// XFAIL: *
// dmasafe misses this today: [unmodelled-api] CircuitPython's audio_dma_setup_playback / audio_dma_stop / audio_dma_get_playing (over the SAMD DMAC descriptors) have no model (issue 11 item 3: SAMD/SAME DMAC)
// dmasafe misses this today: [escaped-handle] the transfer's handle is a member of a long-lived object (self->left_dma); a deinit that drops the object's use of it without stopping is no lost-transfer rule today

#include <stdbool.h>
#include <stdint.h>

typedef struct {
  uint8_t dma_channel;
  volatile bool playing;
  const uint8_t *buffer;
} audio_dma_t;
typedef enum { AUDIO_DMA_OK, AUDIO_DMA_DMA_BUSY } audio_dma_result;
audio_dma_result audio_dma_setup_playback(audio_dma_t *dma, const uint8_t *sample, uint32_t len,
                                          bool loop, uint32_t dac_data_register);
void audio_dma_stop(audio_dma_t *dma);
bool audio_dma_get_playing(audio_dma_t *dma);

typedef struct {
  audio_dma_t left_dma;
  uint8_t tc_index;
  uint16_t quiescent_value;
  bool deinited;
} audioio_audioout_obj_t;

void ramp_value(uint16_t start, uint16_t end);
void dac_disable(void);
void tc_disable(uint8_t index);
void reset_pin_number(uint8_t pin);

void audioout_play(audioio_audioout_obj_t *self, const uint8_t *sample, uint32_t len) {
  audio_dma_setup_playback(&self->left_dma, sample, len, true, 0x42004808UL);
}

void audioout_deinit_before_fix(audioio_audioout_obj_t *self) {
  if (self->deinited)
    return;
  ramp_value(self->quiescent_value, 0);
  dac_disable();
  tc_disable(self->tc_index);
  reset_pin_number(2);
  self->deinited = true;
} // expected-warning{{lost}}

void audioout_deinit_after_fix(audioio_audioout_obj_t *self) {
  if (self->deinited)
    return;
  if (audio_dma_get_playing(&self->left_dma))
    audio_dma_stop(&self->left_dma);
  ramp_value(self->quiescent_value, 0);
  dac_disable();
  tc_disable(self->tc_index);
  reset_pin_number(2);
  self->deinited = true;
} // no-warning

// `a.play(sample, loop=True); a.deinit()`
static audioio_audioout_obj_t a;
static uint8_t sample[256];
void python_play_then_deinit_before_fix(void) {
  audioout_play(&a, sample, sizeof sample);
  audioout_deinit_before_fix(&a);
}
void python_play_then_deinit_after_fix(void) {
  audioout_play(&a, sample, sizeof sample);
  audioout_deinit_after_fix(&a);
}
