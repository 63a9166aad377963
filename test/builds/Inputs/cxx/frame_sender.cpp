// A C++ firmware file for arm-none-eabi-g++: it includes the toolchain's C++
// standard headers (libstdc++ for newlib), so it is analyzed, not skipped.
#include <array>
#include <cstdint>
#include <dmasafe/dma.h>

static dmasafe_channel_t uart;
static std::uint8_t frame[16];
static_assert(std::tuple_size<std::array<char, 4>>::value == 4, "<array> is libstdc++'s");

int send_frame() {
  if (dmasafe_start_tx(&uart, frame, sizeof frame) != 0)
    return -1;
  frame[0] = 0x7e;
  dmasafe_wait(&uart);
  return 0;
}

int send_frame_ok() {
  frame[0] = 0x7e;
  if (dmasafe_start_tx(&uart, frame, sizeof frame) != 0)
    return -1;
  dmasafe_wait(&uart);
  return 0;
}
