// Source: Henneberg-Systemdesign/cp2130 commit c17cced ("Use DMA-capable buffers for USB transfers", PR #24, resolves issue #23)
// Codebase: Linux (out-of-tree driver)
// Class: unfit storage
//
// The CP2130 USB-to-SPI bridge driver selected the chip select with a
// vendor control request whose two data bytes were a local `char
// ctrl_urb[2]`, and built bulk commands in similar stack arrays. USB
// message buffers are mapped for DMA and must come from kmalloc; the fix
// adds a kmalloc'd usb_xfer buffer to the device and sends from it.
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s
// RUN: %realbugs_tidy %s -- --target=x86_64-unknown-linux-gnu -ffreestanding -I %realbugs_inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "linux/slab.h"
#include "linux/usb.h"

#define CP2130_BREQ_SET_GPIO_CS 0x25
struct cp2130_channel { u8 cs_en; };
struct cp2130_device {
  struct usb_device *udev;
  int current_channel;
  u8 *usb_xfer; // kmalloc'd at probe (added by the fix)
};

int cp2130_select_channel_before_fix(struct cp2130_device *dev, struct cp2130_channel *chn, int chn_id) {
  char ctrl_urb[2] = {0};
  ctrl_urb[0] = chn_id;
  ctrl_urb[1] = chn->cs_en;
  int ret = usb_control_msg(dev->udev, usb_sndctrlpipe(dev->udev, 0), CP2130_BREQ_SET_GPIO_CS,
                            USB_TYPE_VENDOR | USB_RECIP_DEVICE | USB_DIR_OUT, 0, 0, ctrl_urb, 2, 200); // expected-warning@-1{{stack}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}stack{{.*}} [dmasafe-unfit-storage]
  if (ret < 2)
    return ret < 0 ? ret : -EIO;
  dev->current_channel = chn_id;
  return 0;
}

int cp2130_select_channel_after_fix(struct cp2130_device *dev, struct cp2130_channel *chn, int chn_id) {
  dev->usb_xfer[0] = chn_id;
  dev->usb_xfer[1] = chn->cs_en;
  int ret = usb_control_msg(dev->udev, usb_sndctrlpipe(dev->udev, 0), CP2130_BREQ_SET_GPIO_CS,
                            USB_TYPE_VENDOR | USB_RECIP_DEVICE | USB_DIR_OUT, 0, 0, dev->usb_xfer, 2, 200); // no-warning
  if (ret != 2)
    return ret < 0 ? ret : -EIO;
  dev->current_channel = chn_id;
  return 0;
}
