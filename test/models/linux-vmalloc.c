// The Linux DMA API maps only the kernel's linear map: memory from the
// vmalloc family (and kvmalloc, which may fall back to it) and, in a
// loadable module (-DMODULE), writable static data are unfit where a model
// says `no-vmalloc` (USB, SDIO, scatterlists, dma_map_single); SPI maps
// vmalloc'ed buffers itself. kmalloc'ed memory is fine, and so is static
// data of code built into the kernel.
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/linux-dma.yaml;%models_dir/linux-dma-memory.yaml' \
// RUN:   -I %S/Inputs -verify=expected,module -verify-ignore-unexpected=note -DMODULE %s
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe \
// RUN:   -analyzer-config 'dmasafe.DmaModeling:ModelFiles=%models_dir/linux-dma.yaml;%models_dir/linux-dma-memory.yaml' \
// RUN:   -I %S/Inputs -verify=expected -verify-ignore-unexpected=note %s
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-*' \
// RUN:   -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/linux-dma.yaml;%models_dir/linux-dma-memory.yaml'}]}" \
// RUN:   %s -- -I %S/Inputs -DMODULE 2>&1 | FileCheck %s --check-prefixes=TIDY,TIDY-MODULE --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --load %tidy_plugin -checks='-*,dmasafe-*' \
// RUN:   -config="{CheckOptions: [{key: DmasafeModelFiles, value: '%models_dir/linux-dma.yaml;%models_dir/linux-dma-memory.yaml'}]}" \
// RUN:   %s -- -I %S/Inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'
#include "linux/dma-mapping.h"
#include "linux/scatterlist.h"
#include "linux/slab.h"
#include "linux/spi/spi.h"
#include "linux/usb.h"
#include "linux/vmalloc.h"

struct fw_dev {
  struct usb_device *udev;
  struct device *dev;
  struct spi_device *spi;
};
struct fw_image { u8 header[16]; u8 *payload; };

static u8 module_cmd[8];
static const u8 module_rodata[4] = {1, 2, 3, 4};

// --- vmalloc family ---

int usb_bulk_from_vmalloc(struct fw_dev *d, int len) {
  int actual;
  u8 *fw = vmalloc(len);
  if (!fw)
    return -1;
  int ret = usb_bulk_msg(d->udev, usb_sndbulkpipe(d->udev, 1), fw, len, &actual, 1000); // expected-warning{{is vmalloc'ed memory (from 'vmalloc'), which 'usb_bulk_msg' cannot map for DMA: it is outside the kernel's linear map; allocate it with kmalloc}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: DMA buffer 'fw' is vmalloc'ed memory (from 'vmalloc'), which 'usb_bulk_msg' cannot map for DMA: it is outside the kernel's linear map; allocate it with kmalloc (or devm_kmalloc, dma_alloc_coherent) [dmasafe-unfit-storage]
  vfree(fw);
  return ret;
}

int usb_bulk_from_kmalloc_ok(struct fw_dev *d, int len) {
  int actual;
  u8 *fw = kmalloc(len, GFP_KERNEL);
  if (!fw)
    return -1;
  int ret = usb_bulk_msg(d->udev, usb_sndbulkpipe(d->udev, 1), fw, len, &actual, 1000); // no-warning
  kfree(fw);
  return ret;
}

// A struct allocated with vzalloc: its embedded array is vmalloc'ed too;
// what its pointer member points to is not known to be.
int sg_from_vzalloc_struct(struct fw_image **out) {
  struct scatterlist sg;
  struct fw_image *img = vzalloc(sizeof(*img));
  if (!img)
    return -1;
  sg_init_one(&sg, img->header, sizeof(img->header)); // expected-warning{{vmalloc'ed memory (from 'vzalloc'), which 'sg_init_one' cannot map for DMA}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: DMA buffer 'img->header' is vmalloc'ed memory (from 'vzalloc'), which 'sg_init_one' cannot map for DMA{{.*}} [dmasafe-unfit-storage]
  sg_init_one(&sg, img->payload, 16); // no-warning
  *out = img;
  return 0;
}

// 6.10+: vmalloc() is a macro over vmalloc_noprof().
dma_addr_t map_from_vmalloc_noprof(struct fw_dev *d) {
  void *buf = vmalloc_noprof(64);
  return dma_map_single(d->dev, buf, 64, DMA_TO_DEVICE); // expected-warning{{vmalloc'ed memory (from 'vmalloc_noprof'), which 'dma_map_single_attrs' cannot map for DMA}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: DMA buffer 'buf' is vmalloc'ed memory (from 'vmalloc_noprof'), which 'dma_map_single_attrs' cannot map for DMA{{.*}} [dmasafe-unfit-storage]
}

