// Source: kuba-moo/mt7601u commit d3faadb ("mt7601u: fix dma from stack address"; the driver as merged into Linux drivers/net/wireless/mediatek/mt7601u)
// Codebase: Linux (out-of-tree driver)
// Class: unfit storage
//
// The MT7601U Wi-Fi driver read registers with vendor control requests:
// mt7601u_rr() passed the address of a local `__le32 val` down through
// mt7601u_vendor_request() to usb_control_msg(), which maps the data stage
// buffer for DMA (DMA-API debug: "device driver maps memory from stack").
// The fix adds a buffer to the device structure (vend_buf, kmalloc'd with
// it), protected by vendor_req_mutex, and copies the value out of it.
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s

#include "linux/slab.h"
#include "linux/usb.h"

struct mutex { int locked; };
void mutex_lock(struct mutex *m);
void mutex_unlock(struct mutex *m);
void *memcpy(void *dst, const void *src, size_t n);
static inline u32 le32_to_cpu(__le32 v) { return v; }

#define MT_VEND_MULTI_READ 7
#define MT_VEND_REQ_TOUT_MS 300

struct mt7601u_dev {
  struct usb_device *udev;
  struct mutex vendor_req_mutex;
  void *vend_buf; // kmalloc'd at probe (added by the fix)
};

static int mt7601u_vendor_request(struct mt7601u_dev *dev, const u8 req, const u8 direction,
                                  const u16 val, const u16 offset, void *buf, const size_t buflen) {
  unsigned int pipe = (direction == USB_DIR_IN) ? usb_rcvctrlpipe(dev->udev, 0)
                                                : usb_sndctrlpipe(dev->udev, 0);
  return usb_control_msg(dev->udev, pipe, req, direction | USB_TYPE_VENDOR, val, offset, buf,
                         buflen, MT_VEND_REQ_TOUT_MS);
}

u32 mt7601u_rr_before_fix(struct mt7601u_dev *dev, u32 offset) {
  __le32 val;
  int ret = mt7601u_vendor_request(dev, MT_VEND_MULTI_READ, USB_DIR_IN, 0, offset, &val, sizeof(val)); // expected-warning{{stack}}
  if (ret != sizeof(val))
    return ~0u;
  return le32_to_cpu(val);
}

u32 mt7601u_rr_after_fix(struct mt7601u_dev *dev, u32 offset) {
  __le32 val;
  mutex_lock(&dev->vendor_req_mutex);
  int ret = mt7601u_vendor_request(dev, MT_VEND_MULTI_READ, USB_DIR_IN, 0, offset, dev->vend_buf, sizeof(val)); // no-warning
  if (ret == sizeof(val))
    memcpy(&val, dev->vend_buf, sizeof(val));
  mutex_unlock(&dev->vendor_req_mutex);
  return ret == sizeof(val) ? le32_to_cpu(val) : ~0u;
}
