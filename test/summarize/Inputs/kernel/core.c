/* A second level: mydev_read_status's requirement comes from
 * mydev_bulk_in's, derived from usb_io.c in the round before. */
#include "mydev.h"

int mydev_read_status(struct mydev *d, u8 *status) {
  return mydev_bulk_in(d, status, 1);
}
