/*
 * debug.h - run-time checks of DMASAFE_DEBUG builds (see dmasafe/dma.h).
 * Without DMASAFE_DEBUG both calls do nothing and cost nothing.
 */
#ifndef DMASAFE_SRC_DEBUG_H
#define DMASAFE_SRC_DEBUG_H

#include "dmasafe/dma.h"

/* Called before the engine is started, with the transfer in ch: refuses it
 * (hook, -EBUSY) when its buffers conflict with a transfer in flight on
 * another channel, else records it and what the completion will compare
 * against (TX source checksum) and returns 0. */
int dmasafe_debug_at_start(dmasafe_channel_t *ch);
/* Compares; on a mismatch calls the hook and returns -EIO, else 0. Called
 * after the completion fence, when the buffers are the CPU's again. Ends
 * the transfer's record. */
int dmasafe_debug_at_completion(dmasafe_channel_t *ch);
/* Ends the record of an aborted transfer (nothing is compared). */
void dmasafe_debug_at_abort(dmasafe_channel_t *ch);

#endif /* DMASAFE_SRC_DEBUG_H */
