// The Linux "needs DMA-capable memory" model: USB messages and URBs, SPI
// transfers, SDIO block I/O, scatterlist entries and the legacy PCI / RDMA
// mapping wrappers never take stack memory (kernel stacks are vmapped), and
// the USB, SDIO and scatterlist calls no read-only data either; kmalloc'ed,
// static and struct-embedded buffers are fine, and so is any memory given
// to the calls that copy (spi_write_then_read, sdio_readl).
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/linux-dma.yaml;%models_dir/linux-dma-memory.yaml' \
// RUN:   -I %S/Inputs -verify -verify-ignore-unexpected=note %s
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-*' \
// RUN:   -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/linux-dma.yaml;%models_dir/linux-dma-memory.yaml'}]}" \
// RUN:   %s -- -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'
#include "linux/dma-mapping.h"
#include "linux/mmc/sdio_func.h"
#include "linux/scatterlist.h"
#include "linux/slab.h"
#include "linux/spi/spi.h"
#include "linux/usb.h"
#include "rdma/ib_verbs.h"

struct vendor_dev {
  struct usb_device *udev;
  struct spi_device *spi;
  struct sdio_func *func;
  u8 *xfer;       // kmalloc'ed at probe
  u8 status[4];   // embedded in the kmalloc'ed device struct
};

static u8 shared_cmd[8];
static const u8 init_seq[4] = {1, 2, 3, 4};

// --- USB ---

int usb_ctrl_from_stack(struct vendor_dev *d) {
  u8 buf[2] = {0x25, 1};
  return usb_control_msg(d->udev, usb_sndctrlpipe(d->udev, 0), 0x25, 0x40, 0, 0, buf, 2, 200); // expected-warning{{Stack buffer 'buf' passed to 'usb_control_msg', which does not accept stack memory}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: stack buffer 'buf' passed to 'usb_control_msg', which does not accept stack memory; use kmalloc'ed memory (kmalloc, devm_kmalloc, dma_alloc_coherent) or a buffer in a kmalloc'ed struct [dmasafe-unfit-storage]
}

int usb_ctrl_from_kmalloc_ok(struct vendor_dev *d) {
  d->xfer[0] = 0x25;
  return usb_control_msg(d->udev, usb_sndctrlpipe(d->udev, 0), 0x25, 0x40, 0, 0, d->xfer, 2, 200); // no-warning
}

int usb_ctrl_from_embedded_ok(struct vendor_dev *d) {
  return usb_control_msg(d->udev, usb_sndctrlpipe(d->udev, 0), 0x25, 0xc0, 0, 0, d->status, 4, 200); // no-warning
}

int usb_ctrl_from_rodata(struct vendor_dev *d) {
  return usb_control_msg(d->udev, usb_sndctrlpipe(d->udev, 0), 0x26, 0x40, 0, 0, (void *)init_seq, 4, 200); // expected-warning{{'init_seq' is constant data}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: DMA buffer 'init_seq' is constant data in read-only memory, but 'usb_control_msg' needs DMA-capable memory; copy it into a kmalloc'ed buffer [dmasafe-unfit-storage]
}

int usb_bulk_status_on_stack(struct vendor_dev *d) {
  u8 status[2];
  int got;
  return usb_bulk_msg(d->udev, usb_rcvbulkpipe(d->udev, 1), status, 2, &got, 1000); // expected-warning{{Stack buffer 'status' passed to 'usb_bulk_msg'}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: stack buffer 'status' passed to 'usb_bulk_msg'{{.*}} [dmasafe-unfit-storage]
}

int usb_bulk_into_static_ok(struct vendor_dev *d) {
  int got;
  return usb_bulk_msg(d->udev, usb_rcvbulkpipe(d->udev, 1), shared_cmd, 8, &got, 1000); // no-warning
}

int usb_bulk_overrun(struct vendor_dev *d) {
  int got;
  return usb_bulk_msg(d->udev, usb_rcvbulkpipe(d->udev, 1), shared_cmd, 16, &got, 1000); // expected-warning{{DMA transfer of 16 bytes by 'usb_bulk_msg' overruns 'shared_cmd', which has 8 bytes}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}}16 bytes{{.*}}'shared_cmd'{{.*}} [dmasafe-transfer-length]
}

