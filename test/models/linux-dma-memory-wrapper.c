// A driver's own helper that passes its buffer parameter on to a kernel
// API that refuses stack memory inherits the requirement: a caller's
// stack buffer is reported at the caller's call of the helper (the analyzer
// inlines the helper within the file), not inside the helper. A kmalloc'ed
// buffer through the same helper, and a helper's own stack buffer (reported
// where it is passed), are the twins.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/linux-dma.yaml;%models_dir/linux-dma-memory.yaml' \
// RUN:   -I %S/Inputs -verify -analyzer-output=text %s
#include "linux/slab.h"
#include "linux/usb.h"

struct vdev { struct usb_device *udev; };

static int vendor_read(struct vdev *d, u8 req, void *buf, __u16 len) {
  return usb_control_msg(d->udev, usb_rcvctrlpipe(d->udev, 0), req, 0xc0, 0, 0, buf, len, 100); // expected-note 2 {{passed on to 'usb_control_msg' here}}
}

static int vendor_read_u32(struct vdev *d, u8 req, u32 *val) {
  return vendor_read(d, req, val, sizeof(*val));
}

int read_status_into_stack(struct vdev *d) {
  u8 status;
  if (vendor_read(d, 1, &status, 1) != 1) // expected-warning{{Stack buffer 'status' passed to 'vendor_read', which passes it on to 'usb_control_msg', which does not accept stack memory; use kmalloc'ed memory}} expected-note{{Stack buffer 'status' passed to 'vendor_read'}}
    return -5;
  return status;
}

// Two helpers deep: reported at the call in the buffer's own function.
int read_reg_into_stack(struct vdev *d) {
  u32 reg;
  vendor_read_u32(d, 2, &reg); // expected-warning{{Stack buffer 'reg' passed to 'vendor_read_u32', which passes it on to 'usb_control_msg'}} expected-note{{Stack buffer 'reg' passed to 'vendor_read_u32'}}
  return reg;
}

int read_status_into_kmalloc_ok(struct vdev *d) {
  u8 *status = kmalloc(1, GFP_KERNEL);
  int ret;
  if (!status)
    return -12;
  ret = vendor_read(d, 1, status, 1); // no-warning
  kfree(status);
  return ret;
}

// The helper's own stack buffer is the helper's bug.
static int vendor_ping(struct vdev *d) {
  u8 tmp[2];
  return usb_control_msg(d->udev, usb_rcvctrlpipe(d->udev, 0), 3, 0xc0, 0, 0, tmp, 2, 100); // expected-warning{{Stack buffer 'tmp' passed to 'usb_control_msg', which does not accept stack memory}} expected-note{{Stack buffer 'tmp' passed to 'usb_control_msg'}}
}

int ping(struct vdev *d) {
  return vendor_ping(d); // expected-note{{Calling 'vendor_ping'}}
}
