//===- ObjectKey.cpp - Which handle an expression names, by declaration ---===//
#include "ObjectKey.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

using namespace clang;

namespace dmasafe {
namespace tidy {

ObjectKey ObjectKey::ofDecl(const Decl *D) {
  ObjectKey K;
  K.Root = D->getCanonicalDecl();
  return K;
}

std::optional<ObjectKey> ObjectKey::of(const Expr *E, const ASTContext &Ctx) {
  if (!E)
    return std::nullopt;
  E = E->IgnoreParenCasts();
  if (E->getType()->isIntegralOrEnumerationType() && !E->isValueDependent()) {
    Expr::EvalResult R;
    if (E->EvaluateAsInt(R, Ctx) && R.Val.getInt().getSignificantBits() <= 64) {
      ObjectKey K;
      K.Value = R.Val.getInt().getSExtValue();
      return K;
    }
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return ofDecl(DRE->getDecl());
  std::optional<ObjectKey> Base;
  Step S{StepKind::AddrOf};
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() != UO_AddrOf && UO->getOpcode() != UO_Deref)
      return std::nullopt;
    S.K = UO->getOpcode() == UO_AddrOf ? StepKind::AddrOf : StepKind::Deref;
    Base = of(UO->getSubExpr(), Ctx);
  } else if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    S.K = ME->isArrow() ? StepKind::Arrow : StepKind::Dot;
    S.Ptr = ME->getMemberDecl()->getCanonicalDecl();
    Base = of(ME->getBase(), Ctx);
  } else if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
    std::optional<ObjectKey> Idx = of(ASE->getIdx(), Ctx);
    if (!Idx || !Idx->Steps.empty())
      return std::nullopt;
    S.K = StepKind::Index;
    S.Ptr = Idx->Root;
    S.Value = Idx->Value;
    Base = of(ASE->getBase(), Ctx);
  } else {
    return std::nullopt;
  }
  if (!Base || !Base->Root)
    return std::nullopt;
  Base->Steps.push_back(S);
  return Base;
}

std::optional<ObjectKey> ObjectKey::addressOf(const Expr *E,
                                              const ASTContext &Ctx) {
  std::optional<ObjectKey> K = of(E, Ctx);
  if (K)
    K->Steps.push_back(Step{StepKind::AddrOf});
  return K;
}

bool ObjectKey::isAddressOfNamedObject() const {
  if (!Root || Steps.empty() || Steps.back().K != StepKind::AddrOf)
    return false;
  for (unsigned I = 0; I + 1 < Steps.size(); ++I)
    if (Steps[I].K != StepKind::Dot &&
        !(Steps[I].K == StepKind::Index && !Steps[I].Ptr))
      return false;
  return true;
}

const clang::VarDecl *ObjectKey::addressedVariable() const {
  if (Steps.size() != 1 || Steps[0].K != StepKind::AddrOf)
    return nullptr;
  return llvm::dyn_cast_or_null<clang::VarDecl>(Root);
}

bool ObjectKey::provablyDistinct(const ObjectKey &A, const ObjectKey &B) {
  if (A == B)
    return false;
  if (A.constant() && B.constant())
    return true;
  if (!A.isAddressOfNamedObject() || !B.isAddressOfNamedObject())
    return false;
  if (A.Root != B.Root)
    return true;
  // The same variable: distinct members or elements are distinct objects;
  // one inside the other (`&s` and `&s.dev`) is not.
  size_t Common = std::min(A.Steps.size(), B.Steps.size()) - 1;
  for (size_t I = 0; I < Common; ++I)
    if (!(A.Steps[I] == B.Steps[I]))
      return true;
  return false;
}

} // namespace tidy
} // namespace dmasafe
