/* A module file for the kbuild-analyze test: a register read into the
 * stack through the driver's helper, and one into a kmalloc'ed buffer. */
#include "linux/slab.h"
#include "linux/usb.h"
#ifndef MODULE
#error "built as a module: -DMODULE comes from the Kbuild line"
#endif
static int vendor_read(struct usb_device *udev, void *buf, __u16 len) {
  return usb_control_msg(udev, usb_rcvctrlpipe(udev, 0), 1, 0xc0, 0, 0, buf, len, 100);
}
int read_status(struct usb_device *udev) {
  u8 status;
  return vendor_read(udev, &status, 1) == 1 ? status : -EIO;
}
int read_status_ok(struct usb_device *udev) {
  u8 *status = kmalloc(1, GFP_KERNEL);
  int ret = status ? vendor_read(udev, status, 1) : -ENOMEM;
  kfree(status);
  return ret;
}