int usb_interrupt_on_stack(struct vendor_dev *d) {
  u8 report[8];
  int got;
  return usb_interrupt_msg(d->udev, usb_rcvbulkpipe(d->udev, 2), report, 8, &got, 10); // expected-warning{{Stack buffer 'report' passed to 'usb_interrupt_msg'}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: stack buffer 'report' passed to 'usb_interrupt_msg'{{.*}} [dmasafe-unfit-storage]
}

void rx_done(struct urb *u);

int urb_fill_from_stack(struct vendor_dev *d, struct urb *u) {
  u8 frame[64];
  usb_fill_bulk_urb(u, d->udev, usb_rcvbulkpipe(d->udev, 1), frame, 64, rx_done, d); // expected-warning{{Stack buffer 'frame' passed to 'usb_fill_bulk_urb'}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: stack buffer 'frame' passed to 'usb_fill_bulk_urb'{{.*}} [dmasafe-unfit-storage]
  return usb_submit_urb(u, GFP_KERNEL);
}

int urb_fill_control_setup_on_stack(struct vendor_dev *d, struct urb *u) {
  unsigned char setup[8] = {0};
  usb_fill_control_urb(u, d->udev, usb_sndctrlpipe(d->udev, 0), setup, d->xfer, 2, rx_done, d); // expected-warning{{Stack buffer 'setup' passed to 'usb_fill_control_urb'}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: stack buffer 'setup' passed to 'usb_fill_control_urb'{{.*}} [dmasafe-unfit-storage]
  return usb_submit_urb(u, GFP_KERNEL);
}

int urb_fill_from_kmalloc_ok(struct vendor_dev *d, struct urb *u) {
  u8 *frame = kmalloc(64, GFP_KERNEL);
  if (!frame)
    return -ENOMEM;
  usb_fill_bulk_urb(u, d->udev, usb_rcvbulkpipe(d->udev, 1), frame, 64, rx_done, d); // no-warning
  return usb_submit_urb(u, GFP_KERNEL);
}

// A URB on the stack is fine when its buffer is not; the buffer stored into
// it by hand is checked at the submit.
int urb_on_stack_buffer_by_hand(struct vendor_dev *d) {
  u8 frame[16];
  struct urb u = {0};
  u.transfer_buffer = frame;
  u.transfer_buffer_length = sizeof frame;
  return usb_submit_urb(&u, GFP_KERNEL); // expected-warning{{Stack buffer 'frame' passed to 'usb_submit_urb'}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: stack buffer 'frame' passed to 'usb_submit_urb'{{.*}} [dmasafe-unfit-storage]
}

int urb_on_stack_kmalloc_buffer_ok(struct vendor_dev *d) {
  struct urb u = {0};
  u.transfer_buffer = d->xfer;
  return usb_submit_urb(&u, GFP_KERNEL); // no-warning
}

// --- SPI ---

int spi_transfer_rx_on_stack(struct vendor_dev *d) {
  u8 rx[4];
  struct spi_transfer t = {0};
  struct spi_message m;
  t.tx_buf = d->xfer;
  t.rx_buf = rx;
  t.len = 4;
  spi_message_init(&m);
  spi_message_add_tail(&t, &m); // expected-warning{{Stack buffer 'rx' passed to 'spi_message_add_tail'}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: stack buffer 'rx' passed to 'spi_message_add_tail'{{.*}} [dmasafe-unfit-storage]
  return spi_sync(d->spi, &m);
}

// The spi_transfer and spi_message themselves may live on the stack: the
// controller only DMAs what tx_buf and rx_buf point to.
int spi_transfer_descriptor_on_stack_ok(struct vendor_dev *d) {
  struct spi_transfer t = {0};
  struct spi_message m;
  t.tx_buf = d->xfer;
  t.rx_buf = d->status;
  t.len = 4;
  spi_message_init(&m);
  spi_message_add_tail(&t, &m); // no-warning
  return spi_sync(d->spi, &m);
}

int spi_sync_transfer_tx_on_stack(struct vendor_dev *d) {
  u8 cmd[2] = {0x9f, 0};
  struct spi_transfer t = {.tx_buf = cmd, .len = 2};
  return spi_sync_transfer(d->spi, &t, 1); // expected-warning{{Stack buffer 'cmd' passed to 'spi_sync_transfer'}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: stack buffer 'cmd' passed to 'spi_sync_transfer'{{.*}} [dmasafe-unfit-storage]
}

int spi_write_from_stack(struct vendor_dev *d) {
  u8 cmd[2] = {0x06, 0};
  return spi_write(d->spi, cmd, 1); // expected-warning{{Stack buffer 'cmd' passed to 'spi_write'}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: stack buffer 'cmd' passed to 'spi_write'{{.*}} [dmasafe-unfit-storage]
}

