//===- Reporting.cpp - Names, notes and reports of the dmasafe checkers ---===//
//
// Every path note speaks only for reports of a dmasafe bug type and only for
// the buffer the report is about (its base region is marked interesting), so
// that a core.NullDereference report never shows "transfer started here".
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"

#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SymbolManager.h"
#include "llvm/Support/Error.h"

using namespace clang;
using namespace ento;

namespace dmasafe {

std::string nameOf(const MemRegion *R) {
  if (!R)
    return "the buffer";
  if (R->canPrintPretty()) {
    std::string N = R->getDescriptiveName(/*UseQuotes=*/true);
    if (!N.empty())
      return N;
  }
  // A buffer reached through a pointer parameter: name the pointer.
  if (const auto *SR = dyn_cast<SymbolicRegion>(R->getBaseRegion()))
    if (const auto *RV = dyn_cast<SymbolRegionValue>(SR->getSymbol()))
      if (RV->getRegion()->canPrintPretty())
        return "the buffer pointed to by " +
               RV->getRegion()->getDescriptiveName(/*UseQuotes=*/true);
  return "the buffer";
}

void DmaChecker::enableCheck(CheckKind K, CheckerNameRef Name,
                             StringRef Description, bool SuppressOnSink) {
  ChecksEnabled[K] = true;
  CheckNames[K] = Name;
  BugTypes[K].emplace(Name, Description, "DMA error", SuppressOnSink);
}

void DmaChecker::loadModels(StringRef ModelFiles, DiagnosticsEngine &Diags) {
  SmallVector<StringRef, 4> Paths;
  ModelFiles.split(Paths, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (StringRef Path : Paths) {
    Path = Path.trim();
    if (Path.empty())
      continue;
    if (llvm::Error E = Api.loadModelFile(Path)) {
      unsigned ID = Diags.getCustomDiagID(DiagnosticsEngine::Error, "dmasafe: %0");
      Diags.Report(ID) << llvm::toString(std::move(E));
      ModelBroken = true;
    }
  }
  for (const auto &Entry : Api.models()) {
    const FunctionContract &FC = Entry.getValue();
    if (FC.hasRole(Role::Wait))
      WaitFunctions.try_emplace(familyId(FC.Api), FC.Name);
  }
}

const FunctionContract *DmaChecker::contractOf(const CallEvent &Call) const {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  if (!FD)
    return nullptr;
  return Api.lookup(FD);
}

unsigned DmaChecker::familyId(StringRef Name) const {
  auto [It, New] = FamilyIds.try_emplace(Name, FamilyNames.size());
  if (New)
    FamilyNames.push_back(Name.str());
  return It->second;
}

StringRef DmaChecker::familyName(unsigned Id) const {
  return Id < FamilyNames.size() ? StringRef(FamilyNames[Id]) : "unknown";
}

std::string DmaChecker::completionHint(unsigned Family,
                                       StringRef Before) const {
  auto It = WaitFunctions.find(Family);
  if (It == WaitFunctions.end())
    return "wait for the transfer to complete before " + Before.str();
  return "wait for the transfer (e.g. '" + It->second + "') before " +
         Before.str();
}

bool DmaChecker::isDmaBugType(const BugType &BT) const {
  for (const auto &Own : BugTypes)
    if (Own && &*Own == &BT)
      return true;
  return false;
}

const NoteTag *DmaChecker::startNote(const InFlight &T,
                                     CheckerContext &C) const {
  const MemRegion *Base = T.base();
  std::string Text = "DMA transfer (" + directionName(T.direction()).str() +
                     ") of " + nameOf(T.named()) + " started here";
  return C.getNoteTag(
      [this, Base, Text](PathSensitiveBugReport &BR) -> std::string {
        if (!isDmaBugType(BR.getBugType()) || !BR.isInteresting(Base))
          return "";
        return Text;
      });
}

void DmaChecker::reportOn(CheckKind K, const InFlight &T, StringRef Msg,
                          ExplodedNode *N, CheckerContext &C,
                          SourceRange Range, StringRef HintBefore,
                          bool UniqueAtStart) const {
  if (!N || !BugTypes[K])
    return;
  std::unique_ptr<PathSensitiveBugReport> R;
  if (UniqueAtStart && T.origin() && T.originContext())
    R = std::make_unique<PathSensitiveBugReport>(
        *BugTypes[K], Msg, N,
        PathDiagnosticLocation::createBegin(T.origin(), C.getSourceManager(),
                                            T.originContext()),
        T.originContext()->getDecl());
  else
    R = std::make_unique<PathSensitiveBugReport>(*BugTypes[K], Msg, N);
  R->markInteresting(T.base());
  if (SymbolRef Sym = T.handle().getAsSymbol())
    R->markInteresting(Sym);
  if (Range.isValid())
    R->addRange(Range);
  if (!HintBefore.empty())
    if (const Stmt *S = N->getStmtForDiagnostics())
      R->addNote(completionHint(T.family(), HintBefore),
                 PathDiagnosticLocation::createBegin(S, C.getSourceManager(),
                                                     N->getLocationContext()));
  C.emitReport(std::move(R));
}

void DmaChecker::reportAtCall(CheckKind K, StringRef Msg, const CallEvent &Call,
                              unsigned ArgIdx, CheckerContext &C) const {
  if (!ChecksEnabled[K] || !BugTypes[K])
    return;
  ExplodedNode *N = C.generateNonFatalErrorNode();
  if (!N)
    return;
  auto R = std::make_unique<PathSensitiveBugReport>(*BugTypes[K], Msg, N);
  if (ArgIdx < Call.getNumArgs())
    R->addRange(Call.getArgSourceRange(ArgIdx));
  C.emitReport(std::move(R));
}

} // namespace dmasafe
