// Source: linux-media patch "[PATCH] [media] ttusb2: Don't use stack variables for DMA" (Josh Boyer, 2011-11-02, Message-Id 20111102203957.GE19809@zod.bos.redhat.com; fixes https://bugzilla.redhat.com/show_bug.cgi?id=734506)
// Codebase: Linux (drivers/media/dvb/dvb-usb)
// Class: unfit storage
//
// ttusb2_msg() of the Pinnacle/Technotrend TT-USB2 driver built its command
// in `u8 s[wlen+4]` and received the reply in `u8 r[64]`, both on the stack,
// and passed them to dvb_usb_generic_rw(), which sends and receives them
// with usb_bulk_msg() (dvb-usb-urb.c, another translation unit): DMA-API
// debug threw a traceback. The fix kzallocs both buffers.
//
// dvb_usb_generic_rw() is in dvb-usb-urb.c (Inputs/dvb-usb/, the other
// translation unit): `dmasafe summarize` derives from its body that wbuf and
// rbuf reach usb_bulk_msg(), and this unit's analysis loads that summary.
// RUN: %dmasafe summarize %realbugs_inputs/dvb-usb/dvb-usb-urb.c -o %t.yaml -- --target=x86_64-linux-gnu -ffreestanding -I %realbugs_inputs
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%realbugs_models;%t.yaml' %s

#include "linux/slab.h"
#include "linux/usb.h"

void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
struct dvb_usb_device { void *priv; };
struct ttusb2_state { u8 id; };
// dvb-usb.h: implemented in dvb-usb-urb.c with usb_bulk_msg() on both buffers.
int dvb_usb_generic_rw(struct dvb_usb_device *d, u8 *wbuf, u16 wlen, u8 *rbuf, u16 rlen, int delay_ms);

int ttusb2_msg_before_fix(struct dvb_usb_device *d, u8 cmd, u8 *wbuf, int wlen, u8 *rbuf, int rlen) {
  struct ttusb2_state *st = d->priv;
  u8 s[wlen + 4], r[64] = {0};
  int ret;
  memset(s, 0, wlen + 4);
  s[0] = 0xaa;
  s[1] = ++st->id;
  s[2] = cmd;
  s[3] = wlen;
  memcpy(&s[4], wbuf, wlen);
  ret = dvb_usb_generic_rw(d, s, wlen + 4, r, 64, 0); // expected-warning{{stack}}
  if (ret != 0 || r[0] != 0x55 || r[1] != s[1] || r[2] != cmd || (rlen > 0 && r[3] != rlen))
    return -EIO;
  if (rlen > 0)
    memcpy(rbuf, &r[4], rlen);
  return 0;
}

int ttusb2_msg_after_fix(struct dvb_usb_device *d, u8 cmd, u8 *wbuf, int wlen, u8 *rbuf, int rlen) {
  struct ttusb2_state *st = d->priv;
  u8 *s, *r;
  int ret;
  s = kzalloc(wlen + 4, GFP_KERNEL);
  if (!s)
    return -ENOMEM;
  r = kzalloc(64, GFP_KERNEL);
  if (!r) {
    kfree(s);
    return -ENOMEM;
  }
  s[0] = 0xaa;
  s[1] = ++st->id;
  s[2] = cmd;
  s[3] = wlen;
  memcpy(&s[4], wbuf, wlen);
  ret = dvb_usb_generic_rw(d, s, wlen + 4, r, 64, 0); // no-warning
  if (ret != 0 || r[0] != 0x55 || r[1] != s[1] || r[2] != cmd || (rlen > 0 && r[3] != rlen))
    ret = -EIO;
  else if (rlen > 0)
    memcpy(rbuf, &r[4], rlen);
  kfree(s);
  kfree(r);
  return ret;
}
