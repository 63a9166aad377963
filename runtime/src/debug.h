/*
 * debug.h - run-time checks of DMASAFE_DEBUG builds (see dmasafe/dma.h).
 * Without DMASAFE_DEBUG both calls do nothing and cost nothing.
 */
#ifndef DMASAFE_SRC_DEBUG_H
#define DMASAFE_SRC_DEBUG_H

#include "dmasafe/dma.h"

/* Records what the completion will compare against (TX source checksum).
 * Called before the engine is started. */
void dmasafe_debug_at_start(dmasafe_channel_t *ch);
/* Compares; on a mismatch calls the hook and returns -EIO, else 0. Called
 * after the completion fence, when the buffers are the CPU's again. */
int dmasafe_debug_at_completion(dmasafe_channel_t *ch);

#endif /* DMASAFE_SRC_DEBUG_H */
