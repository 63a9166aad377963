// Source: ISDN4Linux/mISDN PR #6 ("Fix mISDN driver crash caused by transfer buffer on the stack", Juliana Rodrigueiro, 2019; the same change went into Linux drivers/isdn/hardware/mISDN/hfcsusb)
// Codebase: Linux (drivers/isdn/hardware/mISDN)
// Class: unfit storage
//
// hfcsusb reads single chip registers with read_reg_atomic(), a macro over
// usb_control_msg(). At probe, setup_hfcsusb() read the chip id into a local
// `u_char b`; since Linux 4.9 (vmapped stacks) the probe crashed with
// "transfer buffer is on stack" in usb_hcd_submit_urb. The fix reads into a
// kmalloc'ed byte and frees it after the check.
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s
// RUN: %realbugs_tidy %s -- --target=x86_64-unknown-linux-gnu -ffreestanding -I %realbugs_inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "linux/slab.h"
#include "linux/usb.h"

typedef unsigned char u_char;
struct hfcsusb { struct usb_device *dev; unsigned int ctrl_in_pipe; };
#define HFCUSB_CHIP_ID 0x16
#define HFCUSB_CHIPID 0x30
#define HFC_CTRL_TIMEOUT 20
#define read_reg_atomic(a, b, c) \
  usb_control_msg((a)->dev, (a)->ctrl_in_pipe, 1, 0xC0, 0, (b), (c), 1, HFC_CTRL_TIMEOUT)

int setup_hfcsusb_before_fix(struct hfcsusb *hw) {
  u_char b;
  if (read_reg_atomic(hw, HFCUSB_CHIP_ID, &b) != 1) // expected-warning{{stack}}
    // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}stack{{.*}} [dmasafe-unfit-storage]
    return 1;
  if (b != HFCUSB_CHIPID)
    return 1;
  return 0;
}

int setup_hfcsusb_after_fix(struct hfcsusb *hw) {
  void *dmabuf = kmalloc(sizeof(u_char), GFP_KERNEL);
  u_char b;
  int ret;
  if (!dmabuf)
    return -ENOMEM;
  ret = read_reg_atomic(hw, HFCUSB_CHIP_ID, dmabuf); // no-warning
  b = *((u_char *)dmabuf);
  kfree(dmabuf);
  if (ret != 1)
    return 1;
  if (b != HFCUSB_CHIPID)
    return 1;
  return 0;
}
