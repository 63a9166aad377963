//===- ObjectKey.h - Which handle an expression names, by declaration -----===//
//
// A handle (a driver object `&huart2`, `&d->huart`, a channel number `3` or
// `chan`, an entry `chans[1]`) is identified by the declaration it starts
// from and the member path down to it, or by its constant value: never by
// spelling. Two keys are equal when the expressions name the same handle on
// every path; provablyDistinct says when they cannot name the same one
// (two constants, the addresses of two different objects). Anything else
// may be the same handle: when unsure, the flow says nothing.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_OBJECTKEY_H
#define DMASAFE_TIDY_OBJECTKEY_H

#include "llvm/ADT/SmallVector.h"
#include <cstdint>
#include <optional>

namespace clang {
class ASTContext;
class Decl;
class Expr;
class VarDecl;
} // namespace clang

namespace dmasafe {
namespace tidy {

class ObjectKey {
public:
  /// The key of \p E, or std::nullopt when it is too complex to compare
  /// (a call, arithmetic, an index that is neither constant nor a variable).
  static std::optional<ObjectKey> of(const clang::Expr *E,
                                     const clang::ASTContext &Ctx);
  /// The key of `&E` for the lvalue \p E (`hspi1` of `hspi1.State`).
  static std::optional<ObjectKey> addressOf(const clang::Expr *E,
                                            const clang::ASTContext &Ctx);
  /// The key of a reference to \p D.
  static ObjectKey ofDecl(const clang::Decl *D);

  /// The constant value, for a constant handle (a channel number).
  std::optional<int64_t> constant() const {
    if (Root || !Steps.empty())
      return std::nullopt;
    return Value;
  }

  /// The variable whose address the key is (`&huart2`), or null.
  const clang::VarDecl *addressedVariable() const;

  bool operator==(const ObjectKey &O) const {
    return Root == O.Root && Value == O.Value && Steps == O.Steps;
  }
  bool operator!=(const ObjectKey &O) const { return !(*this == O); }

  /// Whether \p A and \p B cannot name the same handle.
  static bool provablyDistinct(const ObjectKey &A, const ObjectKey &B);

private:
  enum class StepKind : uint8_t { AddrOf, Deref, Dot, Arrow, Index };
  struct Step {
    StepKind K;
    /// The member for Dot and Arrow; the index variable for Index, or null
    /// for a constant index (then in Value).
    const void *Ptr = nullptr;
    int64_t Value = 0;
    bool operator==(const Step &O) const {
      return K == O.K && Ptr == O.Ptr && Value == O.Value;
    }
  };
  /// The address of a named object (`&huart1`, `&g.dev[2]`): the path has
  /// one AddrOf, first, and nothing that reads a pointer or a variable.
  bool isAddressOfNamedObject() const;

  const clang::Decl *Root = nullptr; ///< canonical; null for a constant
  int64_t Value = 0;                 ///< the constant, when Root is null
  llvm::SmallVector<Step, 3> Steps;  ///< applied innermost first
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_OBJECTKEY_H
