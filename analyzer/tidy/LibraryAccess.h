//===- LibraryAccess.h - What C library functions do to pointer arguments -===//
//
// Passing an in-flight buffer to memcpy or memset is an access like any
// other. This table says, for the usual C library functions, which pointer
// arguments are read and which are written.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_LIBRARYACCESS_H
#define DMASAFE_TIDY_LIBRARYACCESS_H

#include "TransferFlow.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <utility>
#include <vector>

namespace dmasafe {
namespace tidy {

/// Per argument position: how the function accesses the memory that
/// argument points to (std::nullopt: not a buffer argument). Returns an
/// empty list for functions not in the table. `__builtin_` prefixes and
/// fortified `__*_chk` variants are recognised.
llvm::ArrayRef<std::optional<AccessKind>> libraryAccess(llvm::StringRef Name);

/// For the printf family, the position of the format argument.
std::optional<unsigned> formatArgIndex(llvm::StringRef Name);

/// The arguments a printf format \p Format makes the callee access
/// (`%s` reads, `%n` writes), counting from argument \p FirstArg.
std::vector<std::pair<unsigned, AccessKind>>
formatAccesses(llvm::StringRef Format, unsigned FirstArg);

/// Whether \p Name blocks on an RTOS or OS synchronization object
/// (k_sem_take, xSemaphoreTake, wait_for_completion...). Completion
/// interrupts usually signal such an object, so a transfer may be complete
/// after the call: the checks say nothing about it afterwards.
bool isBlockingWait(llvm::StringRef Name);

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_LIBRARYACCESS_H
