//===- BranchCondition.cpp - What a two-way branch tests, as "X op K" -----===//
#include "BranchCondition.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Analysis/CFG.h"

using namespace clang;

namespace dmasafe {
namespace tidy {

namespace {

BinaryOperatorKind negate(BinaryOperatorKind Op) {
  switch (Op) {
  case BO_EQ: return BO_NE;
  case BO_NE: return BO_EQ;
  case BO_LT: return BO_GE;
  case BO_GE: return BO_LT;
  case BO_GT: return BO_LE;
  case BO_LE: return BO_GT;
  default: return Op;
  }
}

BinaryOperatorKind mirror(BinaryOperatorKind Op) {
  switch (Op) {
  case BO_LT: return BO_GT;
  case BO_GT: return BO_LT;
  case BO_LE: return BO_GE;
  case BO_GE: return BO_LE;
  default: return Op;
  }
}

const Expr *skipAssignments(const Expr *E) {
  while (true) {
    E = E->IgnoreParenImpCasts();
    const auto *BO = dyn_cast<BinaryOperator>(E);
    if (!BO || (BO->getOpcode() != BO_Assign && BO->getOpcode() != BO_Comma))
      return E;
    E = BO->getRHS();
  }
}

std::optional<int64_t> comparedConstant(const Expr *E, const ASTContext &Ctx) {
  if (E->isValueDependent())
    return std::nullopt;
  if (E->isNullPointerConstant(const_cast<ASTContext &>(Ctx),
                               Expr::NPC_ValueDependentIsNotNull))
    return 0;
  Expr::EvalResult R;
  if (!E->EvaluateAsInt(R, Ctx) || R.Val.getInt().getSignificantBits() > 64)
    return std::nullopt;
  return R.Val.getInt().getExtValue();
}

} // namespace

Relation Relation::negated() const { return {Value, negate(Op), K}; }

std::optional<bool> Relation::truth() const {
  if ((Op == BO_NE && K == 0) || (Op == BO_GT && K == 0) ||
      (Op == BO_EQ && K != 0))
    return true;
  // `x > 0` failing is read as x zero, as for a poll's boolean result.
  if ((Op == BO_EQ || Op == BO_LE) && K == 0)
    return false;
  return std::nullopt;
}

std::optional<Relation> relationOf(const Expr *Cond, const ASTContext &Ctx) {
  const Expr *E = Cond->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_LNot) {
      std::optional<Relation> R = relationOf(UO->getSubExpr(), Ctx);
      if (R)
        return R->negated();
      return std::nullopt;
    }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->isComparisonOp()) {
      if (auto K = comparedConstant(BO->getRHS(), Ctx))
        return Relation{skipAssignments(BO->getLHS()), BO->getOpcode(), *K};
      if (auto K = comparedConstant(BO->getLHS(), Ctx))
        return Relation{skipAssignments(BO->getRHS()),
                        mirror(BO->getOpcode()), *K};
      return std::nullopt;
    }
    if (BO->isLogicalOp())
      return std::nullopt;
  }
  return Relation{skipAssignments(E), BO_NE, 0};
}

const Expr *branchCondition(const CFGBlock &B) {
  const Stmt *Term = B.getTerminatorStmt();
  if (!Term || B.succ_size() != 2)
    return nullptr;
  if (const auto *BO = dyn_cast<BinaryOperator>(Term))
    return BO->isLogicalOp() ? BO->getLHS() : nullptr;
  const Expr *Cond =
      dyn_cast_or_null<Expr>(B.getTerminatorCondition(/*StripParens=*/false));
  while (Cond) {
    const auto *BO = dyn_cast<BinaryOperator>(Cond->IgnoreParenImpCasts());
    if (!BO || !BO->isLogicalOp())
      break;
    Cond = BO->getRHS();
  }
  return Cond;
}

bool impliesFailure(const SuccessCondition &SC, const Relation &R) {
  using Kind = SuccessCondition::Kind;
  int64_t K = R.K;
  switch (SC.K) {
  case Kind::Always:
    return false;
  case Kind::ReturnEquals: {
    int64_t V = SC.Value;
    switch (R.Op) {
    case BO_EQ: return K != V;
    case BO_NE: return K == V;
    case BO_LT: return V >= K;
    case BO_LE: return V > K;
    case BO_GT: return V <= K;
    case BO_GE: return V < K;
    default: return false;
    }
  }
  case Kind::ReturnNonNegative:
    switch (R.Op) {
    case BO_EQ: return K < 0;
    case BO_LT: return K <= 0;
    case BO_LE: return K < 0;
    default: return false;
    }
  case Kind::ReturnNonNull:
    return R.Op == BO_EQ && K == 0;
  }
  return false;
}

} // namespace tidy
} // namespace dmasafe
