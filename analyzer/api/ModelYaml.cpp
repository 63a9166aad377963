//===- ModelYaml.cpp - What the readers of a model file's YAML share ------===//
#include "ModelYaml.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/ErrorHandling.h"

namespace dmasafe {

bool hasUnknownKey(llvm::yaml::IO &IO,
                   std::initializer_list<llvm::StringRef> Known) {
  if (IO.outputting())
    return false;
  // A value of the wrong shape is read as a WrongShape, which lets the
  // reader skip its keys; that switch is the reader's, not the mapping's,
  // so it is turned off again here, before this mapping's end checks its
  // keys (else every later unknown key would pass as a warning).
  IO.setAllowUnknownKeys(false);
  // After an error, or on a node that is no mapping, the reader has already
  // said what is wrong (and keys() would read a node that is not there).
  auto &In = static_cast<llvm::yaml::Input &>(IO);
  const llvm::yaml::Node *N = In.getCurrentNode();
  if (In.error() || !N || !llvm::isa<llvm::yaml::MappingNode>(N))
    return true;
  for (llvm::StringRef K : IO.keys())
    if (!llvm::is_contained(Known, K))
      return true;
  return false;
}

std::optional<Direction> parseDirection(llvm::StringRef S) {
  if (S == "to-device")
    return Direction::ToDevice;
  if (S == "from-device")
    return Direction::FromDevice;
  if (S == "bidirectional")
    return Direction::Bidirectional;
  return std::nullopt;
}

llvm::StringRef modelDirectionName(Direction D) {
  switch (D) {
  case Direction::ToDevice:
    return "to-device";
  case Direction::FromDevice:
    return "from-device";
  case Direction::Bidirectional:
    return "bidirectional";
  }
  llvm_unreachable("every direction is in the switch");
}

} // namespace dmasafe
