// Source: linux-media patch "[PATCH 6/6] [media] opera1: get rid of on-stack dma buffer" (Florian Mickler, 2011-03-21, Message-Id 1300732426-18958-7-git-send-email-florian@mickler.org; merged for 2.6.39)
// Codebase: Linux (drivers/media/dvb/dvb-usb)
// Class: unfit storage
//
// The Opera1 DVB-S USB driver's register access, opera1_xilinx_rw(), copied
// the caller's data into a variable-length array `u8 u8buf[len]` on the
// stack and sent it with usb_control_msg(); a tuner request then read one
// status byte into a local `u8 r`. usb_control_msg() maps the data stage for
// DMA, and lib/dma-debug.c's check_for_stack warned. The fix kmallocs one
// buffer of `len` bytes and uses it for both requests.
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s
// RUN: %realbugs_tidy %s -- --target=x86_64-unknown-linux-gnu -ffreestanding -I %realbugs_inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "linux/slab.h"
#include "linux/usb.h"

void *memcpy(void *dst, const void *src, size_t n);
#define OPERA_READ_MSG 0
#define OPERA_WRITE_MSG 1
#define OPERA_TUNER_REQ 0xb1

int opera1_xilinx_rw_before_fix(struct usb_device *dev, u8 request, u16 value, u8 *data, u16 len, int flags) {
  int ret;
  u8 r;
  u8 u8buf[len];
  unsigned int pipe = (flags == OPERA_READ_MSG) ? usb_rcvctrlpipe(dev, 0) : usb_sndctrlpipe(dev, 0);
  u8 request_type = (flags == OPERA_READ_MSG) ? USB_DIR_IN : USB_DIR_OUT;

  if (flags == OPERA_WRITE_MSG)
    memcpy(u8buf, data, len);
  ret = usb_control_msg(dev, pipe, request, request_type | USB_TYPE_VENDOR, value, 0x0, u8buf, len, 2000); // expected-warning{{stack}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}stack{{.*}} [dmasafe-unfit-storage]
  if (request == OPERA_TUNER_REQ) {
    if (usb_control_msg(dev, usb_rcvctrlpipe(dev, 0), OPERA_TUNER_REQ, USB_DIR_IN | USB_TYPE_VENDOR,
                        0x01, 0x0, &r, 1, 2000) < 1 || r != 0x08) // expected-warning@-1{{stack}}
      // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}stack{{.*}} [dmasafe-unfit-storage]
      return 0;
  }
  if (flags == OPERA_READ_MSG)
    memcpy(data, u8buf, len);
  return ret;
}

int opera1_xilinx_rw_after_fix(struct usb_device *dev, u8 request, u16 value, u8 *data, u16 len, int flags) {
  int ret;
  u8 tmp;
  u8 *buf;
  unsigned int pipe = (flags == OPERA_READ_MSG) ? usb_rcvctrlpipe(dev, 0) : usb_sndctrlpipe(dev, 0);
  u8 request_type = (flags == OPERA_READ_MSG) ? USB_DIR_IN : USB_DIR_OUT;

  buf = kmalloc(len, GFP_KERNEL);
  if (!buf)
    return -ENOMEM;
  if (flags == OPERA_WRITE_MSG)
    memcpy(buf, data, len);
  ret = usb_control_msg(dev, pipe, request, request_type | USB_TYPE_VENDOR, value, 0x0, buf, len, 2000); // no-warning
  if (request == OPERA_TUNER_REQ) {
    tmp = buf[0];
    if (usb_control_msg(dev, usb_rcvctrlpipe(dev, 0), OPERA_TUNER_REQ, USB_DIR_IN | USB_TYPE_VENDOR,
                        0x01, 0x0, buf, 1, 2000) < 1 || buf[0] != 0x08) { // no-warning
      ret = 0;
      goto out;
    }
    buf[0] = tmp;
  }
  if (flags == OPERA_READ_MSG)
    memcpy(data, buf, len);
out:
  kfree(buf);
  return ret;
}
