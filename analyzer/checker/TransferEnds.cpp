//===- TransferEnds.cpp - Wait, abort, poll, suspend, flags: buffers back ---===//
//
// A transfer ends (its entry goes) on a wait or abort on its handle, on the
// branch where a poll says done, on a successful wait on a kernel object a
// completion callback signals, and on the branch where the code sees a
// completion flag set. A handle the constraints cannot tell apart from the
// transfer's counts as its own for a wait: the checker stops tracking what
// it cannot decide, and says nothing.
//
//===----------------------------------------------------------------------===//
#include "CallModel.h"

#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;
using namespace ento;

namespace dmasafe {
namespace {

/// Applies effect \p E of a call on \p Handle to every transfer of the path,
/// as the transition table says (semantics/Transitions.h): a handle the
/// constraints cannot tell apart from a transfer's ends it too.
ProgramStateRef applyOnHandle(const ModelledCall &M, ProgramStateRef State,
                              SVal Handle, Effect E) {
  for (const auto &[Key, T] : transfersOf(State)) {
    TransferKind K = T.isInFlight() ? TransferKind::InFlight : TransferKind::Armed;
    switch (changeOf(E, K, M.sameHandle(State, T.handle(), Handle))) {
    case Change::Keep:
      break;
    case Change::Drop:
      State = removeTransfer(State, Key);
      break;
    case Change::ToArmed:
      State = setTransfer(State, Key, T.toArmed());
      break;
    case Change::ToInFlight:
      State = setTransfer(State, Key, T.toInFlight());
      break;
    }
  }
  return State;
}

/// "the transfer is still in flight" on the branch where a poll says so,
/// for reports about one of the buffers it polls.
const NoteTag *stillInFlightNote(ModelledCall &M, ProgramStateRef State,
                                 SVal Handle) {
  SmallVector<SymbolRef, 2> Keys;
  std::string Names;
  for (const auto &[Key, T] : transfersOf(State))
    if (T.isInFlight() && M.sameHandle(State, T.handle(), Handle) == HandleMatch::Same) {
      Keys.push_back(Key);
      Names = nameOf(T.named());
    }
  if (Keys.empty())
    return nullptr;
  std::string Text = text::stillInFlightNote(M.FC.Name, Names);
  const DmaChecker &Checker = M.Chk;
  return M.C.getNoteTag(
      [&Checker, Keys, Text](PathSensitiveBugReport &BR) -> std::string {
        if (!Checker.isDmaBugType(BR.getBugType()))
          return "";
        for (SymbolRef K : Keys)
          if (BR.isInteresting(K))
            return Text;
        return "";
      });
}

} // namespace

void onWaitOrAbort(ModelledCall &M, ProgramStateRef State) {
  M.C.addTransition(applyOnHandle(M, State, M.handleArg(), Effect::End));
}

void onPoll(ModelledCall &M, ProgramStateRef State) {
  SVal Handle = M.handleArg();
  auto [NonZero, Zero] = splitNonZero(State, M.Ret);
  PollReading Reading = *pollReadingOf(M.FC.Roles);
  ProgramStateRef Done = Reading.OverWhenNonZero ? NonZero : Zero;
  ProgramStateRef Pending = Reading.OverWhenNonZero ? Zero : NonZero;
  if (Done && Reading.OverMeansFailed) {
    // Failed: nothing was mapped, and the handle holds no mapping to end.
    bool Mapped = llvm::any_of(transfersOf(Done), [&](const auto &Entry) {
      return M.sameHandle(Done, Entry.second.handle(), Handle) ==
             HandleMatch::Same;
    });
    if (Mapped)
      Done = noteFailedMapping(Done, Handle);
  }
  if (Done)
    M.C.addTransition(applyOnHandle(M, Done, Handle, Effect::Poll));
  if (Pending && Reading.OverMeansFailed) {
    // Mapped: the mappings on the handle have passed their test.
    for (const auto &[Key, T] : transfersOf(Pending))
      if (T.isUntested() &&
          M.sameHandle(Pending, T.handle(), Handle) != HandleMatch::Different)
        Pending = setTransfer(Pending, Key, T.awaitingTest(false));
    M.C.addTransition(Pending);
  } else if (Pending) {
    M.C.addTransition(Pending, stillInFlightNote(M, Pending, Handle));
  }
}

void onSuspend(ModelledCall &M, ProgramStateRef State) {
  // The device gives the buffers on the handle back to the CPU for now
  // (Linux dma_sync_single_for_cpu): they stay set up on the handle.
  M.C.addTransition(applyOnHandle(M, State, M.handleArg(), Effect::GiveBack));
}

void onWaitSignal(ModelledCall &M, ProgramStateRef State) {
  // A blocking wait on a kernel object returned (k_sem_take == 0): the
  // transfers of every API whose completion callback signals it are done.
  const Expr *Object = M.FC.Handle.Param < M.Call.getNumArgs()
                           ? M.Call.getArgExpr(M.FC.Handle.Param)
                           : nullptr;
  SmallVector<CompletionScope, 2> Scopes =
      M.Chk.completion(M.C.getASTContext()).scopesCompletedByWaitOn(Object);
  for (const auto &[Key, T] : transfersOf(State))
    if (T.isInFlight() &&
        llvm::any_of(Scopes,
                     [&, &T = T](const CompletionScope &S) {
                       return S.covers(M.Chk.familyName(T.family()),
                                       T.direction());
                     }))
      State = removeTransfer(State, Key);
  M.C.addTransition(State);
}

ProgramStateRef DmaChecker::evalAssume(ProgramStateRef State, SVal Cond,
                                       bool Assumption) const {
  SymbolRef Assumed = Cond.getAsSymbol();
  if (Assumed) {
    AssumedTest Tested{Assumed, Assumption};
    State = decidePendingStarts(State, nullptr, &Tested);
  }
  // A flag is seen set by an assumption about its value: only the flags
  // whose value this condition is built from can have become set (every
  // start gave its flags a fresh value).
  if (!Assumed || !anyInFlight(State))
    return State;
  llvm::SmallPtrSet<SymbolRef, 8> Mentioned;
  for (SymbolRef Sym : compat::symbolsOf(Assumed))
    Mentioned.insert(Sym);
  // The flag is recognised by its variable, not by the value armed at the
  // start: a call in between (HAL_Delay) may give it yet another value.
  ASTContext &Ctx = State->getStateManager().getContext();
  MemRegionManager &MRM = State->getStateManager().getRegionManager();
  ConstraintManager &CM = State->getConstraintManager();
  for (const CompletionFlag &F : completion(Ctx).flags()) {
    if (F.Var->isStaticLocal())
      continue;
    SVal V = State->getSVal(flagRegion(F, MRM.getVarRegion(F.Var, nullptr), MRM),
                            F.type());
    SymbolRef Sym = V.getAsSymbol();
    if (!Sym || !Mentioned.count(Sym) ||
        !CM.isNull(State, Sym).isConstrainedFalse())
      continue;
    // The code saw the flag set: the interrupt ran, the transfers of its
    // API are complete.
    for (const auto &[Key, T] : transfersOf(State)) {
      if (T.isInFlight() && F.Scope.covers(familyName(T.family()),
                                           T.direction(),
                                           handleIdentity(T)))
        State = removeTransfer(State, Key);
    }
  }
  return State;
}

} // namespace dmasafe
