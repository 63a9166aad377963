//===- Markers.h - Which annotation markers exist and where they belong ---===//
//
// The `dmasafe:<key>` markers of dmasafe/annotations.h, by where they may
// stand. The function markers of roles come from Roles.def, so a role's
// marker is known everywhere it is added (DMA_ARMS on a variable is "does
// not apply", never "unknown").
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_SEMANTICS_MARKERS_H
#define DMASAFE_SEMANTICS_MARKERS_H

#include "llvm/ADT/StringRef.h"

namespace dmasafe {

/// The prefix of every dmasafe annotation.
constexpr llvm::StringLiteral MarkerPrefix = "dmasafe:";

/// Markers of a parameter: owned, dir, len, len-arg, handle, in-ram.
bool isParameterMarker(llvm::StringRef Key);
/// Markers of a function: its roles' markers and the success, handle ones.
bool isFunctionMarker(llvm::StringRef Key);
/// Markers of storage (variables, fields, types): stable, completion-flag.
bool isStorageMarker(llvm::StringRef Key);
/// Any marker the annotations header defines.
bool isKnownMarker(llvm::StringRef Key);

} // namespace dmasafe

#endif // DMASAFE_SEMANTICS_MARKERS_H
