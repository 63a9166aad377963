// Source: linux-media patch "[PATCH 3/5] [media] au6610: get rid of on-stack dma buffer" (Florian Mickler, 2011-03-20, Message-Id 1300657852-29318-4-git-send-email-florian@mickler.org; acked and tested by Antti Palosaari)
// Codebase: Linux (drivers/media/dvb/dvb-usb)
// Class: unfit storage
//
// au6610_usb_msg() of the Alcor AU6610 DVB-T driver read the I2C reply into
// `u8 usb_buf[6]` on the stack with usb_control_msg(), which DMAs the data
// stage ("WARNING: at lib/dma-debug.c:866 check_for_stack"). The fix
// kmallocs the six bytes and frees them on every exit.
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s
// RUN: %realbugs_tidy %s -- --target=x86_64-unknown-linux-gnu -ffreestanding -I %realbugs_inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "linux/slab.h"
#include "linux/usb.h"

#define AU6610_REQ_I2C_READ 0x14
#define AU6610_REQ_USB_READ 0x17
#define AU6610_USB_TIMEOUT 1000
struct dvb_usb_device { struct usb_device *udev; };

int au6610_usb_msg_before_fix(struct dvb_usb_device *d, u8 operation, u8 addr, u8 *wbuf, u16 wlen, u8 *rbuf, u16 rlen) {
  int ret;
  u16 index;
  u8 usb_buf[6]; // enough for all known requests: read returns 5, write 6 bytes
  switch (wlen) {
  case 1: index = wbuf[0] << 8; break;
  case 2: index = wbuf[0] << 8; index += wbuf[1]; break;
  default: return -EINVAL;
  }
  ret = usb_control_msg(d->udev, usb_rcvctrlpipe(d->udev, 0), operation, USB_TYPE_VENDOR | USB_DIR_IN,
                        addr << 1, index, usb_buf, sizeof(usb_buf), AU6610_USB_TIMEOUT); // expected-warning@-1{{stack}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}stack{{.*}} [dmasafe-unfit-storage]
  if (ret < 0)
    return ret;
  switch (operation) {
  case AU6610_REQ_I2C_READ:
  case AU6610_REQ_USB_READ:
    rbuf[0] = usb_buf[4]; // the requested value is always the 5th byte
  }
  return ret;
}

int au6610_usb_msg_after_fix(struct dvb_usb_device *d, u8 operation, u8 addr, u8 *wbuf, u16 wlen, u8 *rbuf, u16 rlen) {
  int ret;
  u16 index;
  u8 *usb_buf = kmalloc(6, GFP_KERNEL);
  if (!usb_buf)
    return -ENOMEM;
  switch (wlen) {
  case 1: index = wbuf[0] << 8; break;
  case 2: index = wbuf[0] << 8; index += wbuf[1]; break;
  default: ret = -EINVAL; goto error;
  }
  ret = usb_control_msg(d->udev, usb_rcvctrlpipe(d->udev, 0), operation, USB_TYPE_VENDOR | USB_DIR_IN,
                        addr << 1, index, usb_buf, 6, AU6610_USB_TIMEOUT); // no-warning
  if (ret < 0)
    goto error;
  switch (operation) {
  case AU6610_REQ_I2C_READ:
  case AU6610_REQ_USB_READ:
    rbuf[0] = usb_buf[4];
  }
error:
  kfree(usb_buf);
  return ret;
}
