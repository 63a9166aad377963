/* Stand-in for ESP-IDF's driver/spi_master.h: the signatures and
 * spi_transaction_t (with its anonymous unions), written for the model
 * tests. */
#ifndef TEST_ESP_SPI_MASTER_H
#define TEST_ESP_SPI_MASTER_H

typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long long uint64_t;
typedef unsigned long size_t;
typedef int esp_err_t;
typedef uint32_t TickType_t;
#define ESP_OK 0
#define portMAX_DELAY ((TickType_t)0xffffffffUL)

typedef struct spi_device_t *spi_device_handle_t;

typedef struct spi_transaction_t {
  uint32_t flags;
  uint16_t cmd;
  uint64_t addr;
  size_t length;   /* bits */
  size_t rxlength; /* bits */
  void *user;
  union {
    const void *tx_buffer;
    uint8_t tx_data[4];
  };
  union {
    void *rx_buffer;
    uint8_t rx_data[4];
  };
} spi_transaction_t;

esp_err_t spi_device_queue_trans(spi_device_handle_t handle, spi_transaction_t *trans_desc, TickType_t ticks_to_wait);
esp_err_t spi_device_get_trans_result(spi_device_handle_t handle, spi_transaction_t **trans_desc, TickType_t ticks_to_wait);
esp_err_t spi_device_transmit(spi_device_handle_t handle, spi_transaction_t *trans_desc);
esp_err_t spi_device_polling_start(spi_device_handle_t handle, spi_transaction_t *trans_desc, TickType_t ticks_to_wait);
esp_err_t spi_device_polling_end(spi_device_handle_t handle, TickType_t ticks_to_wait);
esp_err_t spi_device_polling_transmit(spi_device_handle_t handle, spi_transaction_t *trans_desc);

#endif