int spi_read_into_stack(struct vendor_dev *d) {
  u8 id[3];
  int err = spi_read(d->spi, id, 3); // expected-warning{{Stack buffer 'id' passed to 'spi_read'}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: stack buffer 'id' passed to 'spi_read'{{.*}} [dmasafe-unfit-storage]
  return err ? err : id[0];
}

// spi_write_then_read copies through a buffer of its own: stack is fine,
// and the SPI core maps a const table itself.
int spi_write_then_read_stack_ok(struct vendor_dev *d) {
  u8 cmd = 0x9f;
  u8 id[3];
  int err = spi_write_then_read(d->spi, &cmd, 1, id, 3); // no-warning
  return err ? err : id[0];
}

int spi_write_const_table_ok(struct vendor_dev *d) {
  return spi_write(d->spi, init_seq, sizeof init_seq); // no-warning
}

// --- SDIO ---

int sdio_read_reg_into_stack_u32(struct vendor_dev *d, unsigned int addr) {
  u32 val;
  int err = sdio_memcpy_fromio(d->func, &val, addr, 4); // expected-warning{{Stack buffer 'val' passed to 'sdio_memcpy_fromio'}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: stack buffer 'val' passed to 'sdio_memcpy_fromio'{{.*}} [dmasafe-unfit-storage]
  return err ? err : (int)val;
}

int sdio_read_reg_with_readl_ok(struct vendor_dev *d, unsigned int addr) {
  int err = 0;
  u32 val = sdio_readl(d->func, addr, &err); // no-warning
  return err ? err : (int)val;
}

int sdio_write_from_kmalloc_ok(struct vendor_dev *d, unsigned int addr) {
  return sdio_memcpy_toio(d->func, addr, d->xfer, 4); // no-warning
}

// --- scatterlists ---

void sg_over_stack_buffer(struct scatterlist *sg) {
  u8 key[16] = {0};
  sg_init_one(sg, key, sizeof key); // expected-warning{{Stack buffer 'key' passed to 'sg_init_one'}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: stack buffer 'key' passed to 'sg_init_one'{{.*}} [dmasafe-unfit-storage]
}

void sg_over_string_literal(struct scatterlist *sg) {
  sg_set_buf(sg, "abc", 3); // expected-warning{{constant data}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: a string literal is constant data in read-only memory, but 'sg_set_buf' needs DMA-capable memory; copy it into a kmalloc'ed buffer [dmasafe-unfit-storage]
}

void sg_over_kmalloc_ok(struct scatterlist *sg, struct vendor_dev *d) {
  sg_set_buf(sg, d->xfer, 16); // no-warning
}

// --- RDMA ---

int ib_map_stack_buffer(struct ib_device *ib) {
  u8 hdr[32] = {0};
  u64 h = ib_dma_map_single(ib, hdr, sizeof hdr, DMA_TO_DEVICE); // expected-warning{{Stack buffer 'hdr' passed to 'ib_dma_map_single', which does not accept stack memory}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: stack buffer 'hdr' passed to 'ib_dma_map_single'{{.*}} [dmasafe-unfit-storage]
  if (ib_dma_mapping_error(ib, h))
    return -ENOMEM;
  ib_dma_unmap_single(ib, h, sizeof hdr, DMA_TO_DEVICE);
  return 0;
}

int ib_map_rx_read_before_unmap(struct ib_device *ib, u8 *buf) {
  u64 h = ib_dma_map_single(ib, buf, 64, DMA_FROM_DEVICE);
  if (ib_dma_mapping_error(ib, h))
    return -ENOMEM;
  int first = buf[0]; // expected-warning{{Read of the buffer pointed to by 'buf' while a DMA transfer (device-to-memory) is in flight}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: {{.*}} [dmasafe-in-flight-access]
  ib_dma_unmap_single(ib, h, 64, DMA_FROM_DEVICE);
  return first;
}

int ib_map_rx_read_after_unmap_ok(struct ib_device *ib, u8 *buf) {
  u64 h = ib_dma_map_single(ib, buf, 64, DMA_FROM_DEVICE);
  if (ib_dma_mapping_error(ib, h))
    return -ENOMEM;
  ib_dma_unmap_single(ib, h, 64, DMA_FROM_DEVICE);
  return buf[0]; // no-warning
}
