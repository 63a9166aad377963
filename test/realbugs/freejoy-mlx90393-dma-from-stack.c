// Source: FreeJoy-Team/FreeJoy commit 6cac408 ("Fixed issue #124 DMA buffers"; issue #124 "Putting local buffer into SPI transfer")
// Codebase: FreeJoy
// Class: lifetime end in flight
//
// FreeJoy (STM32F103 joystick firmware, Standard Peripheral Library) reads
// its SPI sensors by DMA in the background: MLX90393_StartDMA() filled a
// local `uint8_t tmp_buf[8]` with the read command, started a full-duplex
// SPI DMA exchange from it (TX channel 3, RX into the sensor's data) and
// returned; the transfer-complete interrupt finishes the read later. The TX
// DMA kept reading tmp_buf after its stack frame was reused, so the sensor
// received garbage commands. The fix (the same in mcp320x.c, mlx90363.c,
// tle5011/5012.c) makes the command buffers `static`.
//
// SPI_FullDuplex_TransmitReceive() is in spi.c (Inputs/freejoy/, the other
// translation unit): `dmasafe summarize` derives from its body (DMA_Init on
// channels 2 and 3, then DMA_Cmd ENABLE on both, and return) that it starts
// transfers from tx_data and into rx_data, and this unit's analysis loads
// that summary. Without it nothing is started here.
// RUN: %dmasafe summarize %realbugs_inputs/freejoy/spi.c -o %t.yaml -- --target=thumbv7m-none-eabi -ffreestanding -I %realbugs_inputs/freejoy
// RUN: %realbugs_analyze -triple thumbv7m-none-eabi -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%realbugs_models;%t.yaml' %s
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-*' -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%realbugs_models;%t.yaml'}]}" \
// RUN:   %s -- --target=thumbv7m-none-eabi -ffreestanding -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include <stdint.h>

typedef struct {
  uint8_t data[8];
  volatile uint8_t rx_complete;
  volatile uint8_t tx_complete;
} sensor_t;

// FreeJoy's spi.h. The body, in spi.c, fills a DMA_InitTypeDef for each
// direction (DMA_MemoryBaseAddr = the buffer), calls DMA_Init on channels 2
// (RX) and 3 (TX) and DMA_Cmd(..., ENABLE), and returns at once; the
// channel-2 transfer-complete interrupt (DMA1_Channel2_IRQHandler, also in
// spi.c) ends the exchange and sets the sensor's rx_complete.
void SPI_FullDuplex_TransmitReceive(uint8_t *tx_data, uint8_t *rx_data, uint16_t length, uint8_t spi_mode);

void MLX90393_StartDMA_before_fix(sensor_t *sensor) {
  uint8_t tmp_buf[8];
  sensor->rx_complete = 0;
  sensor->tx_complete = 1;
  tmp_buf[0] = 0x4E; // read measurement
  for (int i = 1; i < 8; i++)
    tmp_buf[i] = 0;
  SPI_FullDuplex_TransmitReceive(tmp_buf, sensor->data, 8, 0);
} // expected-warning{{Returning from 'MLX90393_StartDMA_before_fix' while a DMA transfer}}
// TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: returning from 'MLX90393_StartDMA_before_fix' while a DMA transfer {{.*}} of its stack buffer 'tmp_buf' {{.*}} [dmasafe-release-in-flight]

static uint8_t tmp_buf[8];

void MLX90393_StartDMA_after_fix(sensor_t *sensor) {
  sensor->rx_complete = 0;
  sensor->tx_complete = 1;
  tmp_buf[0] = 0x4E;
  for (int i = 1; i < 8; i++)
    tmp_buf[i] = 0;
  SPI_FullDuplex_TransmitReceive(tmp_buf, sensor->data, 8, 0); // no-warning
}
