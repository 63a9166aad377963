// ChibiOS/HAL (models/chibios-spi-v1.yaml, models/chibios-hal.yaml): the
// blocking SPI and I2C transfers (role `transfer`) meet the length and, on
// a Cortex-M7, the cache rules at the call; the asynchronous SPI and ADC
// starts complete where the callback named in the configuration sets a
// flag, or at their stop.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -target-cpu cortex-m7 \
// RUN:   -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/cmsis-cache.yaml;%models_dir/chibios-spi-v1.yaml;%models_dir/chibios-hal.yaml' \
// RUN:   -I %S/Inputs/chibios -I %S/Inputs/cmsis -verify -verify-ignore-unexpected=note %s
// ChibiOS maintains the cache by address with macros (cache.h) that store
// each line's address to the SCB's registers: those stores clean or
// invalidate the buffer too.
#include "cache.h"
#include "hal_adc.h"
#include "hal_i2c.h"
#include "hal_spi_v1.h"

__attribute__((aligned(32))) static uint8_t txbuf[32];
__attribute__((aligned(32))) static uint8_t rxbuf[32];
__attribute__((aligned(32))) static adcsample_t samples[16];
int consume(int);

// --- blocking SPI --------------------------------------------------------

void exchange_dirty_tx(void) {
  txbuf[0] = 0x9f;
  spiExchange(&SPID1, sizeof txbuf, txbuf, rxbuf); // expected-warning{{DMA transfer (memory-to-device) of 'txbuf' starts while bytes the CPU wrote to it are still in the data cache}}
  SCB_InvalidateDCache_by_Addr((uint32_t *)rxbuf, sizeof rxbuf);
}

int exchange_maintained_ok(void) {
  txbuf[0] = 0x9f;
  SCB_CleanDCache_by_Addr((uint32_t *)txbuf, sizeof txbuf);
  spiExchange(&SPID1, sizeof txbuf, txbuf, rxbuf); // no-warning
  SCB_InvalidateDCache_by_Addr((uint32_t *)rxbuf, sizeof rxbuf);
  return consume(rxbuf[1]); // no-warning
}

int exchange_maintained_by_macros_ok(void) {
  txbuf[0] = 0x9f;
  cacheBufferFlush(txbuf, sizeof txbuf);
  spiExchange(&SPID1, sizeof txbuf, txbuf, rxbuf); // no-warning
  cacheBufferInvalidate(rxbuf, sizeof rxbuf);
  return consume(rxbuf[1]); // no-warning
}

int exchange_macro_on_other_buffer(void) {
  txbuf[0] = 0x9f;
  cacheBufferFlush(rxbuf, sizeof rxbuf);
  spiExchange(&SPID1, sizeof txbuf, txbuf, rxbuf); // expected-warning{{DMA transfer (memory-to-device) of 'txbuf' starts while bytes the CPU wrote to it are still in the data cache}}
  cacheBufferInvalidate(rxbuf, sizeof rxbuf);
  return consume(rxbuf[1]); // no-warning
}

int receive_invalidated_before_only(void) {
  cacheBufferInvalidate(rxbuf, sizeof rxbuf);
  spiReceive(&SPID1, sizeof rxbuf, rxbuf);
  return consume(rxbuf[1]); // expected-warning{{Read of 'rxbuf' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion}}
}

int receive_stale(void) {
  spiReceive(&SPID1, sizeof rxbuf, rxbuf);
  return consume(rxbuf[1]); // expected-warning{{Read of 'rxbuf' after its DMA transfer (device-to-memory) completed, with no data cache invalidate covering it since the completion}}
}

void send_too_long(void) {
  SCB_CleanDCache();
  spiSend(&SPID1, 64, txbuf); // expected-warning{{DMA transfer of 64 bytes by 'spiSend' overruns 'txbuf', which has 32 bytes}}
}

// --- asynchronous SPI: SPIConfig.end_cb completes ------------------------

static volatile int spi_done;
static void spi_end(SPIDriver *spip) { spi_done = 1; }
static const SPIConfig spicfg = {.end_cb = spi_end};

void start_send_write_in_flight(void) {
  SCB_CleanDCache();
  spiStart(&SPID1, &spicfg);
  spi_done = 0;
  spiStartSend(&SPID1, sizeof txbuf, txbuf);
  txbuf[0] = 0; // expected-warning{{Write to 'txbuf' while a DMA transfer (memory-to-device) is in flight}}
}

void start_send_waited_ok(void) {
  SCB_CleanDCache();
  spiStart(&SPID1, &spicfg);
  spi_done = 0;
  spiStartSend(&SPID1, sizeof txbuf, txbuf);
  while (!spi_done) {
  }
  txbuf[0] = 0; // no-warning: end_cb set the flag
}

void start_receive_aborted_ok(void) {
  spiStartReceive(&SPID1, sizeof rxbuf, rxbuf);
  spiAbort(&SPID1);
  rxbuf[0] = 0; // no-warning
}

// --- ADC: the conversion group's end_cb completes ------------------------

static volatile int adc_done;
static void adc_end(ADCDriver *adcp) { adc_done = 1; }
static const ADCConversionGroup adcgrp = {.num_channels = 1, .end_cb = adc_end};

int adc_read_before_end(void) {
  adc_done = 0;
  adcStartConversion(&ADCD1, &adcgrp, samples, 16);
  return consume(samples[0]); // expected-warning{{Read of 'samples' while a DMA transfer (device-to-memory) is in flight}}
}

int adc_read_after_end_ok(void) {
  adc_done = 0;
  adcStartConversion(&ADCD1, &adcgrp, samples, 16);
  while (!adc_done) {
  }
  SCB_InvalidateDCache_by_Addr((uint32_t *)samples, sizeof samples);
  return consume(samples[0]); // no-warning
}

int adc_stopped_ok(void) {
  adcStartConversion(&ADCD1, &adcgrp, samples, 16);
  adcStopConversion(&ADCD1);
  SCB_InvalidateDCache_by_Addr((uint32_t *)samples, sizeof samples);
  return consume(samples[0]); // no-warning
}

// --- blocking I2C --------------------------------------------------------

msg_t i2c_read_register_too_long(uint8_t reg) {
  uint8_t cmd[1] = {reg};
  SCB_CleanDCache();
  return i2cMasterTransmitTimeout(&I2CD1, 0x68, cmd, 2, rxbuf, 2, 100); // expected-warning{{DMA transfer of 2 bytes by 'i2cMasterTransmitTimeout' overruns 'cmd', which has 1 bytes}}
}
