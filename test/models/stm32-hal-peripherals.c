// The STM32 HAL models beyond UART/SPI/I2C/ADC (stm32-hal-timers.yaml,
// -storage, -audio-analog, -interfaces, -accelerators): each family's
// start hands its buffer to the engine, and its stop, completion callback
// or poll gives it back.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal-timers.yaml;%models_dir/stm32-hal-storage.yaml;%models_dir/stm32-hal-audio-analog.yaml;%models_dir/stm32-hal-interfaces.yaml;%models_dir/stm32-hal-accelerators.yaml' \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "stm32f4xx_hal_peripherals.h"

TIM_HandleTypeDef htim3;
SD_HandleTypeDef hsd;
SAI_HandleTypeDef hsai;
DAC_HandleTypeDef hdac;
QSPI_HandleTypeDef hqspi;
DCMI_HandleTypeDef hdcmi;
HASH_HandleTypeDef hhash;
DMA2D_HandleTypeDef hdma2d;

static uint32_t led_pwm[48];
static uint32_t capture[8];
static uint8_t block[1024];
static uint8_t audio[256];
static uint32_t wave[32];
static uint8_t flash_page[256];
static uint32_t frame[160 * 120 / 2];
static uint8_t message[64];
static uint32_t fb[64];

static volatile int led_done;
static volatile int sd_rx_done;
static volatile int qspi_done;
static volatile int frame_done;

void HAL_TIM_PWM_PulseFinishedCallback(TIM_HandleTypeDef *htim) { led_done = 1; }
void HAL_SD_RxCpltCallback(SD_HandleTypeDef *h) { sd_rx_done = 1; }
void HAL_QSPI_RxCpltCallback(QSPI_HandleTypeDef *h) { qspi_done = 1; }
void HAL_DCMI_FrameEventCallback(DCMI_HandleTypeDef *h) { frame_done = 1; }

int consume(int);

// --- TIM: the WS2812 driver's PWM duty table ---

void ws2812_refill_in_flight(void) {
  HAL_TIM_PWM_Start_DMA(&htim3, TIM_CHANNEL_1, led_pwm, 48);
  led_pwm[0] = 38; // expected-warning{{Write to 'led_pwm' while a DMA transfer (memory-to-device) is in flight}}
}

void ws2812_refill_after_pulse_finished_ok(void) {
  led_done = 0;
  HAL_TIM_PWM_Start_DMA(&htim3, TIM_CHANNEL_1, led_pwm, 48);
  while (!led_done) {
  }
  led_pwm[0] = 38; // no-warning
}

void ws2812_refill_after_stop_ok(void) {
  HAL_TIM_PWM_Start_DMA(&htim3, TIM_CHANNEL_1, led_pwm, 48);
  HAL_TIM_PWM_Stop_DMA(&htim3, TIM_CHANNEL_1);
  led_pwm[0] = 38; // no-warning
}

void capture_read_in_flight(void) {
  HAL_TIM_IC_Start_DMA(&htim3, TIM_CHANNEL_1, capture, 8);
  consume((int)capture[0]); // expected-warning{{Read of 'capture' while a DMA transfer (device-to-memory) is in flight}}
}

void ws2812_table_overrun(void) {
  // 200 items of at least one byte each: more than the table's 192 bytes.
  HAL_TIM_PWM_Start_DMA(&htim3, TIM_CHANNEL_1, led_pwm, 200); // expected-warning{{DMA transfer of 200 bytes by 'HAL_TIM_PWM_Start_DMA' overruns 'led_pwm', which has 192 bytes}}
}

// --- SD: NumberOfBlocks counts 512-byte blocks ---

void sd_read_before_callback(void) {
  HAL_SD_ReadBlocks_DMA(&hsd, block, 0, 2);
  consume(block[0]); // expected-warning{{Read of 'block' while a DMA transfer (device-to-memory) is in flight}}
}

