//===- CacheLines.h - A receive buffer in whole data cache lines ----------===//
//
// DESIGN.md, "Cache coherence and barriers", rule (d): a buffer a
// device-to-memory transfer writes must be aligned to, and a whole number
// of, data cache lines, or maintaining its lines acts on the neighbouring
// data that shares them. Both front-ends report it at the variable's
// definition with the same words (semantics/FindingText.h) and the same
// fix-its, built here from the declaration.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_CACHELINES_H
#define DMASAFE_API_CACHELINES_H

#include "clang/Basic/Diagnostic.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class VarDecl;
} // namespace clang

namespace dmasafe {

class CacheModel;

/// Whether the cache rules follow variable \p VD: an array or a struct
/// (a scalar is no DMA buffer) outside the non-cacheable sections of
/// \p Cache.
bool cacheFollows(const clang::VarDecl &VD, const CacheModel &Cache);

/// A receive buffer variable that is not in whole cache lines.
struct PartialLines {
  /// The finding's text (lower case: pass it through text::sentence).
  std::string Text;
  /// `__attribute__((aligned(N)))` before the declaration, the array
  /// bound rounded up to whole lines: where the declaration is spelt in
  /// the file, not in a macro.
  std::vector<clang::FixItHint> Fixes;
};

/// The finding for receive buffer \p VD with \p Line-byte cache lines, or
/// none when it is aligned and whole (or its size is not known).
std::optional<PartialLines> partialLinesOf(const clang::VarDecl &VD,
                                           const clang::ASTContext &Ctx,
                                           int64_t Line);

} // namespace dmasafe

#endif // DMASAFE_API_CACHELINES_H
