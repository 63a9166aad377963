// The STM32 HAL model: vendor-style misuse is reported, the documented
// correct uses (HAL_OK check, callback flag loop, state polling, DMAStop)
// are not.
// RUN: %clang_analyze_cc1 -triple thumbv7em-none-eabi -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
#include "stm32f4xx_hal.h"

UART_HandleTypeDef huart2;
SPI_HandleTypeDef hspi1;
I2C_HandleTypeDef hi2c1;
ADC_HandleTypeDef hadc1;
DMA_HandleTypeDef hdma_memtomem;

static uint8_t tx_buf[64];
static uint8_t rx_buf[64];
static uint32_t adc_samples[16];
static volatile int tx_done;
static volatile int rx_done;
static volatile int adc_done;

void HAL_UART_TxCpltCallback(UART_HandleTypeDef *huart) { tx_done = 1; }
void HAL_UART_RxCpltCallback(UART_HandleTypeDef *huart) { rx_done = 1; }
void HAL_ADC_ConvCpltCallback(ADC_HandleTypeDef *hadc) { adc_done = 1; }


int consume(int);

// --- UART ------------------------------------------------------------------

void uart_tx_refill_in_flight(void) {
  HAL_UART_Transmit_DMA(&huart2, tx_buf, sizeof tx_buf);
  tx_buf[0] = 'x'; // expected-warning{{Write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight}}
}

void uart_rx_read_before_complete(void) {
  HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf);
  consume(rx_buf[0]); // expected-warning{{Read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
}

void uart_tx_flag_loop_ok(void) {
  tx_done = 0;
  if (HAL_UART_Transmit_DMA(&huart2, tx_buf, sizeof tx_buf) != HAL_OK)
    return;
  while (!tx_done) {
  }
  tx_buf[0] = 'x'; // no-warning
}

void uart_rx_flag_loop_ok(void) {
  rx_done = 0;
  HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf);
  while (!rx_done) {
  }
  consume(rx_buf[0]); // no-warning
}

void uart_failed_start_ok(void) {
  if (HAL_UART_Transmit_DMA(&huart2, tx_buf, sizeof tx_buf) != HAL_OK) {
    tx_buf[0] = 'x'; // no-warning: a start that returned HAL_BUSY took nothing
    return;
  }
  while (!tx_done) {
  }
}

void uart_state_poll_ok(void) {
  HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf);
  while (HAL_UART_GetState(&huart2) != HAL_UART_STATE_READY) {
  }
  consume(rx_buf[0]); // no-warning
}

void uart_state_poll_wrong_state(void) {
  HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf);
  if (HAL_UART_GetState(&huart2) == HAL_UART_STATE_BUSY_RX)
    consume(rx_buf[0]); // expected-warning{{Read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
}

void uart_dmastop_ok(void) {
  HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf);
  HAL_UART_DMAStop(&huart2);
  rx_buf[0] = 0; // no-warning
}

void uart_abort_it_not_yet_done(void) {
  HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf);
  HAL_UART_Abort_IT(&huart2); // asynchronous: done when the callback runs
  rx_buf[0] = 0; // expected-warning{{Write to 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
}

void uart_idle_receive_too_long(void) {
  HAL_UARTEx_ReceiveToIdle_DMA(&huart2, rx_buf, 128); // expected-warning{{DMA transfer of 128 bytes by 'HAL_UARTEx_ReceiveToIdle_DMA' overruns 'rx_buf', which has 64 bytes}}
}

void uart_stack_buffer_returned(void) {
  uint8_t line[16] = "hello";
  HAL_UART_Transmit_DMA(&huart2, line, sizeof line);
} // expected-warning{{Returning from 'uart_stack_buffer_returned' while a DMA transfer (memory-to-device) of its stack buffer 'line' is in flight}}

// --- SPI / I2C -------------------------------------------------------------

void spi_duplex_rx_read_in_flight(void) {
  HAL_SPI_TransmitReceive_DMA(&hspi1, tx_buf, rx_buf, 32);
  consume(tx_buf[1]); // no-warning: the engine only reads tx_buf
  consume(rx_buf[1]); // expected-warning{{Read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
}

void spi_duplex_stop_ok(void) {
  HAL_SPI_TransmitReceive_DMA(&hspi1, tx_buf, rx_buf, 32);
  HAL_SPI_DMAStop(&hspi1);
  consume(rx_buf[1]); // no-warning
}

