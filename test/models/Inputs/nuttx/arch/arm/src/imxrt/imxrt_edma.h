/* Stand-in for NuttX's arch/arm/src/imxrt/imxrt_edma.h: the transfer
 * configuration and the calls the model test uses, written for it. */
#ifndef TEST_NUTTX_IMXRT_EDMA_H
#define TEST_NUTTX_IMXRT_EDMA_H
typedef unsigned char uint8_t;
typedef short int16_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef _Bool bool;
typedef void *DMACH_HANDLE;
typedef void (*edma_callback_t)(DMACH_HANDLE handle, void *arg, bool done, int result);
enum imxrt_edma_xfrtype_e { EDMA_MEM2MEM = 0, EDMA_PERIPH2MEM, EDMA_MEM2PERIPH };
struct imxrt_edma_xfrconfig_s {
  uint32_t saddr;
  uint32_t daddr;
  int16_t soff;
  int16_t doff;
  uint16_t iter;
  uint8_t flags;
  uint8_t ssize;
  uint8_t dsize;
  uint8_t ttype;
  uint32_t nbytes;
};
int imxrt_dmach_xfrsetup(DMACH_HANDLE *handle, const struct imxrt_edma_xfrconfig_s *config);
int imxrt_dmach_start(DMACH_HANDLE handle, edma_callback_t callback, void *arg);
void imxrt_dmach_stop(DMACH_HANDLE handle);
#endif
