//===- ShippedModelIndex.h - The index the build made of models/*.yaml ----===//
//
// Scanning the shipped models for their names (ModelIndex.h) costs a file
// that uses no DMA API more than the rest of the plugin's fixed cost. The
// build runs the same scan once (analyzer/indexer) and embeds its result
// with each file's text: a model file that is, byte for byte, a shipped
// one costs a comparison (memcmp, cheaper than any hash of it), and its
// parse skips the shape check (ModelFileShape.h) the build ran. Any other
// text, an edited model included, is not found and is scanned as before;
// so the index can make loading cheaper, never different.
//
// The build also records where each `functions:` entry lies
// (ModelEntries.h), so that a unit parses only the entries it names.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_SHIPPEDMODELINDEX_H
#define DMASAFE_API_SHIPPEDMODELINDEX_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>

namespace dmasafe {

/// One `functions:` entry of a shipped model: its lines [Begin, End) of
/// the text, the function it names, and whether it must be parsed
/// whatever the unit names (entryMayBeEnumerated).
struct ShippedEntry {
  uint32_t Begin;
  uint32_t End;
  llvm::StringLiteral Name;
  bool Enumerated;
};

struct ShippedModel {
  llvm::StringRef Text;
  llvm::ArrayRef<llvm::StringLiteral> Names;
  llvm::ArrayRef<ShippedEntry> Entries;
};

/// The shipped model whose text is, byte for byte, \p Text; null otherwise.
const ShippedModel *findShippedModel(llvm::StringRef Text);

/// The names modelIndexNames finds in \p Text when \p Text is a model file
/// the build indexed (and shape-checked); std::nullopt otherwise.
std::optional<llvm::ArrayRef<llvm::StringLiteral>>
shippedModelNames(llvm::StringRef Text);

/// \p M's text with every entry that neither \p Used accepts by name nor
/// is Enumerated replaced by its line breaks: the same lines, so the kept
/// entries parse to the same contracts with the same origins. When no
/// entry would be kept the last one is (a `functions:` list that is
/// empty would not be a model). Removing list items keeps the shape check
/// the build ran valid.
std::string usedEntriesText(const ShippedModel &M,
                            llvm::function_ref<bool(llvm::StringRef)> Used);

} // namespace dmasafe

#endif // DMASAFE_API_SHIPPEDMODELINDEX_H
