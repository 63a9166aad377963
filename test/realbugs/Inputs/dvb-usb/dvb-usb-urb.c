// The other translation unit of realbugs/linux/ttusb2-msg-stack-buffers-to-generic-rw.c:
// dvb_usb_generic_rw() of drivers/media/dvb/dvb-usb/dvb-usb-urb.c (Linux
// 3.1, before the ttusb2 fix), reduced and written for this corpus: it
// sends wbuf and, when an answer is expected, receives into rbuf, both with
// usb_bulk_msg() under the device's mutex. `dmasafe summarize` derives its
// contract from this body.
#include "linux/usb.h"

struct mutex;
int mutex_lock_interruptible(struct mutex *lock);
void mutex_unlock(struct mutex *lock);
void msleep(unsigned int msecs);
struct dvb_usb_device_properties { u8 generic_bulk_ctrl_endpoint; };
struct dvb_usb_device {
  struct dvb_usb_device_properties props;
  struct usb_device *udev;
  struct mutex *usb_mutex;
};

int dvb_usb_generic_rw(struct dvb_usb_device *d, u8 *wbuf, u16 wlen, u8 *rbuf, u16 rlen, int delay_ms) {
  int actlen = 0, ret;
  if (!d || wbuf == NULL || wlen == 0)
    return -EINVAL;
  if (d->props.generic_bulk_ctrl_endpoint == 0)
    return -EINVAL;
  if ((ret = mutex_lock_interruptible(d->usb_mutex)))
    return ret;
  ret = usb_bulk_msg(d->udev, usb_sndbulkpipe(d->udev, d->props.generic_bulk_ctrl_endpoint), wbuf, wlen, &actlen, 2000);
  if (!ret)
    ret = actlen != wlen ? -1 : 0;
  if (!ret && rbuf && rlen) {
    if (delay_ms)
      msleep(delay_ms);
    ret = usb_bulk_msg(d->udev, usb_rcvbulkpipe(d->udev, d->props.generic_bulk_ctrl_endpoint), rbuf, rlen, &actlen, 2000);
  }
  mutex_unlock(d->usb_mutex);
  return ret;
}
