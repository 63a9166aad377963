/* Findings accepted in place, each with its reason, next to a twin that is
 * still reported: DMA_SUPPRESS (clang's `suppress` attribute) for the
 * analyzer, NOLINT / NOLINTNEXTLINE for clang-tidy. */
#include <dmasafe/annotations.h>
#include <dmasafe/dma.h>

static dmasafe_channel_t uart;
static char line[16], frame[16], status[16], header[16];

int write_accepted(void) {
  if (dmasafe_start_tx(&uart, line, sizeof line) != 0)
    return -1;
  /* Both tools: the marker for the analyzer, the comment for clang-tidy. */
  DMA_SUPPRESS("the engine sends line[1..] only") line[0] = 'b'; // NOLINT(dmasafe-in-flight-access): the engine sends line[1..] only
  dmasafe_wait(&uart);
  return 0;
}

/* On the function: nothing in it is reported by the analyzer. */
DMA_SUPPRESS("frame is re-sent whole after the wait") int function_accepted(void) {
  if (dmasafe_start_tx(&uart, frame, sizeof frame) != 0)
    return -1;
  // NOLINTNEXTLINE(dmasafe-in-flight-access): frame is re-sent whole after the wait
  frame[0] = 'b';
  dmasafe_wait(&uart);
  return 0;
}

/* The twin: the same write, not accepted. */
int write_reported(void) {
  if (dmasafe_start_tx(&uart, status, sizeof status) != 0)
    return -1;
  status[0] = 'b';
  dmasafe_wait(&uart);
  return 0;
}

/* NOLINT of another check accepts nothing here. */
int other_check_named(void) {
  if (dmasafe_start_tx(&uart, header, sizeof header) != 0)
    return -1;
  header[0] = 'b'; // NOLINT(dmasafe-transfer-length): names another check
  dmasafe_wait(&uart);
  return 0;
}

/* A lost transfer is reported where its handle dies and uniqued at its
 * start, so the marker goes on the start. */
void lost_accepted(void) {
  dmasafe_channel_t ch;
  DMA_SUPPRESS("a test: the channel object is never reused") (void)dmasafe_start_tx(&ch, line, sizeof line);
}
