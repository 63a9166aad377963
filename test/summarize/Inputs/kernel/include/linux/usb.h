/* Stand-in for the kernel's <linux/usb.h> and <linux/slab.h>: only what the
 * driver below uses. models/linux-dma-memory.yaml describes the USB calls. */
#ifndef _LINUX_USB_H
#define _LINUX_USB_H
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int gfp_t;
#define GFP_KERNEL 0u
#define ENOMEM 12
struct usb_device;
unsigned int usb_sndctrlpipe(struct usb_device *dev, unsigned int ep);
unsigned int usb_rcvbulkpipe(struct usb_device *dev, unsigned int ep);
int usb_control_msg(struct usb_device *dev, unsigned int pipe, u8 request, u8 requesttype,
                    u16 value, u16 index, void *data, u16 size, int timeout);
int usb_bulk_msg(struct usb_device *usb_dev, unsigned int pipe, void *data, int len,
                 int *actual_length, int timeout);
void *kmalloc(unsigned long size, gfp_t flags);
void kfree(const void *p);
#endif
