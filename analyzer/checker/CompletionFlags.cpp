//===- CompletionFlags.cpp - The checker's view of completion knowledge ---===//
//
// Which variables are completion flags, which kernel objects completion
// signals, and which functions completion callbacks is decided once per
// translation unit by api/CompletionKnowledge.h, for this checker and the
// clang-tidy checks alike. Here: the one instance per TU, the region a
// flag has in the program state, and the fresh values flags get when a
// transfer starts.
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"

#include "clang/AST/ASTContext.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"

using namespace clang;
using namespace ento;

namespace dmasafe {

CompletionKnowledge &DmaChecker::completion(ASTContext &Ctx) const {
  if (!Completion)
    Completion = std::make_unique<CompletionKnowledge>(Ctx, Api);
  return *Completion;
}

const MemRegion *flagRegion(const CompletionFlag &F, const MemRegion *Base,
                            MemRegionManager &MRM) {
  for (const FieldDecl *FD : F.Path)
    Base = MRM.getFieldRegion(FD, cast<SubRegion>(Base));
  return Base;
}

ProgramStateRef armCompletionFlags(const DmaChecker &Chk, llvm::StringRef Api,
                                   ProgramStateRef State, const Expr *Started,
                                   CheckerContext &C) {
  SValBuilder &SVB = C.getSValBuilder();
  MemRegionManager &MRM = SVB.getRegionManager();
  const LocationContext *LCtx = C.getLocationContext();
  for (const CompletionFlag &F : Chk.completion(C.getASTContext()).flags()) {
    if (F.Scope.Api && *F.Scope.Api != Api)
      continue;
    QualType T = F.type();
    if (!T->isScalarType())
      continue;
    const MemRegion *Var = State->getLValue(F.Var, LCtx).getAsRegion();
    if (!Var)
      continue;
    // Tagged by the flag's region: two member flags of one global get
    // two symbols.
    const MemRegion *Flag = flagRegion(F, Var, MRM);
    SVal Fresh = SVB.conjureSymbolVal(Flag, Started, LCtx, T, C.blockCount());
    State = State->bindLoc(loc::MemRegionVal(Flag), Fresh, LCtx);
  }
  return State;
}

} // namespace dmasafe
