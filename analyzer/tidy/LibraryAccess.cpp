//===- LibraryAccess.cpp - What C library functions do to pointer args ----===//
#include "LibraryAccess.h"

#include "llvm/ADT/StringSwitch.h"

namespace dmasafe {
namespace tidy {

namespace {
constexpr std::optional<AccessKind> R = AccessKind::Read;
constexpr std::optional<AccessKind> W = AccessKind::Write;
constexpr std::optional<AccessKind> N = std::nullopt;

constexpr std::optional<AccessKind> WriteRead[] = {W, R};
constexpr std::optional<AccessKind> WriteOnly[] = {W};
constexpr std::optional<AccessKind> ReadRead[] = {R, R};
constexpr std::optional<AccessKind> ReadOnly[] = {R};
constexpr std::optional<AccessKind> SkipWrite[] = {N, W};
constexpr std::optional<AccessKind> SkipRead[] = {N, R};
} // namespace

llvm::ArrayRef<std::optional<AccessKind>> libraryAccess(llvm::StringRef Name) {
  Name.consume_front("__builtin_");
  Name.consume_front("__");
  Name.consume_back("_chk");
  return llvm::StringSwitch<llvm::ArrayRef<std::optional<AccessKind>>>(Name)
      .Cases("memcpy", "memmove", "strcpy", "strncpy", "strcat", "strncat",
             WriteRead)
      .Cases("mempcpy", "stpcpy", "stpncpy", WriteRead)
      .Cases("memset", "bzero", "explicit_bzero", WriteOnly)
      .Cases("sprintf", "snprintf", "vsprintf", "vsnprintf", "gets",
             WriteOnly)
      .Cases("memcmp", "strcmp", "strncmp", "bcmp", ReadRead)
      .Cases("strlen", "strnlen", "puts", "strchr", "strrchr", "memchr",
             ReadOnly)
      .Cases("atoi", "atol", "strtol", "strtoul", ReadOnly)
      .Case("fgets", WriteOnly)
      .Case("fread", WriteOnly)
      .Case("fwrite", ReadOnly)
      .Case("read", SkipWrite)  // read(fd, buf, n)
      .Case("write", SkipRead)  // write(fd, buf, n)
      .Default({});
}

std::optional<unsigned> formatArgIndex(llvm::StringRef Name) {
  Name.consume_front("__builtin_");
  Name.consume_front("__");
  Name.consume_back("_chk");
  return llvm::StringSwitch<std::optional<unsigned>>(Name)
      .Case("printf", 0)
      .Cases("fprintf", "dprintf", "sprintf", 1)
      .Case("snprintf", 2)
      .Default(std::nullopt);
}

std::vector<std::pair<unsigned, AccessKind>>
formatAccesses(llvm::StringRef Format, unsigned FirstArg) {
  std::vector<std::pair<unsigned, AccessKind>> Out;
  unsigned Arg = FirstArg;
  for (size_t I = 0; I < Format.size(); ++I) {
    if (Format[I] != '%')
      continue;
    // Flags, width, precision and length up to the conversion letter.
    for (++I; I < Format.size(); ++I) {
      char C = Format[I];
      if (C == '*') {
        ++Arg; // a width or precision argument
        continue;
      }
      if (llvm::StringRef("-+ #0123456789.hlLqjzt'").contains(C))
        continue;
      if (C == 's')
        Out.push_back({Arg, AccessKind::Read});
      else if (C == 'n')
        Out.push_back({Arg, AccessKind::Write});
      if (C != '%')
        ++Arg;
      break;
    }
  }
  return Out;
}

bool isBlockingWait(llvm::StringRef Name) {
  return llvm::StringSwitch<bool>(Name)
      // Zephyr
      .Cases("k_sem_take", "k_poll", "k_event_wait", "k_event_wait_all",
             "k_msgq_get", "k_condvar_wait", true)
      // FreeRTOS
      .Cases("xSemaphoreTake", "xQueueReceive", "xQueueSemaphoreTake",
             "ulTaskNotifyTake", "xTaskNotifyWait", "xEventGroupWaitBits",
             true)
      // CMSIS-RTOS2
      .Cases("osSemaphoreAcquire", "osEventFlagsWait", "osThreadFlagsWait",
             "osMessageQueueGet", true)
      // Linux, POSIX
      .Cases("wait_for_completion", "wait_for_completion_timeout",
             "wait_for_completion_interruptible", "sem_wait",
             "pthread_cond_wait", true)
      .Default(false);
}

} // namespace tidy
} // namespace dmasafe
