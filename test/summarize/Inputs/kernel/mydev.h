#ifndef MYDEV_H
#define MYDEV_H
#include <linux/usb.h>
struct mydev { struct usb_device *udev; };
/* usb_io.c */
int mydev_write_reg(struct mydev *d, u16 reg, u8 *val);
int mydev_bulk_in(struct mydev *d, void *buf, int len);
/* core.c */
int mydev_read_status(struct mydev *d, u8 *status);
#endif
