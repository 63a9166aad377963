//===- MappingChecks.cpp - Mappings tested before they are used -----------===//
//
// MappingDiscipline (semantics/MappingDiscipline.h): a mapping whose family
// has an error test (dma_mapping_error) awaits it from its start; the
// test's mapped branch clears it (TransferEnds.cpp, onPoll). Reported here:
// an unmap or sync of a mapping still awaiting its test, one that names
// another size or direction than the map did, and a mapping
// still awaiting it when the analysis ends in the function that keeps it
// (stored in a device struct, not returned to a caller that could test it).
// The handle of a mapping its test found failed is remembered while the
// path can still reach it: unmapping it unmaps nothing that was mapped.
//
//===----------------------------------------------------------------------===//
#include "CallModel.h"
#include "semantics/MappingDiscipline.h"

#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"

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

void DmaChecker::checkMappingEnd(const FunctionContract &FC,
                                  const CallEvent &Call,
                                  CheckerContext &C) const {
  Effect E = effectOf(FC.Roles);
  if (!namesMapping(FC) || !isa_and_nonnull<CallExpr>(Call.getOriginExpr()))
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
          *BugTypes[CK_MappingDiscipline], text::mappingFailedEnd(FC.Name), N);
      R->markInteresting(Sym);
      R->addRange(Call.getSourceRange());
      C.emitReport(std::move(R));
    }
  }
  for (const auto &[Key, T] : transfersOf(State)) {
    if (M.sameHandle(State, T.handle(), Handle) != HandleMatch::Same)
      continue;
    if (std::string Bad = mismatchWithMap(M, Key, T, E); !Bad.empty() &&
        ChecksEnabled[CK_MappingDiscipline]) {
      if (!N)
        N = C.generateNonFatalErrorNode(State);
      if (!N)
        return;
      reportOn(CK_MappingDiscipline, Key, T, Bad, N, C, Call.getSourceRange());
    }
    if (!T.isUntested())
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
             text::mappingUntestedEnd(nameOf(T.named()), FC.Name,
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
    reportOn(
        CK_MappingDiscipline, Key, T,
        text::mappingUntestedKept(nameOf(T.named()), errorTestName(Key, N)), N,
        C, RS ? RS->getSourceRange() : SourceRange(), "",
        /*UniqueAtStart=*/false, /*AtBodyEnd=*/!RS);
  }
  if (N)
    C.addTransition(State, N);
}

std::string DmaChecker::mismatchWithMap(const ModelledCall &M, SymbolRef Key,
                                        const TransferState &T,
                                        Effect E) const {
  const FunctionContract &FC = M.FC;
  if (!FC.MappingLenParam && !FC.MappingDir)
    return "";
  // The map's own arguments, where it started.
  const ExplodedNode *Site = startSiteOf(M.C.getPredecessor(), Key);
  const auto *MapCall =
      Site ? dyn_cast_or_null<CallExpr>(Site->getStmtForDiagnostics())
           : nullptr;
  const FunctionDecl *MapFD = MapCall ? MapCall->getDirectCallee() : nullptr;
  const FunctionContract *Map = MapFD ? Api.lookup(MapFD) : nullptr;
  if (!Map)
    return "";
  SValBuilder &SVB = M.C.getSValBuilder();
  auto KnownAtMap = [&](unsigned I) -> std::optional<int64_t> {
    if (I >= MapCall->getNumArgs())
      return std::nullopt;
    SVal V = Site->getState()->getSVal(MapCall->getArg(I),
                                       Site->getLocationContext());
    if (const llvm::APSInt *K = SVB.getKnownValue(Site->getState(), V))
      return K->getExtValue();
    return std::nullopt;
  };
  auto KnownHere = [&](unsigned I) -> std::optional<int64_t> {
    if (I >= M.Call.getNumArgs())
      return std::nullopt;
    if (const llvm::APSInt *K =
            SVB.getKnownValue(M.C.getState(), M.Call.getArgSVal(I)))
      return K->getExtValue();
    return std::nullopt;
  };
  return mappingMismatch(nameOf(T.named()), FC.Name,
                         shapeOfMap(*Map, KnownAtMap),
                         shapeNamedBy(FC, KnownHere), E == Effect::End);
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
