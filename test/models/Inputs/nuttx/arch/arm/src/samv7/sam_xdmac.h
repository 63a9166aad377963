/* Stand-in for NuttX's arch/arm/src/samv7/sam_xdmac.h: the DMA calls the
 * model test uses, written for it. */
#ifndef TEST_NUTTX_SAMV7_SAM_XDMAC_H
#define TEST_NUTTX_SAMV7_SAM_XDMAC_H
typedef unsigned char uint8_t;
typedef unsigned int uint32_t;
typedef unsigned long size_t;
typedef void *DMA_HANDLE;
typedef void (*dma_callback_t)(DMA_HANDLE handle, void *arg, int result);
int sam_dmatxsetup(DMA_HANDLE handle, uint32_t paddr, uint32_t maddr, size_t nbytes);
int sam_dmarxsetup(DMA_HANDLE handle, uint32_t paddr, uint32_t maddr, size_t nbytes);
int sam_dmastart(DMA_HANDLE handle, dma_callback_t callback, void *arg);
void sam_dmastop(DMA_HANDLE handle);
#endif
