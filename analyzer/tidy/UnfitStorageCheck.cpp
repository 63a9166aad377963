//===- UnfitStorageCheck.cpp - dmasafe-unfit-storage -----------------------===//
#include "UnfitStorageCheck.h"

#include "BufferExpr.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace dmasafe {
namespace tidy {

static QualType storageType(const BufferRef &B) {
  return B.Field ? B.Field->getType() : B.Var->getType();
}

void UnfitStorageCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(describedCall(), this);
}

void UnfitStorageCheck::check(const MatchFinder::MatchResult &Result) {
  const auto [Call, K] = contractedCall(Result);
  if (!K)
    return;
  const FunctionDecl *Callee = Call->getDirectCallee();
  ASTContext &Ctx = *Result.Context;
  for (const BufferParam &B : K->Buffers) {
    if (B.Param >= Call->getNumArgs())
      continue;
    const Expr *Arg = Call->getArg(B.Param);
    if (B.RequiresRam) {
      if (isa<StringLiteral>(Arg->IgnoreParenCasts())) {
        diag(Arg->getBeginLoc(),
             "string literal passed to %0, which needs a buffer in RAM "
             "(DMA_IN_RAM); string literals are read-only and usually in "
             "flash")
            << Callee;
        continue;
      }
      BufferRef R = resolvePointer(Arg);
      if (R && !R.isThroughPointer() && R.Var->hasGlobalStorage() &&
          Ctx.getBaseElementType(storageType(R)).isConstQualified()) {
        diag(Arg->getBeginLoc(),
             "'%0' is const data, likely placed in flash; %1 needs a buffer "
             "in RAM (DMA_IN_RAM)")
            << bufferName(R) << Callee;
        diag(R.Var->getLocation(), "%0 is declared const here; copy it to a "
                                   "RAM buffer before the transfer",
             DiagnosticIDs::Note)
            << R.Var;
      }
    }
    if (B.RequiresStable || B.ForbidsStack) {
      BufferRef R = resolvePointer(Arg);
      if (!R || R.isThroughPointer() || !R.Var->hasLocalStorage() ||
          ApiDescription::isMarkedStable(R.Var))
        continue;
      diag(Arg->getBeginLoc(),
           "stack buffer '%0' passed to %1, which %select{requires stable "
           "storage (DMA_STABLE)|never accepts stack memory}2")
          << bufferName(R) << Callee << !B.RequiresStable;
      diag(R.Var->getLocation(),
           "%0 has automatic storage; use static, global or heap storage, "
           "or mark it DMA_STABLE if it outlives every transfer",
           DiagnosticIDs::Note)
          << R.Var;
    }
  }
}

} // namespace tidy
} // namespace dmasafe
