/* Stand-in for the MCUXpresso SDK's fsl_lpuart_edma.h and fsl_lpspi_edma.h
 * (with the transfer structs of fsl_lpuart.h / fsl_lpspi.h): the
 * declarations the model tests use, with the SDK's parameter order. Written
 * for the model tests. */
#ifndef TEST_FSL_LPUART_EDMA_H
#define TEST_FSL_LPUART_EDMA_H
typedef unsigned char uint8_t;
typedef unsigned int uint32_t;
typedef unsigned long size_t;
typedef int status_t;
#define kStatus_Success 0

typedef struct { volatile uint32_t DATA; } LPUART_Type;
typedef struct { volatile uint32_t TDR; } LPSPI_Type;
typedef struct { int channel; } edma_handle_t;
typedef struct { int txState, rxState; } lpuart_edma_handle_t;
typedef struct { int state; } lpspi_master_edma_handle_t;

typedef struct {
  union {
    uint8_t *data;
    uint8_t *rxData;
    const uint8_t *txData;
  };
  size_t dataSize;
} lpuart_transfer_t;
typedef struct {
  const uint8_t *txData;
  uint8_t *rxData;
  volatile size_t dataSize;
  uint32_t configFlags;
} lpspi_transfer_t;

typedef void (*lpuart_edma_transfer_callback_t)(LPUART_Type *base, lpuart_edma_handle_t *handle,
                                                status_t status, void *userData);
void LPUART_TransferCreateHandleEDMA(LPUART_Type *base, lpuart_edma_handle_t *handle,
                                     lpuart_edma_transfer_callback_t callback, void *userData,
                                     edma_handle_t *txEdmaHandle, edma_handle_t *rxEdmaHandle);
status_t LPUART_SendEDMA(LPUART_Type *base, lpuart_edma_handle_t *handle, lpuart_transfer_t *xfer);
status_t LPUART_ReceiveEDMA(LPUART_Type *base, lpuart_edma_handle_t *handle, lpuart_transfer_t *xfer);
void LPUART_TransferAbortReceiveEDMA(LPUART_Type *base, lpuart_edma_handle_t *handle);
status_t LPSPI_MasterTransferEDMA(LPSPI_Type *base, lpspi_master_edma_handle_t *handle,
                                  lpspi_transfer_t *transfer);
#endif
