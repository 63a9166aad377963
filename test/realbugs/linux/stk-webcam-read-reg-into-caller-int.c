// Source: linux-media patch "[PATCH v2 30/31] stk-webcam: don't use stack for DMA" (Mauro Carvalho Chehab, 2016-10-11, Message-Id 851ca35bb29e470269b83845ed564204c7d15004.1476179975.git.mchehab@s-opensource.com; series "Don't use stack for DMA transers on media usb drivers", merged for 4.9)
// Codebase: Linux (drivers/media/usb/stkwebcam)
// Class: unfit storage
//
// stk_camera_read_reg() of the Syntek DC1125 webcam driver received an `int
// *value` and passed it, cast to `u8 *`, as the data stage of
// usb_control_msg(). Its callers read registers into a local `int value`, so
// the USB core DMA'd into the caller's stack: with VMAP_STACK (4.9) the read
// failed. The fix reads into a kmalloc'ed byte and copies it out.
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s

#include "linux/slab.h"
#include "linux/usb.h"

void *memcpy(void *dst, const void *src, size_t n);
struct stk_camera { struct usb_device *udev; };
#define STK_IIC_STAT 0x0201
#define STK_IIC_STAT_TX_OK 0x04

static int stk_camera_read_reg_before_fix(struct stk_camera *dev, u16 index, int *value) {
  struct usb_device *udev = dev->udev;
  int ret = usb_control_msg(udev, usb_rcvctrlpipe(udev, 0), 0x00, USB_DIR_IN | USB_TYPE_VENDOR | USB_RECIP_DEVICE,
                            0x00, index, (u8 *)value, sizeof(u8), 500);
  if (ret < 0)
    return ret;
  return 0;
}

static int stk_camera_read_reg_after_fix(struct stk_camera *dev, u16 index, int *value) {
  struct usb_device *udev = dev->udev;
  unsigned char *buf = kmalloc(sizeof(u8), GFP_KERNEL);
  int ret;
  if (!buf)
    return -ENOMEM;
  ret = usb_control_msg(udev, usb_rcvctrlpipe(udev, 0), 0x00, USB_DIR_IN | USB_TYPE_VENDOR | USB_RECIP_DEVICE,
                        0x00, index, buf, sizeof(u8), 500);
  if (ret >= 0)
    memcpy(value, buf, sizeof(u8));
  kfree(buf);
  return ret;
}

// stk-sensor.c: waits for the sensor's I2C transmit to finish.
int stk_sensor_outb_before_fix(struct stk_camera *dev) {
  int tmpval = 0;
  if (stk_camera_read_reg_before_fix(dev, STK_IIC_STAT, &tmpval)) // expected-warning{{stack}}
    return 1;
  return (tmpval & STK_IIC_STAT_TX_OK) ? 0 : 1;
}

int stk_sensor_outb_after_fix(struct stk_camera *dev) {
  int tmpval = 0;
  if (stk_camera_read_reg_after_fix(dev, STK_IIC_STAT, &tmpval) < 0) // no-warning
    return 1;
  return (tmpval & STK_IIC_STAT_TX_OK) ? 0 : 1;
}
