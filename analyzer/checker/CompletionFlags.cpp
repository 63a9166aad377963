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

namespace {

/// Fresh values for the completion flags of family \p Api (every family
/// when null) that a transfer on \p Handle may set, tagged by \p At.
ProgramStateRef freshFlags(const DmaChecker &Chk, const llvm::StringRef *Api,
                           HandleIdentity Handle, ProgramStateRef State,
                           const Expr *At, CheckerContext &C) {
  SValBuilder &SVB = C.getSValBuilder();
  MemRegionManager &MRM = SVB.getRegionManager();
  const LocationContext *LCtx = C.getLocationContext();
  for (const CompletionFlag &F : Chk.completion(C.getASTContext()).flags()) {
    if ((Api && F.Scope.Api && *F.Scope.Api != *Api) ||
        !F.Scope.coversObject(Handle.Object))
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
    SVal Fresh = compat::conjureValue(C, Flag, At, T, C.blockCount());
    State = State->bindLoc(loc::MemRegionVal(Flag), Fresh, LCtx);
  }
  return State;
}

/// Whether the path began in a hosted C program's `main`.
bool analyzesHostedMain(const LocationContext *LC) {
  while (LC->getParent())
    LC = LC->getParent();
  const auto *FD = dyn_cast_or_null<FunctionDecl>(LC->getDecl());
  return FD && FD->isMain() && !FD->getASTContext().getLangOpts().CPlusPlus;
}

} // namespace

HandleIdentity handleIdentity(const TransferState &T) {
  HandleIdentity H;
  std::optional<SVal> Handle = T.handleArgument();
  if (!Handle)
    return H;
  if (auto CI = Handle->getAs<nonloc::ConcreteInt>())
    H.Constant = compat::apsInt(CI->getValue()).getExtValue();
  else if (const MemRegion *R = Handle->getAsRegion())
    if (const auto *VR = dyn_cast<VarRegion>(R->StripCasts()))
      if (VR->getDecl()->hasGlobalStorage())
        H.Object = VR->getDecl()->getCanonicalDecl();
  return H;
}

ProgramStateRef armCompletionFlags(const DmaChecker &Chk, llvm::StringRef Api,
                                   HandleIdentity Handle, ProgramStateRef State,
                                   const Expr *Started, CheckerContext &C) {
  return freshFlags(Chk, &Api, Handle, State, Started, C);
}

// On a path from a hosted C `main`, the analyzer core reads a global that
// a call invalidated as its initializer ("global initializers have not
// become stale yet" in RegionStore): a flag the interrupt sets would read 0
// again after any unknown call (libopencm3-examples usart_dma calls
// usart_enable_rx_dma after starting), and the loop that waits for it never
// end. Firmware is built hosted more often than not. After such a call,
// each flag gets a fresh value, as an unknown call gives it elsewhere.
void DmaChecker::checkPostCall(const CallEvent &Call, CheckerContext &C) const {
  if (C.wasInlined || Call.isInSystemHeader() || !Call.getOriginExpr())
    return;
  ProgramStateRef State = C.getState();
  if (!anyInFlight(State) || !analyzesHostedMain(C.getLocationContext()))
    return;
  C.addTransition(freshFlags(*this, nullptr, {}, State, Call.getOriginExpr(), C));
}

} // namespace dmasafe
