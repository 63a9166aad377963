// Source: linux-media patch "[PATCH 4/6] [media] dw2102: get rid of on-stack dma buffer" (Florian Mickler, 2011-03-21, Message-Id 1300732426-18958-5-git-send-email-florian@mickler.org)
// Codebase: Linux (drivers/media/dvb/dvb-usb)
// Class: unfit storage
//
// dw210x_op_rw(), the register access of the DVBWorld DW2102/2104/2116
// USB receivers, staged every transfer in a variable-length array `u8
// u8buf[len]` on the stack and passed it to usb_control_msg(), whose data
// stage is DMA'd ("usb_control_msg initiates (and waits for completion of)
// a dma transfer using the supplied buffer"). The fix kmallocs the buffer.
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s
// RUN: %realbugs_tidy %s -- --target=x86_64-unknown-linux-gnu -ffreestanding -I %realbugs_inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "linux/slab.h"
#include "linux/usb.h"

void *memcpy(void *dst, const void *src, size_t n);
#define DW210X_READ_MSG 0
#define DW210X_WRITE_MSG 1

int dw210x_op_rw_before_fix(struct usb_device *dev, u8 request, u16 value, u16 index, u8 *data, u16 len, int flags) {
  int ret;
  u8 u8buf[len];
  unsigned int pipe = (flags == DW210X_READ_MSG) ? usb_rcvctrlpipe(dev, 0) : usb_sndctrlpipe(dev, 0);
  u8 request_type = (flags == DW210X_READ_MSG) ? USB_DIR_IN : USB_DIR_OUT;

  if (flags == DW210X_WRITE_MSG)
    memcpy(u8buf, data, len);
  ret = usb_control_msg(dev, pipe, request, request_type | USB_TYPE_VENDOR, value, index, u8buf, len, 2000); // expected-warning{{stack}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}stack{{.*}} [dmasafe-unfit-storage]
  if (flags == DW210X_READ_MSG)
    memcpy(data, u8buf, len);
  return ret;
}

int dw210x_op_rw_after_fix(struct usb_device *dev, u8 request, u16 value, u16 index, u8 *data, u16 len, int flags) {
  int ret;
  u8 *u8buf;
  unsigned int pipe = (flags == DW210X_READ_MSG) ? usb_rcvctrlpipe(dev, 0) : usb_sndctrlpipe(dev, 0);
  u8 request_type = (flags == DW210X_READ_MSG) ? USB_DIR_IN : USB_DIR_OUT;

  u8buf = kmalloc(len, GFP_KERNEL);
  if (!u8buf)
    return -ENOMEM;
  if (flags == DW210X_WRITE_MSG)
    memcpy(u8buf, data, len);
  ret = usb_control_msg(dev, pipe, request, request_type | USB_TYPE_VENDOR, value, index, u8buf, len, 2000); // no-warning
  if (flags == DW210X_READ_MSG)
    memcpy(data, u8buf, len);
  kfree(u8buf);
  return ret;
}
