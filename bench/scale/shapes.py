"""The shape families of bench/scale: C functions generated for a size N.

Each family is a function from N to (C source, model files it needs). The
shapes are the ones real init and driver code has, grown until they show
how the analyzer's work grows with N: sequences of transfers, transfers
in flight together, inlined helpers, polling loops and callback flags. The
`-malloc` variants take their buffers from malloc and free them at the end,
so that unix.Malloc has something to model too.
"""

HAL_HEADER = "stm32bench_hal.h"  # matches the model's "*stm32*_hal*.h"

HAL_HEADER_TEXT = """\
/* bench/scale: the few STM32 HAL declarations the hal-flags shape uses. */
#include <stdint.h>
typedef enum { HAL_OK = 0, HAL_ERROR = 1, HAL_BUSY = 2, HAL_TIMEOUT = 3 } HAL_StatusTypeDef;
typedef struct { void *Instance; int gState, RxState; } UART_HandleTypeDef;
HAL_StatusTypeDef HAL_UART_Receive_DMA(UART_HandleTypeDef *huart, uint8_t *pData, uint16_t Size);
void HAL_UART_RxCpltCallback(UART_HandleTypeDef *huart);
"""


def _buffers(n, malloc):
    """Declarations of buffers b0..b<n-1>, and the code that frees them."""
    if malloc:
        decl = [f"  char *b{i} = malloc(16);" for i in range(n)]
        decl += [f"  if (!b{i}) return -1;" for i in range(n)]
        free = [f"  free(b{i});" for i in range(n)]
        return decl, free, "16"
    return [], [], None


def _header(malloc):
    lines = ["#include <dmasafe/dma.h>"]
    if malloc:
        lines.append("#include <stdlib.h>")
    return lines


def _size(i, malloc):
    return "16" if malloc else f"sizeof b{i}"


def _globals(n, malloc, channels):
    lines = []
    if channels:
        lines.append("dmasafe_channel_t " + ", ".join(f"ch{i}" for i in range(channels)) + ";")
    if not malloc:
        lines.append("char " + ", ".join(f"b{i}[16]" for i in range(n)) + ";")
    return lines


def pairs(n, checked, malloc=False):
    """N start/wait pairs on one channel and one buffer, the start's result
    checked (`if (start() == 0) wait();`) or ignored (`start(); wait();`)."""
    out = _header(malloc) + _globals(1, malloc, 1) + ["int f(void) {"]
    decl, free, _ = _buffers(1, malloc)
    out += decl
    for _ in range(n):
        start = f"dmasafe_start_rx(&ch0, b0, {_size(0, malloc)})"
        out.append(f"  if ({start} == 0) dmasafe_wait(&ch0);" if checked
                   else f"  {start}; dmasafe_wait(&ch0);")
    out += ["  int r = b0[0];"] + free + ["  return r;", "}"]
    return "\n".join(out) + "\n", []


def in_flight(n, malloc=False):
    """N transfers in flight at once on N channels (checked starts that
    return on failure), then N waits."""
    out = _header(malloc) + _globals(n, malloc, n) + ["int f(void) {"]
    decl, free, _ = _buffers(n, malloc)
    out += decl
    for i in range(n):
        out.append(f"  if (dmasafe_start_rx(&ch{i}, b{i}, {_size(i, malloc)}) != 0) return -1;")
    for i in range(n):
        out.append(f"  dmasafe_wait(&ch{i});")
    out += ["  int r = " + " + ".join(f"b{i}[0]" for i in range(n)) + ";"] + free
    out += ["  return r;", "}"]
    return "\n".join(out) + "\n", []


def helpers(n, malloc=False):
    """N calls of a helper that starts and waits (inlined by the analyzer)."""
    out = _header(malloc) + _globals(n, malloc, n)
    out += ["static int xfer(dmasafe_channel_t *ch, char *b, size_t len) {",
            "  if (dmasafe_start_rx(ch, b, len) != 0)", "    return -1;",
            "  return dmasafe_wait(ch);", "}", "int f(void) {"]
    decl, free, _ = _buffers(n, malloc)
    out += decl + ["  int e = 0;"]
    for i in range(n):
        out.append(f"  e |= xfer(&ch{i}, b{i}, {_size(i, malloc)});")
    out += ["  int r = e + " + " + ".join(f"b{i}[0]" for i in range(n)) + ";"] + free
    out += ["  return r;", "}"]
    return "\n".join(out) + "\n", []


