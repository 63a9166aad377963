// Source: linux-media patch "[PATCH 1/5] [media] ec168: get rid of on-stack dma buffers" (Florian Mickler, 2011-03-20, Message-Id 1300657852-29318-2-git-send-email-florian@mickler.org; acked, reviewed and tested by Antti Palosaari)
// Codebase: Linux (drivers/media/dvb/dvb-usb)
// Class: unfit storage
//
// ec168_rw_udev(), the one USB access routine of the E3C EC168 DVB-T
// driver, declared its data stage as a variable-length array `u8
// buf[req->size]` on the stack, filled it for writes and handed it to
// usb_control_msg(), which maps it for DMA. The fix kmallocs req->size bytes
// after the request is decoded and frees them on every exit.
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s
// RUN: %realbugs_tidy %s -- --target=x86_64-unknown-linux-gnu -ffreestanding -I %realbugs_inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'

#include "linux/slab.h"
#include "linux/usb.h"

void *memcpy(void *dst, const void *src, size_t n);
enum ec168_cmd { DOWNLOAD_FIRMWARE, CONFIG, DEMOD_RW, GPIO };
struct ec168_req { u8 cmd; u16 value; u16 index; u16 size; u8 *data; };
#define EC168_USB_TIMEOUT 1000

int ec168_rw_udev_before_fix(struct usb_device *udev, struct ec168_req *req) {
  int ret;
  unsigned int pipe;
  u8 request, requesttype;
  u8 buf[req->size];

  switch (req->cmd) {
  case DOWNLOAD_FIRMWARE:
  case CONFIG:
    request = req->cmd;
    requesttype = USB_TYPE_VENDOR | USB_DIR_OUT;
    break;
  case DEMOD_RW:
    request = req->cmd;
    requesttype = USB_TYPE_VENDOR | USB_DIR_IN;
    break;
  default:
    return -EINVAL;
  }
  if (requesttype == (USB_TYPE_VENDOR | USB_DIR_OUT)) {
    memcpy(buf, req->data, req->size);
    pipe = usb_sndctrlpipe(udev, 0);
  } else {
    pipe = usb_rcvctrlpipe(udev, 0);
  }
  ret = usb_control_msg(udev, pipe, request, requesttype, req->value, req->index, buf, req->size, EC168_USB_TIMEOUT); // expected-warning{{stack}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}stack{{.*}} [dmasafe-unfit-storage]
  if (ret < 0)
    return ret;
  if (requesttype == (USB_TYPE_VENDOR | USB_DIR_IN))
    memcpy(req->data, buf, req->size);
  return 0;
}

int ec168_rw_udev_after_fix(struct usb_device *udev, struct ec168_req *req) {
  int ret;
  unsigned int pipe;
  u8 request, requesttype;
  u8 *buf;

  switch (req->cmd) {
  case DOWNLOAD_FIRMWARE:
  case CONFIG:
    request = req->cmd;
    requesttype = USB_TYPE_VENDOR | USB_DIR_OUT;
    break;
  case DEMOD_RW:
    request = req->cmd;
    requesttype = USB_TYPE_VENDOR | USB_DIR_IN;
    break;
  default:
    return -EINVAL;
  }
  buf = kmalloc(req->size, GFP_KERNEL);
  if (!buf)
    return -ENOMEM;
  if (requesttype == (USB_TYPE_VENDOR | USB_DIR_OUT)) {
    memcpy(buf, req->data, req->size);
    pipe = usb_sndctrlpipe(udev, 0);
  } else {
    pipe = usb_rcvctrlpipe(udev, 0);
  }
  ret = usb_control_msg(udev, pipe, request, requesttype, req->value, req->index, buf, req->size, EC168_USB_TIMEOUT); // no-warning
  if (ret < 0)
    goto err_dealloc;
  if (requesttype == (USB_TYPE_VENDOR | USB_DIR_IN))
    memcpy(req->data, buf, req->size);
  ret = 0;
err_dealloc:
  kfree(buf);
  return ret;
}
