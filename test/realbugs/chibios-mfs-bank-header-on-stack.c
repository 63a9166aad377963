// Source: ChibiOS/ChibiOS commit 9b4bf3c9f0 ("Improved MFS to use explicitly non-cacheable buffers for potentially DMA-accessible I/O areas", svn trunk r15557)
// Codebase: ChibiOS
// Class: cache incoherence
//
// ChibiOS's Managed Flash Storage wrote a bank header it built in a local
// `mfs_bank_header_t bhdr` (and read/compared records through an ordinary
// cached buffer in the driver object) with flashProgram(). Behind the
// flash interface, external flash drivers (SNOR over WSPI/OCTOSPI) move the
// data by DMA, which on a Cortex-M7 reads RAM while the CPU's freshly
// written header is still in the D-cache, so stale bytes were programmed.
// The fix moves every DMA-accessible I/O area, the header included, into a
// buffer the application places in non-cacheable RAM (mfsp->ncbuf).
//
// RUN: %realbugs_analyze -triple thumbv7em-none-eabi -target-cpu cortex-m7 %s
// XFAIL: *
// dmasafe misses this today: [unmodelled-api] ChibiOS's flash interface (flashProgram / flashRead, DMA in the SNOR/WSPI driver underneath) has no model (issue 11 item 3)

#include <stdint.h>
#include <stddef.h>

typedef uint32_t flash_offset_t;
typedef struct BaseFlash BaseFlash;
typedef enum { FLASH_NO_ERROR = 0, FLASH_ERROR_PROGRAM = 5 } flash_error_t;
flash_error_t flashProgram(BaseFlash *devp, flash_offset_t offset, size_t n, const uint8_t *pp);
uint16_t crc16(uint16_t crc, const uint8_t *data, size_t n);

typedef union {
  struct { uint32_t magic1, magic2, counter; uint16_t reserved1, crc; } fields;
  uint8_t hdr8[16];
} mfs_bank_header_t;

// In non-cacheable RAM: the application puts it in a .nocache section.
typedef struct { mfs_bank_header_t bhdr; uint8_t data8[32]; } mfs_nocache_buffer_t;
typedef struct {
  BaseFlash *flashp;
  flash_offset_t bank_offset;
  mfs_nocache_buffer_t *ncbuf;
} MFSDriver;

flash_error_t mfs_bank_write_header_before_fix(MFSDriver *mfsp, uint32_t cnt) {
  mfs_bank_header_t bhdr;
  bhdr.fields.magic1 = 0xEC705ADEu;
  bhdr.fields.magic2 = 0xF0339CC5u;
  bhdr.fields.counter = cnt;
  bhdr.fields.reserved1 = 0xffff;
  bhdr.fields.crc = crc16(0xffff, bhdr.hdr8, sizeof bhdr - sizeof(uint16_t));
  return flashProgram(mfsp->flashp, mfsp->bank_offset, sizeof bhdr, bhdr.hdr8); // expected-warning-re{{DMA transfer ({{.*}}) of 'bhdr' starts while bytes the CPU wrote to it are still in the data cache}}
}

flash_error_t mfs_bank_write_header_after_fix(MFSDriver *mfsp, uint32_t cnt) {
  mfs_bank_header_t *bhdr = &mfsp->ncbuf->bhdr;
  bhdr->fields.magic1 = 0xEC705ADEu;
  bhdr->fields.magic2 = 0xF0339CC5u;
  bhdr->fields.counter = cnt;
  bhdr->fields.reserved1 = 0xffff;
  bhdr->fields.crc = crc16(0xffff, bhdr->hdr8, sizeof *bhdr - sizeof(uint16_t));
  return flashProgram(mfsp->flashp, mfsp->bank_offset, sizeof *bhdr, bhdr->hdr8); // no-warning
}
