// Source: Linux commit c4baad5029 ("virtio-console: avoid DMA from stack", Omar Sandoval, 2017; referenced by the 2021 follow-ups "virtio-console: avoid DMA from vmalloc area" and "tty: hvc: pass DMA capable memory to put_chars()")
// Codebase: Linux (drivers/char, drivers/tty/hvc)
// Class: unfit storage
//
// The hvc console core (hvc_console.c) prints kernel messages by filling a
// local `char c[N_OUTBUF]` and calling the backend's put_chars() through its
// ops table. virtio-console's put_chars() (virtio_console.c) put that buffer
// into a scatterlist with sg_init_one() and queued it to the host: DMA from
// the caller's vmapped stack. The fix kmemdup()s the characters before
// sg_init_one() and frees the copy after the send.
//
// RUN: %realbugs_analyze -triple x86_64-unknown-linux-gnu %s
// XFAIL: *
// dmasafe misses this today: [cross-tu-wrapper] put_chars() is in virtio_console.c and reached from hvc_console.c through a function pointer of struct hv_ops; in neither file does a stack buffer meet sg_init_one() (issue 12 item 2)

#include "linux/scatterlist.h"
#include "linux/slab.h"

#define GFP_ATOMIC 0x20u
#define N_OUTBUF 16
void *kmemdup(const void *src, size_t len, gfp_t gfp);
struct port;
struct port *find_port_by_vtermno(u32 vtermno);
int __send_to_port(struct port *port, struct scatterlist *sg, int nents, size_t in_count, void *data, bool nonblock);
struct hv_ops { int (*put_chars)(u32 vtermno, const char *buf, int count); };

// virtio_console.c
static int put_chars_before_fix(u32 vtermno, const char *buf, int count) {
  struct port *port = find_port_by_vtermno(vtermno);
  struct scatterlist sg[1];
  if (!port)
    return -1;
  sg_init_one(sg, buf, count);
  return __send_to_port(port, sg, 1, count, (void *)buf, false);
}

static int put_chars_after_fix(u32 vtermno, const char *buf, int count) {
  struct port *port = find_port_by_vtermno(vtermno);
  struct scatterlist sg[1];
  void *data;
  int ret;
  if (!port)
    return -1;
  data = kmemdup(buf, count, GFP_ATOMIC);
  if (!data)
    return -ENOMEM;
  sg_init_one(sg, data, count);
  ret = __send_to_port(port, sg, 1, count, data, false);
  kfree(data);
  return ret;
}

static const struct hv_ops hv_ops_before_fix = {.put_chars = put_chars_before_fix};
static const struct hv_ops hv_ops_after_fix = {.put_chars = put_chars_after_fix};

// hvc_console.c: the console write path, through the backend's ops.
void hvc_console_print_before_fix(const struct hv_ops *ops, u32 vtermno, const char *b, unsigned count) {
  char c[N_OUTBUF];
  unsigned i = 0;
  while (count > 0 && i < N_OUTBUF) {
    c[i++] = *b++;
    --count;
  }
  ops->put_chars(vtermno, c, i); // expected-warning{{stack}}
}

void hvc_console_print_after_fix(const struct hv_ops *ops, u32 vtermno, const char *b, unsigned count) {
  char c[N_OUTBUF];
  unsigned i = 0;
  while (count > 0 && i < N_OUTBUF) {
    c[i++] = *b++;
    --count;
  }
  ops->put_chars(vtermno, c, i); // no-warning
}

const struct hv_ops *virtio_cons_ops(int fixed) { return fixed ? &hv_ops_after_fix : &hv_ops_before_fix; }