// The SPI core maps vmalloc'ed buffers page by page.
int spi_write_from_vmalloc_ok(struct fw_dev *d) {
  u8 *buf = vmalloc(256);
  int ret = spi_write(d->spi, buf, 256); // no-warning
  vfree(buf);
  return ret;
}

// A pointer set from two allocators: the one-function check says nothing;
// the analyzer reports the path that took vmalloc.
int usb_bulk_from_either(struct fw_dev *d, int len, int big) {
  int actual;
  u8 *fw;
  if (big)
    fw = vmalloc(len);
  else
    fw = kmalloc(len, GFP_KERNEL);
  return usb_bulk_msg(d->udev, usb_sndbulkpipe(d->udev, 1), fw, len, &actual, 1000); // expected-warning{{from 'vmalloc'}}
}

// --- kvmalloc: may be vmalloc'ed, so never DMA-capable ---

int usb_ctrl_from_kvmalloc(struct fw_dev *d) {
  u8 *buf = kvmalloc(4, GFP_KERNEL);
  int ret = usb_control_msg(d->udev, usb_rcvctrlpipe(d->udev, 0), 1, 0xc0, 0, 0, buf, 4, 100); // expected-warning{{from 'kvmalloc'}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: DMA buffer 'buf' is vmalloc'ed memory (from 'kvmalloc'){{.*}} [dmasafe-unfit-storage]
  kvfree(buf);
  return ret;
}

int usb_ctrl_from_kvmalloc_node(struct fw_dev *d) {
  u8 *buf = kvmalloc_node(4, GFP_KERNEL, -1);
  int ret = usb_control_msg(d->udev, usb_rcvctrlpipe(d->udev, 0), 1, 0xc0, 0, 0, buf, 4, 100); // expected-warning{{from '__kvmalloc_node_noprof'}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: DMA buffer 'buf' is vmalloc'ed memory (from '__kvmalloc_node_noprof'){{.*}} [dmasafe-unfit-storage]
  kvfree(buf);
  return ret;
}

// --- static data of a loadable module ---

int usb_ctrl_from_module_static(struct fw_dev *d) {
  return usb_control_msg(d->udev, usb_sndctrlpipe(d->udev, 0), 2, 0x40, 0, 0, module_cmd, sizeof(module_cmd), 100); // module-warning{{DMA buffer 'module_cmd' is static data of a loadable module, which 'usb_control_msg' cannot map for DMA: module memory is outside the kernel's linear map}}
  // TIDY-MODULE: :[[@LINE-1]]:{{[0-9]+}}: warning: DMA buffer 'module_cmd' is static data of a loadable module, which 'usb_control_msg' cannot map for DMA{{.*}} [dmasafe-unfit-storage]
}

int usb_ctrl_from_local_static(struct fw_dev *d) {
  static u8 reply[2];
  return usb_control_msg(d->udev, usb_rcvctrlpipe(d->udev, 0), 3, 0xc0, 0, 0, reply, sizeof(reply), 100); // module-warning{{DMA buffer 'reply' is static data of a loadable module}}
  // TIDY-MODULE: :[[@LINE-1]]:{{[0-9]+}}: warning: DMA buffer 'reply' is static data of a loadable module{{.*}} [dmasafe-unfit-storage]
}

// Const data is read-only memory, reported as such in either build.
int usb_ctrl_from_module_rodata(struct fw_dev *d) {
  return usb_control_msg(d->udev, usb_sndctrlpipe(d->udev, 0), 2, 0x40, 0, 0, (void *)module_rodata, 4, 100); // expected-warning{{constant data in read-only memory}}
  // TIDY: :[[@LINE-1]]:{{[0-9]+}}: warning: DMA buffer 'module_rodata' is constant data in read-only memory, but 'usb_control_msg' needs DMA-capable memory; copy it into a kmalloc'ed buffer [dmasafe-unfit-storage]
}

// SPI maps module memory page by page as well; only the stack is refused.
int spi_write_from_module_static_ok(struct fw_dev *d) {
  return spi_write(d->spi, module_cmd, sizeof(module_cmd)); // no-warning
}
