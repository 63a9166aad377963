// Source: linux-media patch "[PATCH v2 29/31] s2255drv: don't use stack for DMA" (Mauro Carvalho Chehab, 2016-10-11, Message-Id 474df449f4368f552aaa52d7ef77d4500f681bb3.1476179975.git.mchehab@s-opensource.com; merged for 4.9)
// Codebase: Linux (drivers/media/usb/s2255)
// Class: unfit storage
//
// s2255_vendor_req() of the Sensoray 2255 driver passed its caller's
// TransferBuffer straight to usb_control_msg(); s2255_get_fx2fw() gave it a
// `unsigned char transBuffer[64]` on its stack to read the FX2 firmware
// version. "The USB control messages require DMA to work. We cannot pass a
// stack-allocated buffer". The fix bounces through a kmalloc'ed buffer
// inside s2255_vendor_req().
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s

#include "linux/slab.h"
#include "linux/usb.h"

void *memcpy(void *dst, const void *src, size_t n);
typedef int32_t s32;
struct s2255_dev { struct usb_device *udev; };
#define S2255_VR_IN 0
#define S2255_VR_FW 0x30

static long s2255_vendor_req_before_fix(struct s2255_dev *dev, unsigned char Request, u16 Index, u16 Value,
                                        void *TransferBuffer, s32 TransferBufferLength, int bOut) {
  int r;
  if (!bOut)
    r = usb_control_msg(dev->udev, usb_rcvctrlpipe(dev->udev, 0), Request,
                        USB_TYPE_VENDOR | USB_RECIP_DEVICE | USB_DIR_IN, Value, Index, TransferBuffer,
                        TransferBufferLength, HZ * 5);
  else
    r = usb_control_msg(dev->udev, usb_sndctrlpipe(dev->udev, 0), Request, USB_TYPE_VENDOR | USB_RECIP_DEVICE,
                        Value, Index, TransferBuffer, TransferBufferLength, HZ * 5);
  return r;
}

static long s2255_vendor_req_after_fix(struct s2255_dev *dev, unsigned char Request, u16 Index, u16 Value,
                                       void *TransferBuffer, s32 TransferBufferLength, int bOut) {
  int r;
  unsigned char *buf = kmalloc(TransferBufferLength, GFP_KERNEL);
  if (!buf)
    return -ENOMEM;
  if (!bOut) {
    r = usb_control_msg(dev->udev, usb_rcvctrlpipe(dev->udev, 0), Request,
                        USB_TYPE_VENDOR | USB_RECIP_DEVICE | USB_DIR_IN, Value, Index, buf,
                        TransferBufferLength, HZ * 5);
    if (r >= 0)
      memcpy(TransferBuffer, buf, TransferBufferLength);
  } else {
    memcpy(buf, TransferBuffer, TransferBufferLength);
    r = usb_control_msg(dev->udev, usb_sndctrlpipe(dev->udev, 0), Request, USB_TYPE_VENDOR | USB_RECIP_DEVICE,
                        Value, Index, buf, TransferBufferLength, HZ * 5);
  }
  kfree(buf);
  return r;
}

int s2255_get_fx2fw_before_fix(struct s2255_dev *dev) {
  unsigned char transBuffer[64];
  long ret = s2255_vendor_req_before_fix(dev, S2255_VR_FW, 0, 0, transBuffer, 2, S2255_VR_IN); // expected-warning{{stack}}
  if (ret < 0)
    return -1;
  return transBuffer[0] + (transBuffer[1] << 8);
}

int s2255_get_fx2fw_after_fix(struct s2255_dev *dev) {
  unsigned char transBuffer[64];
  long ret = s2255_vendor_req_after_fix(dev, S2255_VR_FW, 0, 0, transBuffer, 2, S2255_VR_IN); // no-warning
  if (ret < 0)
    return -1;
  return transBuffer[0] + (transBuffer[1] << 8);
}
