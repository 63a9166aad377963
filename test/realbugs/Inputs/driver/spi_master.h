/* Stand-in for ESP-IDF's driver/spi_master.h, written for the real-bug
 * corpus: the transaction descriptor (with its anonymous unions, as in the
 * IDF) and the calls the reconstructed code makes. */
#ifndef REALBUGS_DRIVER_SPI_MASTER_H
#define REALBUGS_DRIVER_SPI_MASTER_H
#include <stddef.h>
#include <stdint.h>
typedef int esp_err_t;
#define ESP_OK 0
typedef uint32_t TickType_t;
#define portMAX_DELAY 0xffffffffu
typedef struct spi_device_t *spi_device_handle_t;
typedef struct spi_transaction_t {
  uint32_t flags;
  uint16_t cmd;
  uint64_t addr;
  size_t length;   /* in bits */
  size_t rxlength; /* in bits */
  void *user;
  union { const void *tx_buffer; uint8_t tx_data[4]; };
  union { void *rx_buffer; uint8_t rx_data[4]; };
} spi_transaction_t;
esp_err_t spi_device_queue_trans(spi_device_handle_t handle, spi_transaction_t *trans_desc, TickType_t ticks_to_wait);
esp_err_t spi_device_get_trans_result(spi_device_handle_t handle, spi_transaction_t **trans_desc, TickType_t ticks_to_wait);
esp_err_t spi_device_transmit(spi_device_handle_t handle, spi_transaction_t *trans_desc);
esp_err_t spi_device_polling_transmit(spi_device_handle_t handle, spi_transaction_t *trans_desc);
#endif
