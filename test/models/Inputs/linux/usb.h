/* Stand-in for include/linux/usb.h: the message calls and URB fills whose
 * buffers the host controller maps for DMA (signatures as in the kernel),
 * written for the model tests. */
#ifndef TEST_LINUX_USB_H
#define TEST_LINUX_USB_H
#include "linux/types.h"
struct usb_device;
struct urb {
  void *transfer_buffer;
  unsigned char *setup_packet;
  u32 transfer_buffer_length;
};
typedef void (*usb_complete_t)(struct urb *);
unsigned int usb_sndctrlpipe(struct usb_device *dev, unsigned int endpoint);
unsigned int usb_rcvctrlpipe(struct usb_device *dev, unsigned int endpoint);
unsigned int usb_sndbulkpipe(struct usb_device *dev, unsigned int endpoint);
unsigned int usb_rcvbulkpipe(struct usb_device *dev, unsigned int endpoint);
int usb_control_msg(struct usb_device *dev, unsigned int pipe, __u8 request, __u8 requesttype,
                    __u16 value, __u16 index, void *data, __u16 size, int timeout);
int usb_bulk_msg(struct usb_device *usb_dev, unsigned int pipe, void *data, int len,
                 int *actual_length, int timeout);
int usb_interrupt_msg(struct usb_device *usb_dev, unsigned int pipe, void *data, int len,
                      int *actual_length, int timeout);
void usb_fill_bulk_urb(struct urb *urb, struct usb_device *dev, unsigned int pipe,
                       void *transfer_buffer, int buffer_length, usb_complete_t complete_fn,
                       void *context);
void usb_fill_control_urb(struct urb *urb, struct usb_device *dev, unsigned int pipe,
                          unsigned char *setup_packet, void *transfer_buffer, int buffer_length,
                          usb_complete_t complete_fn, void *context);
int usb_submit_urb(struct urb *urb, gfp_t mem_flags);
#endif
