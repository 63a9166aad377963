//===- Reporting.cpp - Names, notes and reports of the dmasafe checkers ---===//
//
// Every path note speaks only for reports of a dmasafe bug type and only for
// the buffer the report is about (its base region is marked interesting), so
// that a core.NullDereference report never shows "transfer started here".
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"
#include "compat/AnalyzerCompat.h"

#include "clang/Basic/DiagnosticFrontend.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SymbolManager.h"
#include "llvm/Support/Error.h"

using namespace clang;
using namespace ento;

namespace dmasafe {

namespace {

/// Allocators whose result, without unix.Malloc, is a conjured symbol.
const StringRef HeapAllocators[] = {"malloc", "calloc", "realloc",
                                    "aligned_alloc"};

/// How the code spells the location \p R (`p`, `g.rx`, `d->rx`), or "".
std::string lvalueName(const MemRegion *R) {
  if (R->canPrintPretty()) {
    std::string N = R->getDescriptiveName(/*UseQuotes=*/false);
    if (!N.empty() && N != "''")
      return N;
  }
  if (const auto *FR = dyn_cast<FieldRegion>(R))
    if (const auto *SR = dyn_cast<SymbolicRegion>(
            FR->getSuperRegion()->StripCasts(/*StripBaseAndDerivedCasts=*/true)))
      if (const auto *RV = dyn_cast<SymbolRegionValue>(SR->getSymbol())) {
        std::string P = lvalueName(RV->getRegion());
        if (!P.empty())
          return P + "->" + FR->getDecl()->getNameAsString();
      }
  return "";
}

/// How the code spells member or element \p R of a variable (`g.rx`,
/// `q[2].data`, `d->rx`, `p[0].data`), as the clang-tidy checks name it: a
/// member of an anonymous struct or union is its record's (`pk.raw`, where
/// CSA's printer says `pk..raw`). None for a region of another shape.
std::optional<std::string> spelledPath(const MemRegion *R, bool AsBase) {
  if (const auto *VR = dyn_cast<VarRegion>(R))
    return VR->getDecl()->getNameAsString();
  // What a pointer parameter points to, as the base of `p->f` or `p[i]`.
  if (const auto *SR = dyn_cast<SymbolicRegion>(R)) {
    const auto *RV = dyn_cast<SymbolRegionValue>(SR->getSymbol());
    std::string P = AsBase && RV ? lvalueName(RV->getRegion()) : "";
    return P.empty() ? std::nullopt : std::optional<std::string>(P);
  }
  if (const auto *FR = dyn_cast<FieldRegion>(R)) {
    const MemRegion *Super = FR->getSuperRegion();
    std::optional<std::string> Base = spelledPath(Super, /*AsBase=*/true);
    const FieldDecl *F = FR->getDecl();
    if (!Base || F->isAnonymousStructOrUnion() || F->getName().empty())
      return Base;
    return *Base + (isa<SymbolicRegion>(Super) ? "->" : ".") +
           F->getNameAsString();
  }
  if (const auto *ER = dyn_cast<ElementRegion>(R)) {
    auto Index = ER->getIndex().getAs<nonloc::ConcreteInt>();
    std::optional<std::string> Base =
        spelledPath(ER->getSuperRegion(), /*AsBase=*/true);
    if (!Index || !Base)
      return std::nullopt;
    return *Base + "[" + std::to_string(compat::apsInt(Index->getValue()).getExtValue()) + "]";
  }
  return std::nullopt;
}
} // namespace

std::string nameOf(const MemRegion *R) {
  if (!R)
    return "the buffer";
  // Name the array, not its first element (`rx`, not `rx[0]`); an element
  // of an array of structs is a buffer of its own (`q[2]`).
  while (const auto *ER = dyn_cast<ElementRegion>(R)) {
    if (ER->getElementType()->isRecordType())
      break;
    R = ER->getSuperRegion();
  }
  if (isa<FieldRegion, ElementRegion>(R))
    if (std::optional<std::string> Path = spelledPath(R, /*AsBase=*/false))
      return text::quoted(*Path);
  if (R->canPrintPretty()) {
    std::string N = R->getDescriptiveName(/*UseQuotes=*/true);
    if (!N.empty() && N != "''")
      return N;
  }
  // A buffer reached through a pointer parameter (or a member of what one
  // points to: `d->rx`): name the pointer.
  if (const auto *SR = dyn_cast<SymbolicRegion>(R->getBaseRegion()))
    if (const auto *RV = dyn_cast<SymbolRegionValue>(SR->getSymbol())) {
      std::string Pointer = lvalueName(RV->getRegion());
      if (!Pointer.empty())
        return text::pointee(Pointer);
    }
  // Unnamed: say what it is, so that messages still read as sentences.
  const MemRegion *Base = R->getBaseRegion();
  if (isa<StringRegion>(Base))
    return "a string literal";
  if (isa<CompoundLiteralRegion>(Base))
    return "the compound literal";
  if (isa<AllocaRegion>(Base))
    return "an alloca buffer";
  if (isa<HeapSpaceRegion>(compat::memorySpace(Base)))
    return "a heap buffer";
  // Without unix.Malloc the result of malloc is a conjured symbol.
  if (const auto *SR = dyn_cast<SymbolicRegion>(Base))
    if (const auto *SC = dyn_cast<SymbolConjured>(SR->getSymbol()))
      if (const auto *CE = dyn_cast_or_null<CallExpr>(SC->getStmt()))
        if (const FunctionDecl *FD = CE->getDirectCallee())
          if (FD->getIdentifier() &&
              llvm::is_contained(HeapAllocators, FD->getName()))
            return "a heap buffer";
  return "the buffer";
}

bool hasName(const MemRegion *R) {
  std::string N = nameOf(R);
  return !N.empty() && (N.front() == '\'' || N.rfind("the buffer pointed", 0) == 0);
}

void DmaChecker::enableCheck(CheckKind K, CheckerNameRef Name,
                             StringRef Description, bool SuppressOnSink) {
  ChecksEnabled[K] = true;
  CheckNames[K] = Name;
  BugTypes[K].emplace(Name, Description, "DMA error", SuppressOnSink);
}

void DmaChecker::loadModels(StringRef ModelFiles, bool ParseUnused,
                            DiagnosticsEngine &Diags) {
  // A built-in "%0" error rather than a custom diagnostic ID: clang-tidy 22
  // crashes on a custom ID made in the compiler's diagnostics engine when the
  // analyzer runs inside it (clang-analyzer-dmasafe.*).
  auto Report = [D = &Diags](const std::string &Message) {
    D->Report(diag::err_fe_backend_plugin) << ("dmasafe: " + Message);
  };
  Api.onLoadError(Report);
  SmallVector<StringRef, 4> Paths;
  ModelFiles.split(Paths, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (StringRef Path : Paths) {
    Path = Path.trim();
    if (Path.empty())
      continue;
    if (llvm::Error E = ParseUnused ? Api.loadModelFile(Path)
                                    : Api.deferModelFile(Path))
      Report(llvm::toString(std::move(E)));
  }
}

bool DmaChecker::modelBroken(const ASTContext &Ctx) const {
  Api.loadUsedModels(Ctx.Idents);
  return Api.loadFailed();
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

namespace {

/// The type of the value that names a transfer of \p FD, as text.
std::string handleTypeOf(const FunctionContract &FC, const FunctionDecl *FD) {
  if (!FD)
    return "";
  QualType T;
  if (FC.Handle.K == HandleSpec::Kind::Param && FC.Handle.Param < FD->getNumParams())
    T = FD->getParamDecl(FC.Handle.Param)->getType();
  else if (FC.Handle.K == HandleSpec::Kind::Return)
    T = FD->getReturnType();
  return T.isNull() ? "" : T.getCanonicalType().getUnqualifiedType().getAsString();
}

} // namespace

void DmaChecker::noteWaitFunction(const FunctionContract &FC,
                                  const FunctionDecl *FD) const {
  if (!FC.hasRole(Role::Wait))
    return;
  WaitFunctions.try_emplace(FC.Api, FC.Name);
  if (FD)
    WaitFunctions.try_emplace(FC.Api + "|" + handleTypeOf(FC, FD), FC.Name);
}

std::string DmaChecker::completionHint(SymbolRef Key, const TransferState &T,
                                       const ExplodedNode *N,
                                       StringRef Before) const {
  std::string Family = familyName(T.family()).str();
  if (!ModelWaitsNoted) { // the models the unit uses are parsed by now
    ModelWaitsNoted = true;
    for (const auto &Entry : Api.models())
      noteWaitFunction(Entry.getValue(), nullptr);
  }
  auto It = WaitFunctions.end();
  // Prefer a wait whose handle has the type of the start's handle: with
  // several annotated APIs in one file, 'uart_wait' does not end an ADC read.
  const ExplodedNode *Site = startSiteOf(N, Key);
  if (const auto *CE = dyn_cast_or_null<CallExpr>(
          Site ? Site->getStmtForDiagnostics() : nullptr))
    if (const FunctionDecl *FD = CE->getDirectCallee())
      if (const FunctionContract *FC = Api.lookup(FD))
        It = WaitFunctions.find(Family + "|" + handleTypeOf(*FC, FD));
  if (It == WaitFunctions.end())
    It = WaitFunctions.find(Family);
  return text::completionHint(
      It == WaitFunctions.end() ? "" : StringRef(It->second), Before);
}

bool DmaChecker::isDmaBugType(const BugType &BT) const {
  for (const auto &Own : BugTypes)
    if (Own && &*Own == &BT)
      return true;
  return false;
}

const NoteTag *DmaChecker::startNote(SymbolRef Key, const TransferState &T,
                                     CheckerContext &C, StringRef What) const {
  std::string Text = text::transferNote(T.direction(), nameOf(T.named()), What);
  return C.getNoteTag(
      [this, Key, Text](PathSensitiveBugReport &BR) -> std::string {
        if (!isDmaBugType(BR.getBugType()) || !BR.isInteresting(Key))
          return "";
        return Text;
      });
}

namespace {

/// A report where a function's body ends without a return statement: at
/// its closing brace. The analyzer's own choice for such a node changed in
/// LLVM 22 (the last statement before it); dmasafe says the same on every
/// version.
class BodyEndReport : public PathSensitiveBugReport {
public:
  using PathSensitiveBugReport::PathSensitiveBugReport;
  PathDiagnosticLocation getLocation() const override {
    const ExplodedNode *N = getErrorNode();
    return PathDiagnosticLocation::createDeclEnd(
        N->getLocationContext(),
        N->getState()->getStateManager().getContext().getSourceManager());
  }
};

} // namespace

void DmaChecker::reportOn(CheckKind K, SymbolRef Key, const TransferState &T,
                          StringRef Msg, ExplodedNode *N, CheckerContext &C,
                          SourceRange Range, StringRef HintBefore,
                          bool UniqueAtStart, bool AtBodyEnd) const {
  if (!N || !BugTypes[K])
    return;
  // Where the transfer started: from the exploded graph, as Fuchsia's
  // getAcquireSite finds it.
  const ExplodedNode *Site = UniqueAtStart ? startSiteOf(N, Key) : nullptr;
  const Stmt *Start = Site ? Site->getStmtForDiagnostics() : nullptr;
  const LocationContext *StartCtx = Site ? Site->getLocationContext() : nullptr;
  std::unique_ptr<PathSensitiveBugReport> R;
  if (Start && AtBodyEnd)
    R = std::make_unique<BodyEndReport>(
        *BugTypes[K], analyzerText(Msg), N,
        PathDiagnosticLocation::createBegin(Start, C.getSourceManager(),
                                            StartCtx),
        StartCtx->getDecl());
  else if (Start)
    R = std::make_unique<PathSensitiveBugReport>(
        *BugTypes[K], analyzerText(Msg), N,
        PathDiagnosticLocation::createBegin(Start, C.getSourceManager(),
                                            StartCtx),
        StartCtx->getDecl());
  else if (AtBodyEnd)
    R = std::make_unique<BodyEndReport>(*BugTypes[K], analyzerText(Msg), N);
  else
    R = std::make_unique<PathSensitiveBugReport>(*BugTypes[K],
                                                 analyzerText(Msg), N);
  R->markInteresting(T.base());
  R->markInteresting(Key);
  if (SymbolRef Sym = T.handle().getAsSymbol())
    R->markInteresting(Sym);
  if (Range.isValid())
    R->addRange(Range);
  // The hint goes where the fix goes: at the access, or at the start when
  // the problem is a handle that nothing refers to any more.
  // At a body's end there is no statement to put it before (LLVM 22 would
  // offer the last one: see BodyEndReport).
  const Stmt *HintAt = UniqueAtStart ? Start
                       : AtBodyEnd   ? nullptr
                                     : N->getStmtForDiagnostics();
  const LocationContext *HintCtx =
      UniqueAtStart ? StartCtx : N->getLocationContext();
  if (!HintBefore.empty() && HintAt && HintCtx)
    R->addNote(completionHint(Key, T, N, HintBefore),
               PathDiagnosticLocation::createBegin(HintAt, C.getSourceManager(),
                                                   HintCtx));
  C.emitReport(std::move(R));
}

void DmaChecker::printState(raw_ostream &Out, ProgramStateRef State,
                            const char *NL, const char *Sep) const {
  printTransfers(Out, State, NL, Sep,
                 [this](unsigned Id) { return familyName(Id); });
}

void DmaChecker::reportAtCall(CheckKind K, StringRef Msg, const CallEvent &Call,
                              unsigned ArgIdx, CheckerContext &C) const {
  if (!ChecksEnabled[K] || !BugTypes[K])
    return;
  ExplodedNode *N = C.generateNonFatalErrorNode();
  if (!N)
    return;
  auto R = std::make_unique<PathSensitiveBugReport>(*BugTypes[K],
                                                    analyzerText(Msg), N);
  if (ArgIdx < Call.getNumArgs())
    R->addRange(Call.getArgSourceRange(ArgIdx));
  C.emitReport(std::move(R));
}

} // namespace dmasafe
