//===- ModelYaml.h - What the readers of a model file's YAML share --------===//
//
// ModelFile.cpp reads the functions of a model, RegisterModelFile.cpp its
// `registers:` section; both map YAML onto the same vocabulary and report
// errors the same way.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_MODELYAML_H
#define DMASAFE_API_MODELYAML_H

#include "ApiDescription.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/YAMLTraits.h"
#include <initializer_list>
#include <optional>

namespace dmasafe {

/// Whether the mapping being read has a key outside \p Known. Its
/// validate() then stays quiet so that the reader's own "unknown key"
/// error, placed on the key itself, is the one reported.
bool hasUnknownKey(llvm::yaml::IO &IO,
                   std::initializer_list<llvm::StringRef> Known);

/// Model spelling of a direction (`to-device`, `from-device`,
/// `bidirectional`: the engine's view of memory).
std::optional<Direction> parseDirection(llvm::StringRef S);
/// The model file's spelling of \p D, which parseDirection reads back (not
/// directionName's, which is the messages' "memory-to-device").
llvm::StringRef modelDirectionName(Direction D);

} // namespace dmasafe

#endif // DMASAFE_API_MODELYAML_H
