// Source: linux-media patch "[PATCH v2 31/31] flexcop-usb: don't use stack for DMA" (Mauro Carvalho Chehab, 2016-10-11, Message-Id cd83f8f3349d51c637c000520e8204128262c0d8.1476179975.git.mchehab@s-opensource.com; Linux commit b430eaba0be5)
// Codebase: Linux (drivers/media/usb/b2c2)
// Class: unfit storage
//
// flexcop_usb_readwrite_dw() of the B2C2 FlexCop USB driver passed its `u32
// *val` to usb_control_msg() as the data stage; flexcop_usb_read_ibi_reg()
// called it with the address of a local `flexcop_ibi_value`. The fix adds a
// `u8 data[80]` buffer to the kmalloc'ed struct flexcop_usb, guarded by
// data_mutex, and copies the dword in and out of it.
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s

#include "linux/slab.h"
#include "linux/usb.h"

void *memcpy(void *dst, const void *src, size_t n);
struct mutex { int locked; };
void mutex_lock(struct mutex *m);
void mutex_unlock(struct mutex *m);
typedef union { u32 raw; } flexcop_ibi_value;
struct flexcop_usb {
  struct usb_device *udev;
  u8 data[80]; // for URB control messages (added by the fix)
  struct mutex data_mutex;
};
struct flexcop_device { struct flexcop_usb *bus_specific; };
#define B2C2_USB_READ_REG 0x08
#define B2C2_WAIT_FOR_OPERATION_RDW 3

static int flexcop_usb_readwrite_dw_before_fix(struct flexcop_device *fc, u16 wRegOffsPCI, u32 *val, u8 read) {
  struct flexcop_usb *fc_usb = fc->bus_specific;
  u8 request_type = (read ? USB_DIR_IN : USB_DIR_OUT) | USB_TYPE_VENDOR;
  int len = usb_control_msg(fc_usb->udev, read ? usb_rcvctrlpipe(fc_usb->udev, 0) : usb_sndctrlpipe(fc_usb->udev, 0),
                            B2C2_USB_READ_REG, request_type, wRegOffsPCI >> 2, 0, val, sizeof(u32),
                            B2C2_WAIT_FOR_OPERATION_RDW * HZ);
  return len != sizeof(u32) ? -EIO : 0;
}

static int flexcop_usb_readwrite_dw_after_fix(struct flexcop_device *fc, u16 wRegOffsPCI, u32 *val, u8 read) {
  struct flexcop_usb *fc_usb = fc->bus_specific;
  u8 request_type = (read ? USB_DIR_IN : USB_DIR_OUT) | USB_TYPE_VENDOR;
  int ret;
  mutex_lock(&fc_usb->data_mutex);
  if (!read)
    memcpy(fc_usb->data, val, sizeof(*val));
  ret = usb_control_msg(fc_usb->udev, read ? usb_rcvctrlpipe(fc_usb->udev, 0) : usb_sndctrlpipe(fc_usb->udev, 0),
                        B2C2_USB_READ_REG, request_type, wRegOffsPCI >> 2, 0, fc_usb->data, sizeof(u32),
                        B2C2_WAIT_FOR_OPERATION_RDW * HZ);
  if (ret != sizeof(u32) && ret >= 0)
    ret = -EIO;
  if (read && ret >= 0)
    memcpy(val, fc_usb->data, sizeof(*val));
  mutex_unlock(&fc_usb->data_mutex);
  return ret;
}

flexcop_ibi_value flexcop_usb_read_ibi_reg_before_fix(struct flexcop_device *fc, u16 reg) {
  flexcop_ibi_value val;
  val.raw = 0;
  flexcop_usb_readwrite_dw_before_fix(fc, reg, &val.raw, 1); // expected-warning{{stack}}
  return val;
}

flexcop_ibi_value flexcop_usb_read_ibi_reg_after_fix(struct flexcop_device *fc, u16 reg) {
  flexcop_ibi_value val;
  val.raw = 0;
  flexcop_usb_readwrite_dw_after_fix(fc, reg, &val.raw, 1); // no-warning
  return val;
}
