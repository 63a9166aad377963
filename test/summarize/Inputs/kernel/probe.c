/* The driver's probe: each bug has its fixed twin next to it. */
#include "mydev.h"

int set_mode_before_fix(struct mydev *d, u8 mode) {
  return mydev_write_reg(d, 0x10, &mode);
}

int set_mode_after_fix(struct mydev *d, u8 mode) {
  u8 *buf = kmalloc(1, GFP_KERNEL);
  int ret;
  if (!buf)
    return -ENOMEM;
  *buf = mode;
  ret = mydev_write_reg(d, 0x10, buf);
  kfree(buf);
  return ret;
}

int probe_before_fix(struct mydev *d) {
  u8 status;
  return mydev_read_status(d, &status);
}

int probe_after_fix(struct mydev *d) {
  u8 *status = kmalloc(1, GFP_KERNEL);
  int ret;
  if (!status)
    return -ENOMEM;
  ret = mydev_read_status(d, status);
  kfree(status);
  return ret;
}
