//===- LibraryAccess.h - What C library calls do to their pointer arguments ===//
//
// Passing an in-flight buffer to memcpy, strtok or printf("%s") is a CPU
// access like any other. This is the one table of which arguments of the
// usual C library functions are read or written, which argument bounds the
// access, and where a printf-like function's format is; both front-ends
// ask it, so they agree on what `memcpy(rx, ...)` does.
//
// Blocking waits on kernel objects (k_sem_take, xSemaphoreTake) are not
// here: they come from the models' `wait-signal` entries.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_SEMANTICS_LIBRARYACCESS_H
#define DMASAFE_SEMANTICS_LIBRARYACCESS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <utility>
#include <vector>

namespace dmasafe {

/// One pointer argument a library function reads or writes.
struct LibraryOperand {
  unsigned Arg;                    ///< 0-based argument index
  bool Writes;                     ///< false: the function only reads it
  std::optional<unsigned> SizeArg; ///< the argument holding the byte count
};

/// What one library function does to the memory its arguments point to.
struct LibraryAccess {
  llvm::ArrayRef<LibraryOperand> Operands;
  /// printf-like: the format argument; the arguments after it are read as
  /// the format says (formatAccesses), or all maybe read when unknown.
  std::optional<unsigned> FormatArg;
};

/// The access of the C library function \p Name (a global C function of
/// that name: the caller checks that), or null. `__builtin_` prefixes and
/// the fortified `__*_chk` variants of the memory and string functions
/// (same argument positions) are recognised.
const LibraryAccess *libraryAccess(llvm::StringRef Name);

/// Whether \p Name releases its first argument's storage (free, realloc).
bool isLibraryDeallocator(llvm::StringRef Name);

/// The arguments a printf format \p Format makes the callee access, from
/// argument \p FirstArg on: `%s` reads (false), `%n` writes (true); a `%p`
/// or `%d` argument is a value, not an access.
std::vector<std::pair<unsigned, bool>> formatAccesses(llvm::StringRef Format,
                                                      unsigned FirstArg);

} // namespace dmasafe

#endif // DMASAFE_SEMANTICS_LIBRARYACCESS_H
