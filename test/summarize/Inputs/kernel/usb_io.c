/* The driver's USB helpers: each passes its caller's buffer to the USB core,
 * which DMAs from it. */
#include "mydev.h"

int mydev_write_reg(struct mydev *d, u16 reg, u8 *val) {
  return usb_control_msg(d->udev, usb_sndctrlpipe(d->udev, 0), 0x01, 0x40, 0, reg, val, 1, 1000);
}

int mydev_bulk_in(struct mydev *d, void *buf, int len) {
  int actual;
  return usb_bulk_msg(d->udev, usb_rcvbulkpipe(d->udev, 1), buf, len, &actual, 1000);
}
