// Source: lowlander/dmx_usb_module commit 3ae202b ("Fixed crash caused by using vmapped memory for DMA", PR #2)
// Codebase: Linux (out-of-tree driver)
// Class: unfit storage
//
// The ENTTEC DMX USB kernel module read the FTDI modem status with
// usb_bulk_msg() into a 2-byte array on the stack (and sent control
// messages from stack bytes). usb_bulk_msg() maps its data buffer for DMA;
// since Linux 4.9 kernel stacks are vmapped (CONFIG_VMAP_STACK) and not
// DMA-capable, so the call failed with "transfer buffer not dma capable"
// and writes returned -EFAULT. The fix kmallocs the buffers.
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s
// RUN: %realbugs_tidy %s -- --target=x86_64-unknown-linux-gnu -ffreestanding -I %realbugs_inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "linux/slab.h"
#include "linux/usb.h"

struct dmx_usb_device {
  struct usb_device *udev;
  __u8 bulk_in_endpointAddr;
};

int dmx_usb_status_before_fix(struct dmx_usb_device *dev) {
  unsigned char buf[2];
  int count;
  int ret = usb_bulk_msg(dev->udev, usb_rcvbulkpipe(dev->udev, dev->bulk_in_endpointAddr),
                         &buf, 2, &count, HZ * 10); // expected-warning@-1{{stack}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}stack{{.*}} [dmasafe-unfit-storage]
  if (ret < 0)
    return ret;
  return buf[1];
}

int dmx_usb_status_after_fix(struct dmx_usb_device *dev) {
  unsigned char (*buf)[2] = kmalloc(sizeof(*buf), GFP_KERNEL);
  int count;
  if (buf == NULL)
    return -ENOMEM;
  int ret = usb_bulk_msg(dev->udev, usb_rcvbulkpipe(dev->udev, dev->bulk_in_endpointAddr),
                         buf, 2, &count, HZ * 10); // no-warning
  if (ret >= 0)
    ret = (*buf)[1];
  kfree(buf);
  return ret;
}
