//===- Markers.cpp - The annotation marker lists --------------------------===//
#include "semantics/Markers.h"
#include "semantics/Roles.h"

#include "llvm/ADT/StringSwitch.h"

namespace dmasafe {

bool isParameterMarker(llvm::StringRef Key) {
  return llvm::StringSwitch<bool>(Key)
      .Case("owned", true)
      .Case("dir", true)
      .Case("len", true)
      .Case("len-arg", true)
      .Case("handle", true)
      .Case("in-ram", true)
      .Default(false);
}

bool isFunctionMarker(llvm::StringRef Key) {
  return Key == "success-returns" || Key == "success-nonneg" ||
         Key == "returns-handle" || roleOfMarker(Key).has_value();
}

bool isStorageMarker(llvm::StringRef Key) {
  return Key == "stable" || Key == "completion-flag";
}

bool isKnownMarker(llvm::StringRef Key) {
  return isParameterMarker(Key) || isFunctionMarker(Key) ||
         isStorageMarker(Key);
}

} // namespace dmasafe
