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
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_SHIPPEDMODELINDEX_H
#define DMASAFE_API_SHIPPEDMODELINDEX_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>

namespace dmasafe {

/// The names modelIndexNames finds in \p Text when \p Text is, byte for
/// byte, a model file the build indexed (and shape-checked);
/// std::nullopt otherwise.
std::optional<llvm::ArrayRef<llvm::StringLiteral>>
shippedModelNames(llvm::StringRef Text);

} // namespace dmasafe

#endif // DMASAFE_API_SHIPPEDMODELINDEX_H