def poll_loops(k, checked, malloc=False):
    """K starts on K channels, then one polling loop per channel
    (`while (dmasafe_is_busy(&chK)) {}`)."""
    out = _header(malloc) + _globals(k, malloc, k) + ["int f(void) {"]
    decl, free, _ = _buffers(k, malloc)
    out += decl
    for i in range(k):
        start = f"dmasafe_start_rx(&ch{i}, b{i}, {_size(i, malloc)})"
        out.append(f"  if ({start} != 0) return -1;" if checked else f"  {start};")
    for i in range(k):
        out.append(f"  while (dmasafe_is_busy(&ch{i})) {{}}")
    out += ["  int r = " + " + ".join(f"b{i}[0]" for i in range(k)) + ";"] + free
    out += ["  return r;", "}"]
    return "\n".join(out) + "\n", []


def hal_flags(k, malloc=False):
    """STM32 HAL: K UART receives, each waited for by spinning on the flag
    its completion callback sets (`while (!rx_done_k) {}`)."""
    out = [f'#include "{HAL_HEADER}"']
    if malloc:
        out.append("#include <stdlib.h>")
    out.append("UART_HandleTypeDef " + ", ".join(f"huart{i}" for i in range(k)) + ";")
    out.append("static volatile int " + ", ".join(f"rx_done{i}" for i in range(k)) + ";")
    if not malloc:
        out.append("static uint8_t " + ", ".join(f"b{i}[16]" for i in range(k)) + ";")
    out.append("void HAL_UART_RxCpltCallback(UART_HandleTypeDef *huart) {")
    for i in range(k):
        out.append(f"  if (huart == &huart{i}) rx_done{i} = 1;")
    out += ["}", "int f(void) {"]
    if malloc:
        out += [f"  uint8_t *b{i} = malloc(16);" for i in range(k)]
        out += [f"  if (!b{i}) return -1;" for i in range(k)]
    for i in range(k):
        size = "16" if malloc else f"sizeof b{i}"
        out += [f"  rx_done{i} = 0;",
                f"  if (HAL_UART_Receive_DMA(&huart{i}, b{i}, {size}) != HAL_OK) return -1;"]
    for i in range(k):
        out.append(f"  while (!rx_done{i}) {{}}")
    out += ["  int r = " + " + ".join(f"b{i}[0]" for i in range(k)) + ";"]
    if malloc:
        out += [f"  free(b{i});" for i in range(k)]
    out += ["  return r;", "}"]
    return "\n".join(out) + "\n", ["stm32-hal.yaml"]


# name -> (description, sizes, generator(n, malloc))
FAMILIES = [
    ("pairs-unchecked", "N start/wait pairs, start result ignored",
     [16, 32, 64, 128, 256], lambda n, m: pairs(n, False, m)),
    ("pairs-checked", "N `if (start() == 0) wait();`",
     [16, 32, 64, 128, 256], lambda n, m: pairs(n, True, m)),
    ("in-flight", "N transfers in flight at once, then N waits",
     [4, 8, 16, 32, 64], in_flight),
    ("helpers", "N inlined start+wait helper calls",
     [4, 8, 16, 32, 64], helpers),
    ("poll-checked", "K checked starts, then K polling loops",
     [1, 2, 4, 6, 8], lambda n, m: poll_loops(n, True, m)),
    ("poll-unchecked", "K starts (result ignored), then K polling loops",
     [1, 2, 4, 6, 8], lambda n, m: poll_loops(n, False, m)),
    ("hal-flags", "K HAL receives, K callback-flag loops",
     [1, 2, 4, 6, 8], hal_flags),
]


def tidy_function(statements):
    """One function of about \\p statements statements, one in eight a
    checked start/wait pair, the rest arithmetic on locals: the clang-tidy
    checks' cost as the function grows."""
    out = ["#include <dmasafe/dma.h>", "dmasafe_channel_t ch;", "char b[16];",
           "int f(int x) {", "  int s = 0;"]
    for i in range(statements):
        if i % 8 == 0:
            out.append("  if (dmasafe_start_rx(&ch, b, sizeof b) == 0) dmasafe_wait(&ch);")
        else:
            out.append(f"  s += x * {i % 7 + 1};")
    out += ["  return s + b[0];", "}"]
    return "\n".join(out) + "\n"
