/* Stand-in for ChibiOS's os/hal/include/hal_spi_v1.h: the SPI driver calls
 * and the configuration the model test uses, written for it. */
#ifndef TEST_CHIBIOS_HAL_SPI_V1_H
#define TEST_CHIBIOS_HAL_SPI_V1_H
#include "chtypes.h"
typedef struct SPIDriver SPIDriver;
typedef void (*spicallback_t)(SPIDriver *spip);
typedef struct {
  int circular;
  spicallback_t end_cb;
  uint32_t cr1, cr2;
} SPIConfig;
extern SPIDriver SPID1;
void spiStart(SPIDriver *spip, const SPIConfig *config);
void spiSelect(SPIDriver *spip);
void spiUnselect(SPIDriver *spip);
void spiStartExchange(SPIDriver *spip, size_t n, const void *txbuf, void *rxbuf);
void spiStartSend(SPIDriver *spip, size_t n, const void *txbuf);
void spiStartReceive(SPIDriver *spip, size_t n, void *rxbuf);
void spiAbort(SPIDriver *spip);
void spiExchange(SPIDriver *spip, size_t n, const void *txbuf, void *rxbuf);
void spiSend(SPIDriver *spip, size_t n, const void *txbuf);
void spiReceive(SPIDriver *spip, size_t n, void *rxbuf);
#endif
