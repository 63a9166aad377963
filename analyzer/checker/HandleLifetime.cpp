//===- HandleLifetime.cpp - Returned handles: escaping and being lost -----===//
//
// A start that returns its handle (Linux dma_map_single's dma_addr_t) loses
// the transfer when nothing refers to the returned value any more while it
// is in flight [LostTransfer]. Stored where a caller or an interrupt can
// reach it, the handle has escaped: it is then an argument-like handle,
// not lost when the frame ends.
//
//===----------------------------------------------------------------------===//
#include "CallModel.h"

#include "clang/StaticAnalyzer/Core/PathSensitive/SymbolManager.h"

using namespace clang;
using namespace ento;

namespace dmasafe {

void DmaChecker::checkLiveSymbols(ProgramStateRef State,
                                  SymbolReaper &SR) const {
  for (const auto &[Key, T] : transfersOf(State))
    if (T.row())
      SR.markElementIndicesLive(T.row().Element);
}

void DmaChecker::checkDeadSymbols(SymbolReaper &SR, CheckerContext &C) const {
  ProgramStateRef Before = C.getState();
  ProgramStateRef State =
      forgetDeadFailedMappings(decidePendingStarts(Before, &SR), SR);
  bool Changed = State != Before;
  ExplodedNode *N = nullptr;
  for (const auto &[Key, T] : transfersOf(State)) {
    if (T.handleKind() != TransferState::HandleKind::Returned)
      continue;
    SymbolRef Sym = T.handle().getAsSymbol();
    if (!Sym || !SR.isDead(Sym))
      continue;
    State = removeTransfer(State, Key);
    Changed = true;
    // A suspended mapping whose handle is gone can never be given back,
    // nor used again: nothing to report.
    if (T.isArmed() || !ChecksEnabled[CK_LostTransfer])
      continue;
    if (!N)
      N = C.generateNonFatalErrorNode(C.getState());
    if (!N)
      continue;
    reportOn(CK_LostTransfer, Key, T,
             text::lostTransfer("", nameOf(T.named()), T.direction(),
                                /*OutOfScope=*/false),
             N, C, {}, "dropping its handle", /*UniqueAtStart=*/true);
  }
  if (Changed)
    C.addTransition(State, N ? N : C.getPredecessor());
}

void DmaChecker::checkBind(SVal Loc, SVal Val, const Stmt *S,
                           CheckerContext &C) const {
  SymbolRef Sym = Val.getAsSymbol();
  const MemRegion *Target = Loc.getAsRegion();
  if (!Sym || !Target)
    return;
  // Stored in a local: still this function's to lose.
  if (isa<StackLocalsSpaceRegion>(compat::memorySpace(Target)))
    return;
  ProgramStateRef State = C.getState();
  bool Changed = false;
  for (const auto &[Key, T] : transfersOf(State))
    if (T.isInFlight() &&
        T.handleKind() == TransferState::HandleKind::Returned &&
        T.handle().getAsSymbol() == Sym) {
      State = setTransfer(
          State, Key,
          T.withHandle(TransferState::HandleKind::Argument, T.handle()));
      Changed = true;
    }
  if (Changed)
    C.addTransition(State);
}

} // namespace dmasafe
