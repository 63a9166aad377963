//===- TransferLengthCheck.cpp - dmasafe-transfer-length -------------------===//
#include "TransferLengthCheck.h"

#include "BufferExpr.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace dmasafe {
namespace tidy {

namespace {

/// Bytes of storage a pointer expression points into, and its offset.
struct Extent {
  const NamedDecl *Object;
  uint64_t Size;
  uint64_t Offset;
};

std::optional<uint64_t> constantSize(QualType T, const ASTContext &Ctx) {
  if (T.isNull() || T->isIncompleteType() || T->isDependentType() ||
      !T->isConstantSizeType())
    return std::nullopt;
  return Ctx.getTypeSizeInChars(T).getQuantity();
}

std::optional<int64_t> constantInt(const Expr *E, const ASTContext &Ctx) {
  Expr::EvalResult R;
  if (!E || E->isValueDependent() || !E->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  return R.Val.getInt().getExtValue();
}

/// A trailing array of 0 or 1 elements is the old flexible-array idiom:
/// the object really extends past it.
bool isTrailingArrayIdiom(const FieldDecl *F, const ASTContext &Ctx) {
  const auto *CAT = Ctx.getAsConstantArrayType(F->getType());
  if (!CAT || CAT->getSize().ugt(1))
    return false;
  const RecordDecl *RD = F->getParent();
  const FieldDecl *Last = nullptr;
  for (const FieldDecl *Each : RD->fields())
    Last = Each;
  return Last == F;
}

/// The named object an lvalue designates, with its size.
std::optional<Extent> objectExtent(const Expr *E, const ASTContext &Ctx) {
  E = E->IgnoreParens();
  const ValueDecl *D = nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    D = dyn_cast<VarDecl>(DRE->getDecl());
  else if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (F && !isTrailingArrayIdiom(F, Ctx))
      D = F;
  }
  if (!D)
    return std::nullopt;
  if (auto Size = constantSize(D->getType(), Ctx))
    return Extent{D, *Size, 0};
  return std::nullopt;
}

std::optional<Extent> pointerExtent(const Expr *E, const ASTContext &Ctx) {
  E = E->IgnoreParenCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() != UO_AddrOf)
      return std::nullopt;
    const Expr *Sub = UO->getSubExpr()->IgnoreParens();
    if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(Sub)) {
      auto Base = pointerExtent(ASE->getBase(), Ctx);
      auto Index = constantInt(ASE->getIdx(), Ctx);
      auto Elem = constantSize(ASE->getType(), Ctx);
      if (!Base || !Index || !Elem || *Index < 0)
        return std::nullopt;
      Base->Offset += uint64_t(*Index) * *Elem;
      return Base;
    }
    return objectExtent(Sub, Ctx);
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() != BO_Add || !BO->getLHS()->getType()->isPointerType())
      return std::nullopt;
    auto Base = pointerExtent(BO->getLHS(), Ctx);
    auto Count = constantInt(BO->getRHS(), Ctx);
    auto Elem = constantSize(BO->getLHS()->getType()->getPointeeType(), Ctx);
    if (!Base || !Count || !Elem || *Count < 0)
      return std::nullopt;
    Base->Offset += uint64_t(*Count) * *Elem;
    return Base;
  }
  if (E->getType()->isArrayType())
    return objectExtent(E, Ctx);
  return std::nullopt;
}

} // namespace

void TransferLengthCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(describedCall(), this);
}

void TransferLengthCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  if (!Call || Call->isInstantiationDependent())
    return;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return;
  const FunctionContract *K = state().Api.lookup(Callee);
  if (!K || !K->hasRole(Role::Start))
    return;
  const ASTContext &Ctx = *Result.Context;
  for (const BufferParam &B : K->Buffers) {
    if (B.Param >= Call->getNumArgs())
      continue;
    std::optional<uint64_t> Units;
    if (B.LenParam && *B.LenParam < Call->getNumArgs()) {
      auto V = constantInt(Call->getArg(*B.LenParam), Ctx);
      if (V && *V >= 0)
        Units = uint64_t(*V);
    } else if (B.FixedLen) {
      Units = *B.FixedLen;
    }
    if (!Units)
      continue;
    const Expr *Arg = Call->getArg(B.Param);
    std::optional<Extent> Ex = pointerExtent(Arg, Ctx);
    if (!Ex || Ex->Offset > Ex->Size)
      continue;
    uint64_t Bytes = *Units * B.LenUnit;
    uint64_t Room = Ex->Size - Ex->Offset;
    if (Bytes <= Room)
      continue;
    diag(Arg->getBeginLoc(),
         "DMA transfer of %0 bytes by %1 overruns %2, which has %3 bytes"
         "%select{| from this offset}4")
        << static_cast<unsigned long long>(Bytes) << Callee << Ex->Object
        << static_cast<unsigned long long>(Room) << (Ex->Offset != 0);
    diag(Ex->Object->getLocation(), "%0 declared here", DiagnosticIDs::Note)
        << Ex->Object;
  }
}

} // namespace tidy
} // namespace dmasafe
