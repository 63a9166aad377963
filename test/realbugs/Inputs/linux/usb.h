/* Stand-in for include/linux/usb.h (real-bug corpus): the synchronous
 * message calls, whose data buffers the host controller maps for DMA. */
#ifndef REALBUGS_LINUX_USB_H
#define REALBUGS_LINUX_USB_H
#include "linux/types.h"
struct usb_device;
unsigned int usb_sndctrlpipe(struct usb_device *dev, unsigned int endpoint);
unsigned int usb_rcvctrlpipe(struct usb_device *dev, unsigned int endpoint);
unsigned int usb_rcvbulkpipe(struct usb_device *dev, unsigned int endpoint);
unsigned int usb_sndbulkpipe(struct usb_device *dev, unsigned int endpoint);
int usb_control_msg(struct usb_device *dev, unsigned int pipe, __u8 request, __u8 requesttype,
                    __u16 value, __u16 index, void *data, __u16 size, int timeout);
int usb_bulk_msg(struct usb_device *usb_dev, unsigned int pipe, void *data, int len,
                 int *actual_length, int timeout);
#define USB_DIR_OUT 0
#define USB_DIR_IN 0x80
#define USB_TYPE_VENDOR (0x02 << 5)
#define USB_RECIP_DEVICE 0x00
#endif
