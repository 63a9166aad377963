//===- UnknownRows.h - Array elements picked by an index the path lacks ---===//
//
// A transfer on `bufs[i]`, `i` unknown, owns one element of `bufs`; which
// one, the path does not say. Taken as the whole array, every ping-pong
// (`bufs[i ^ 1]`, `bufs[1 - i]`, `bufs[(i + 1) % 2]`) is an access in
// flight. Instead the constraint solver decides: an access, or a second
// start, is in the transfer's element when the path forces the indices
// equal, outside it when they cannot be equal, and undecided otherwise.
// Undecided says nothing.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_CHECKER_UNKNOWNROWS_H
#define DMASAFE_CHECKER_UNKNOWNROWS_H

#include "clang/StaticAnalyzer/Core/PathSensitive/MemRegion.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramState.h"
#include "llvm/ADT/FoldingSet.h"
#include <optional>

namespace dmasafe {

/// Bytes of one element of an array whose index the path does not know.
struct UnknownRow {
  const clang::ento::ElementRegion *Element = nullptr;
  int64_t Offset = 0; ///< first byte, within the element
  int64_t Length = 0; ///< bytes, within the element

  explicit operator bool() const { return Element != nullptr; }
  bool operator==(const UnknownRow &O) const {
    return Element == O.Element && Offset == O.Offset && Length == O.Length;
  }
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Element);
    ID.AddInteger(Offset);
    ID.AddInteger(Length);
  }
};

/// The row \p R lies in when its offset is unknown through one element
/// index only and its \p Length bytes stay in that element; else none.
UnknownRow unknownRowOf(const clang::ento::MemRegion *R,
                        std::optional<int64_t> Length,
                        clang::ASTContext &Ctx);

enum class RowHit { Yes, No, Unsure };

/// Whether an access overlaps \p Row: to \p Region when known, else to
/// bytes [From, From + Size) of the row's base region (no Size: to its end).
RowHit rowHit(clang::ento::ProgramStateRef State, const UnknownRow &Row,
              const clang::ento::MemRegion *Region,
              std::optional<int64_t> From, std::optional<int64_t> Size,
              clang::ASTContext &Ctx);

/// Whether two rows overlap.
RowHit rowsHit(clang::ento::ProgramStateRef State, const UnknownRow &A,
               const UnknownRow &B, clang::ASTContext &Ctx);

} // namespace dmasafe

#endif // DMASAFE_CHECKER_UNKNOWNROWS_H
