/* Stand-in for NuttX's arch/arm/src/sama5/sam_dmac.h, written for the
 * real-bug corpus: the DMA calls the reconstructions use
 * (models/nuttx-sam-dma.yaml). */
#ifndef REALBUGS_NUTTX_SAMA5_SAM_DMAC_H
#define REALBUGS_NUTTX_SAMA5_SAM_DMAC_H
#include <stddef.h>
#include <stdint.h>
typedef void *DMA_HANDLE;
typedef void (*dma_callback_t)(DMA_HANDLE handle, void *arg, int result);
int sam_dmarxsetup(DMA_HANDLE handle, uint32_t paddr, uint32_t maddr, size_t nbytes);
int sam_dmatxsetup(DMA_HANDLE handle, uint32_t paddr, uint32_t maddr, size_t nbytes);
int sam_dmastart(DMA_HANDLE handle, dma_callback_t callback, void *arg);
void sam_dmastop(DMA_HANDLE handle);
#endif
