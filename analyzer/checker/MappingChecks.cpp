//===- MappingChecks.cpp - Mappings tested before they are used -----------===//
//
// MappingDiscipline (semantics/MappingDiscipline.h): a mapping whose family
// has an error test (dma_mapping_error) awaits it from its start; the
// test's mapped branch clears it (TransferEnds.cpp, onPoll). Reported here:
// an unmap or sync of a mapping still awaiting its test, and a mapping
// still awaiting it when the analysis ends in the function that keeps it
// (stored in a device struct, not returned to a caller that could test it).
// The handle of a mapping its test found failed is remembered while the
// path can still reach it: unmapping it unmaps nothing that was mapped.
//
//===----------------------------------------------------------------------===//
#include "CallModel.h"
#include "semantics/MappingDiscipline.h"

using namespace clang;
using namespace ento;

// Handles (dma_addr_t symbols) whose error test said the mapping failed.
REGISTER_SET_WITH_PROGRAMSTATE(FailedMappings, SymbolRef)

namespace dmasafe {

ProgramStateRef noteFailedMapping(ProgramStateRef State, SVal Handle) {
  if (SymbolRef Sym = Handle.getAsSymbol())
    return State->add<FailedMappings>(Sym);
  return State;
}

ProgramStateRef forgetDeadFailedMappings(ProgramStateRef State,
                                         SymbolReaper &SR) {
  for (SymbolRef Sym : State->get<FailedMappings>())
    if (SR.isDead(Sym))
      State = State->remove<FailedMappings>(Sym);
  return State;
}

void DmaChecker::checkUntestedEnd(const FunctionContract &FC,
                                  const CallEvent &Call,
                                  CheckerContext &C) const {
  Effect E = effectOf(FC.Roles);
  if ((E != Effect::End && E != Effect::GiveBack && E != Effect::Run) ||
      FC.Handle.K != HandleSpec::Kind::Param ||
      !isa_and_nonnull<CallExpr>(Call.getOriginExpr()))
    return;
  ModelledCall M(*this, FC, Call, C);
  SVal Handle = M.handleArg();
  ProgramStateRef State = C.getState();
  ExplodedNode *N = nullptr;
  if (SymbolRef Sym = Handle.getAsSymbol();
      Sym && State->contains<FailedMappings>(Sym)) {
    State = State->remove<FailedMappings>(Sym);
    if (ChecksEnabled[CK_MappingDiscipline] &&
        (N = C.generateNonFatalErrorNode(State))) {
      auto R = std::make_unique<PathSensitiveBugReport>(
          *BugTypes[CK_MappingDiscipline], failedEndFinding(FC.Name), N);
      R->markInteresting(Sym);
      R->addRange(Call.getSourceRange());
      C.emitReport(std::move(R));
    }
  }
  for (const auto &[Key, T] : transfersOf(State)) {
    if (!T.isUntested() ||
        M.sameHandle(State, T.handle(), Handle) != HandleMatch::Same)
      continue;
    // Once reported, the mapping counts as tested: one report per path.
    State = setTransfer(State, Key, T.awaitingTest(false));
    if (!ChecksEnabled[CK_MappingDiscipline])
      continue;
    if (!N)
      N = C.generateNonFatalErrorNode(State);
    if (!N)
      return;
    reportOn(CK_MappingDiscipline, Key, T,
             untestedEndFinding(nameOf(T.named()), FC.Name,
                                errorTestName(Key, N)),
             N, C, Call.getSourceRange());
  }
  if (State != C.getState())
    C.addTransition(State, N ? N : C.getPredecessor());
}

void DmaChecker::checkUntestedKept(const ReturnStmt *RS,
                                   CheckerContext &C) const {
  if (!C.inTopFrame())
    return;
  ProgramStateRef State = C.getState();
  SVal Returned = RS && RS->getRetValue()
                      ? C.getSVal(RS->getRetValue())
                      : UnknownVal();
  ExplodedNode *N = nullptr;
  for (const auto &[Key, T] : transfersOf(State)) {
    // A handle given back to the caller is the caller's to test.
    if (!T.isUntested() || !T.isInFlight() ||
        normalizeHandle(Returned, C) == T.handle())
      continue;
    State = setTransfer(State, Key, T.awaitingTest(false));
    if (!ChecksEnabled[CK_MappingDiscipline])
      continue;
    if (!N)
      N = C.generateNonFatalErrorNode(State);
    if (!N)
      return;
    reportOn(CK_MappingDiscipline, Key, T,
             untestedKeptFinding(nameOf(T.named()), errorTestName(Key, N)),
             N, C, RS ? RS->getSourceRange() : SourceRange());
  }
  if (N)
    C.addTransition(State, N);
}

std::string DmaChecker::errorTestName(SymbolRef Key,
                                      const ExplodedNode *N) const {
  // The start is found from the graph, its contract by its callee.
  const ExplodedNode *Site = startSiteOf(N, Key);
  const auto *CE =
      Site ? dyn_cast_or_null<CallExpr>(Site->getStmtForDiagnostics())
           : nullptr;
  const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
  const FunctionContract *Start = FD ? Api.lookup(FD) : nullptr;
  std::string Test = Start ? errorTestFor(*Start, Api) : "";
  return Test.empty() ? "its error test" : Test;
}

} // namespace dmasafe