void sd_read_after_callback_ok(void) {
  sd_rx_done = 0;
  if (HAL_SD_ReadBlocks_DMA(&hsd, block, 0, 2) != HAL_OK)
    return;
  while (!sd_rx_done) {
  }
  consume(block[0]); // no-warning
}

void sd_write_three_blocks_from_two(void) {
  HAL_SD_WriteBlocks_DMA(&hsd, block, 0, 3); // expected-warning{{DMA transfer of 1536 bytes by 'HAL_SD_WriteBlocks_DMA' overruns 'block', which has 1024 bytes}}
}

// --- SAI: the stop gives the buffer back ---

void sai_refill_in_flight(void) {
  HAL_SAI_Transmit_DMA(&hsai, audio, sizeof audio);
  audio[0] = 0; // expected-warning{{Write to 'audio' while a DMA transfer (memory-to-device) is in flight}}
}

void sai_refill_after_stop_ok(void) {
  HAL_SAI_Transmit_DMA(&hsai, audio, sizeof audio);
  HAL_SAI_DMAStop(&hsai);
  audio[0] = 0; // no-warning
}

// --- DAC: the waveform table ---

void dac_wave_rewritten_in_flight(void) {
  HAL_DAC_Start_DMA(&hdac, DAC_CHANNEL_1, wave, 32, DAC_ALIGN_12B_R);
  wave[3] = 2048; // expected-warning{{Write to 'wave' while a DMA transfer (memory-to-device) is in flight}}
}

// --- QSPI: the length is the command's, the buffer the engine's ---

void qspi_read_before_callback(void) {
  HAL_QSPI_Receive_DMA(&hqspi, flash_page);
  consume(flash_page[0]); // expected-warning{{Read of 'flash_page' while a DMA transfer (device-to-memory) is in flight}}
}

void qspi_read_after_callback_ok(void) {
  qspi_done = 0;
  HAL_QSPI_Receive_DMA(&hqspi, flash_page);
  while (!qspi_done) {
  }
  consume(flash_page[0]); // no-warning
}

// --- DCMI: the frame buffer travels as a uint32_t ---

void dcmi_frame_read_before_frame_event(void) {
  HAL_DCMI_Start_DMA(&hdcmi, DCMI_MODE_SNAPSHOT, (uint32_t)frame, sizeof frame / 4);
  consume((int)frame[0]); // expected-warning{{Read of 'frame' while a DMA transfer (device-to-memory) is in flight}}
}

void dcmi_frame_read_after_frame_event_ok(void) {
  frame_done = 0;
  HAL_DCMI_Start_DMA(&hdcmi, DCMI_MODE_SNAPSHOT, (uint32_t)frame, sizeof frame / 4);
  while (!frame_done) {
  }
  consume((int)frame[0]); // no-warning
}

// --- HASH: the input is read by DMA; reading it in flight is fine ---

void hash_input_rewritten_in_flight(void) {
  HAL_HASH_SHA1_Start_DMA(&hhash, message, sizeof message);
  message[0] = 0; // expected-warning{{Write to 'message' while a DMA transfer (memory-to-device) is in flight}}
}

void hash_input_read_in_flight_ok(void) {
  HAL_HASH_SHA1_Start_DMA(&hhash, message, sizeof message);
  consume(message[0]); // no-warning: the engine only reads it
}

// --- DMA2D: the frame buffer is the destination ---

void dma2d_fill_then_draw_in_flight(void) {
  HAL_DMA2D_Start_IT(&hdma2d, 0xff0000u, (uint32_t)fb, 8, 8);
  fb[0] = 0; // expected-warning{{Write to 'fb' while a DMA transfer (device-to-memory) is in flight}}
}

void dma2d_fill_poll_then_draw_ok(void) {
  HAL_DMA2D_Start_IT(&hdma2d, 0xff0000u, (uint32_t)fb, 8, 8);
  if (HAL_DMA2D_PollForTransfer(&hdma2d, 100) != HAL_OK)
    return;
  fb[0] = 0; // no-warning
}
