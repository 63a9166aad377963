//===- LibcAccessTable.h - Which libc arguments a call reads or writes ----===//
//
// Passing an in-flight buffer to memcpy or printf is a CPU access like any
// other. The table says, per function, which pointer arguments are read or
// written and which argument bounds the access; the deallocators (free,
// realloc) are listed apart because they release rather than access.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_CHECKER_LIBCACCESSTABLE_H
#define DMASAFE_CHECKER_LIBCACCESSTABLE_H

#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace dmasafe {

struct LibcAccess {
  struct Operand {
    unsigned Arg;                    ///< 0-based argument index
    bool Writes;                     ///< false: the function reads it
    std::optional<unsigned> SizeArg; ///< argument holding the byte count
  };
  llvm::SmallVector<Operand, 2> Operands;
  /// printf-like: every pointer argument from this index on is read.
  std::optional<unsigned> VarArgsReadFrom;
};

/// The access made by a known C library call, or null.
const LibcAccess *lookupLibcAccess(const clang::ento::CallEvent &Call);
/// The same for a call as written (no path at hand).
const LibcAccess *lookupLibcAccess(const clang::CallExpr &CE);

/// Whether \p Call is free() or realloc() (the pointer is argument 0).
bool isLibcDeallocator(const clang::ento::CallEvent &Call);

} // namespace dmasafe

#endif // DMASAFE_CHECKER_LIBCACCESSTABLE_H
