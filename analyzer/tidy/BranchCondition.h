//===- BranchCondition.h - What a two-way branch tests, as "X op K" -------===//
//
// The flow learns from branches on a start's result (`!= HAL_OK`), a poll
// (`while (busy(ch))`), a wait's result or a completion flag (`!done`).
// Each such condition is read as one relation "X op K" between a value and
// a constant that holds on the branch's true edge (and its negation on the
// false edge); `!X` and `K op X` are rewritten to that form. Conditions of
// another shape (`a && b` as a whole, `x < y`) teach nothing.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_BRANCHCONDITION_H
#define DMASAFE_TIDY_BRANCHCONDITION_H

#include "api/ApiDescription.h"
#include "clang/AST/OperationKinds.h"
#include <cstdint>
#include <optional>

namespace clang {
class ASTContext;
class CFGBlock;
class Expr;
} // namespace clang

namespace dmasafe {
namespace tidy {

struct Relation {
  /// The value tested, past assignments and commas (`(rc = f())` tests
  /// f's result).
  const clang::Expr *Value;
  clang::BinaryOperatorKind Op;
  int64_t K;

  Relation negated() const;
  /// Whether the relation makes \p Value nonzero (true), zero (false), or
  /// says neither.
  std::optional<bool> truth() const;
};

/// The relation \p Cond holds on its true edge, if it has that shape.
std::optional<Relation> relationOf(const clang::Expr *Cond,
                                   const clang::ASTContext &Ctx);

/// The condition a two-way block branches on. For `a && b` the block of
/// the operator itself tests `a`; the block ending the whole condition
/// tests `b`.
const clang::Expr *branchCondition(const clang::CFGBlock &B);

/// Whether a call result for which \p R holds means that a call with
/// success condition \p SC failed.
bool impliesFailure(const SuccessCondition &SC, const Relation &R);

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_BRANCHCONDITION_H
