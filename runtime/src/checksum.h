/*
 * checksum.h - FNV-1a over bytes, computable incrementally in address
 * order, so the host engine can sum what it writes as it writes it and the
 * debug checks can compare with a sum of the buffer afterwards.
 */
#ifndef DMASAFE_SRC_CHECKSUM_H
#define DMASAFE_SRC_CHECKSUM_H

#include <stddef.h>
#include <stdint.h>

#define DMASAFE_CHECKSUM_SEED 2166136261u

static inline uint32_t dmasafe_checksum_add(uint32_t sum, unsigned char byte) {
  return (sum ^ byte) * 16777619u;
}

static inline uint32_t dmasafe_checksum(const volatile unsigned char *bytes,
                                        size_t len) {
  uint32_t sum = DMASAFE_CHECKSUM_SEED;
  for (size_t i = 0; i < len; ++i)
    sum = dmasafe_checksum_add(sum, bytes[i]);
  return sum;
}

#endif /* DMASAFE_SRC_CHECKSUM_H */