void i2c_mem_read_in_flight(void) {
  HAL_I2C_Mem_Read_DMA(&hi2c1, 0xA0, 0x10, 1, rx_buf, 16);
  rx_buf[0] = 0; // expected-warning{{Write to 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
}

// HAL refuses a start on a busy handle (HAL_BUSY): the second call takes
// nothing, and the first transfer still owns the buffer.
void i2c_master_transmit_restarted_while_busy(void) {
  HAL_I2C_Master_Transmit_DMA(&hi2c1, 0x42, tx_buf, 8);
  HAL_I2C_Master_Transmit_DMA(&hi2c1, 0x42, tx_buf, 8); // no-warning: HAL_BUSY
  tx_buf[0] = 0; // expected-warning{{Write to 'tx_buf' while a DMA transfer (memory-to-device) is in flight}}
}

void i2c_busy_start_reports_failure(void) {
  if (HAL_I2C_Master_Transmit_DMA(&hi2c1, 0x42, tx_buf, 8) != HAL_OK)
    return;
  if (HAL_I2C_Master_Transmit_DMA(&hi2c1, 0x42, tx_buf + 8, 8) == HAL_OK)
    tx_buf[8] = 0; // no-warning: unreachable, the handle was busy
}

// A UART transmits and receives at once: separate state machines.
void uart_rx_while_tx_runs(void) {
  if (HAL_UART_Transmit_DMA(&huart2, tx_buf, sizeof tx_buf) != HAL_OK)
    return;
  if (HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf) != HAL_OK)
    return;
  consume(rx_buf[0]); // expected-warning{{Read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
}

// --- ADC -------------------------------------------------------------------

void adc_samples_read_in_flight(void) {
  HAL_ADC_Start_DMA(&hadc1, adc_samples, 16);
  consume(adc_samples[0]); // expected-warning{{Read of 'adc_samples' while a DMA transfer (device-to-memory) is in flight}}
}

void adc_flag_ok(void) {
  adc_done = 0;
  HAL_ADC_Start_DMA(&hadc1, adc_samples, 16);
  while (!adc_done) {
  }
  consume(adc_samples[0]); // no-warning
}

void adc_stop_ok(void) {
  HAL_ADC_Start_DMA(&hadc1, adc_samples, 16);
  HAL_ADC_Stop_DMA(&hadc1);
  consume(adc_samples[0]); // no-warning
}

// --- DMA driver: addresses as uint32_t --------------------------------------

void dma_mem_to_mem_read_before_poll(void) {
  HAL_DMA_Start(&hdma_memtomem, (uint32_t)tx_buf, (uint32_t)rx_buf, 64);
  consume(rx_buf[3]); // expected-warning{{Read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
}

void dma_mem_to_mem_poll_ok(void) {
  HAL_DMA_Start(&hdma_memtomem, (uint32_t)tx_buf, (uint32_t)rx_buf, 64);
  if (HAL_DMA_PollForTransfer(&hdma_memtomem, HAL_DMA_FULL_TRANSFER, 100) != HAL_OK)
    return;
  consume(rx_buf[3]); // no-warning
}

void dma_poll_timeout_still_in_flight(void) {
  HAL_DMA_Start_IT(&hdma_memtomem, (uint32_t)tx_buf, (uint32_t)rx_buf, 64);
  if (HAL_DMA_PollForTransfer(&hdma_memtomem, HAL_DMA_FULL_TRANSFER, 1) != HAL_OK)
    rx_buf[0] = 0; // expected-warning{{Write to 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
  HAL_DMA_Abort(&hdma_memtomem);
}

// A Tx callback's flag says nothing about the receive running beside it.
void uart_tx_flag_does_not_complete_rx(void) {
  tx_done = 0;
  HAL_UART_Receive_DMA(&huart2, rx_buf, sizeof rx_buf);
  HAL_UART_Transmit_DMA(&huart2, tx_buf, sizeof tx_buf);
  while (!tx_done) {
  }
  tx_buf[0] = 'y'; // no-warning: the transmit is complete
  consume(rx_buf[0]); // expected-warning{{Read of 'rx_buf' while a DMA transfer (device-to-memory) is in flight}}
}
