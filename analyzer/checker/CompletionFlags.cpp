//===- CompletionFlags.cpp - Variables an interrupt sets on completion ----===//
//
// Vendor APIs complete through an interrupt callback that sets a variable;
// the code waits with `while (!done) {}`. A global written in the body of a
// function whose contract is CompletionCallback is a flag of that callback's
// API; a variable marked DMA_COMPLETION_FLAG is a flag of every API.
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;
using namespace ento;

namespace dmasafe {
namespace {

/// The global variable \p E names (through parentheses and casts), or null.
const VarDecl *globalNamedBy(const Expr *E) {
  if (!E)
    return nullptr;
  const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  return VD && VD->hasGlobalStorage() ? VD->getCanonicalDecl() : nullptr;
}

/// Globals assigned, compound-assigned or incremented in \p Body.
void collectWrittenGlobals(const Stmt *Body,
                           llvm::SmallVectorImpl<const VarDecl *> &Out) {
  llvm::SmallVector<const Stmt *, 32> Work{Body};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
      if (BO->isAssignmentOp())
        if (const VarDecl *VD = globalNamedBy(BO->getLHS()))
          Out.push_back(VD);
    } else if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
      if (UO->isIncrementDecrementOp())
        if (const VarDecl *VD = globalNamedBy(UO->getSubExpr()))
          Out.push_back(VD);
    }
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
}

} // namespace

const llvm::DenseMap<const VarDecl *, unsigned> &
DmaChecker::completionFlags(ASTContext &Ctx) const {
  if (Flags)
    return *Flags;
  Flags.emplace();
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      if (ApiDescription::isMarkedCompletionFlag(VD))
        (*Flags)[VD->getCanonicalDecl()] = AnyFamily;
      continue;
    }
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody())
      continue;
    const FunctionContract *FC = Api.lookup(FD);
    if (!FC || !FC->hasRole(Role::CompletionCallback))
      continue;
    unsigned Family = familyId(FC->Api);
    llvm::SmallVector<const VarDecl *, 4> Written;
    collectWrittenGlobals(FD->getBody(), Written);
    for (const VarDecl *VD : Written) {
      auto [It, New] = Flags->try_emplace(VD, Family);
      // Written by callbacks of two APIs: a flag of both.
      if (!New && It->second != Family)
        It->second = AnyFamily;
    }
  }
  return *Flags;
}

} // namespace dmasafe
