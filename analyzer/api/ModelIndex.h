//===- ModelIndex.h - The names a model file describes, without parsing it ===//
//
// Parsing YAML costs about 600 instructions a byte: all shipped models
// together cost a one-function file more than the rest of its analysis.
// A model entry only ever applies to a declaration the translation unit
// names (a function, a register block type), so a file that describes no
// name the unit mentions can stay unparsed. This index is the cheap text
// scan that decides it; it may list more names than the file describes
// (a `name:` in a comment), never fewer.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_MODELINDEX_H
#define DMASAFE_API_MODELINDEX_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <vector>

namespace dmasafe {

/// The keys whose value is the C name an entry applies to: a function's
/// `name:` and a register block's `block:`. A key added to the model
/// format that names what an entry applies to belongs here (the model-file
/// fuzzer checks that every parsed contract's name is indexed).
inline constexpr llvm::StringLiteral ModelIndexKeys[] = {"name", "block"};

/// The values of ModelIndexKeys in \p Text: identifiers, the last
/// component of a qualified `ns::f`, quotes removed. Refers into \p Text.
/// std::nullopt when a scan cannot know the names: an escape anywhere
/// (`"\x66"` spells `f`), or an index key whose value is no plain or
/// quoted identifier (an alias, anchor, tag, block scalar, comment or
/// collection); such a file is parsed whatever the unit mentions.
std::optional<std::vector<llvm::StringRef>>
modelIndexNames(llvm::StringRef Text);

} // namespace dmasafe

#endif // DMASAFE_API_MODELINDEX_H
