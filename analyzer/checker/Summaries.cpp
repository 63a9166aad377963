//===- Summaries.cpp - The contracts a function has from its body ---------===//
//
// See Summaries.h. Each path of a top frame ends with a record: what is in
// flight from a parameter's buffer, which parameters' handles it waited
// for or aborted, and its return value with its constraints. When the
// function's analysis ends, the records decide its contract; it is checked
// by reading it back (parseModelFile, modelMismatch) before it is written.
//
//===----------------------------------------------------------------------===//
#include "Summaries.h"
#include "api/ModelWriter.h"
#include "api/ParamWrites.h"
#include "semantics/Transitions.h"

#include "clang/Basic/SourceManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ExprEngine.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace ento;

/// The handles the path has waited for or aborted, as endedCode() numbers
/// them.
REGISTER_SET_WITH_PROGRAMSTATE(SummaryEndedHandles, unsigned)
/// The results of the path's polls not yet known to say done, with the
/// endedCode() of the handle polled.
REGISTER_MAP_WITH_PROGRAMSTATE(SummaryPolls, clang::ento::SymbolRef, unsigned)

namespace dmasafe {
namespace {

/// A parameter, or a member reached from it (`d->tx`, `d->b.tx`: "tx",
/// "b.tx"), as a model file names a buffer.
struct ParamPath {
  unsigned Param = 0;
  std::string Field;
  bool operator<(const ParamPath &O) const {
    return std::tie(Param, Field) < std::tie(O.Param, O.Field);
  }
  bool operator==(const ParamPath &O) const {
    return Param == O.Param && Field == O.Field;
  }
};

/// A handle that is no parameter (a global channel or driver object).
constexpr unsigned NoParam = 0xffff;

unsigned endedCode(unsigned Param, bool Abort) { return Param * 2 + Abort; }
unsigned endedParam(unsigned Code) { return Code / 2; }
bool endedByAbort(unsigned Code) { return Code % 2; }

std::optional<ParamPath> pathOfRegion(const MemRegion *R,
                                      const StackFrameContext *Top);

/// The parameter whose initial value \p S is, or the member of what a
/// parameter points to that \p S was loaded from.
std::optional<ParamPath> pathOfSymbol(SymbolRef S,
                                      const StackFrameContext *Top) {
  while (const auto *Cast = dyn_cast_or_null<SymbolCast>(S))
    S = Cast->getOperand();
  const auto *RV = dyn_cast_or_null<SymbolRegionValue>(S);
  if (!RV)
    return std::nullopt;
  const TypedValueRegion *R = RV->getRegion();
  if (const auto *VR = dyn_cast<VarRegion>(R)) {
    const auto *P = dyn_cast<ParmVarDecl>(VR->getDecl());
    if (!P || VR->getStackFrame() != Top)
      return std::nullopt;
    return ParamPath{P->getFunctionScopeIndex(), ""};
  }
  return pathOfRegion(R, Top);
}

/// The parameter (and member path) whose pointee \p R is or lies in. An
/// element of the buffer is the buffer; an array element on the way to a
/// member has no name in a model file.
std::optional<ParamPath> pathOfRegion(const MemRegion *R,
                                      const StackFrameContext *Top) {
  std::vector<std::string> Fields;
  for (R = R->StripCasts(); !isa<SymbolicRegion>(R); R = R->StripCasts()) {
    if (const auto *ER = dyn_cast<ElementRegion>(R)) {
      if (!Fields.empty())
        return std::nullopt;
      R = ER->getSuperRegion();
    } else if (const auto *FR = dyn_cast<FieldRegion>(R)) {
      if (FR->getDecl()->getName().empty())
        return std::nullopt;
      Fields.push_back(FR->getDecl()->getName().str());
      R = FR->getSuperRegion();
    } else {
      return std::nullopt;
    }
  }
  std::optional<ParamPath> P =
      pathOfSymbol(cast<SymbolicRegion>(R)->getSymbol(), Top);
  if (!P)
    return std::nullopt;
  for (auto It = Fields.rbegin(); It != Fields.rend(); ++It)
    P->Field += (P->Field.empty() ? "" : ".") + *It;
  return P;
}

/// The parameter a handle value was reached from: the parameter itself, a
/// member of what it points to (`&dev->hspi`, `dev->chan`).
std::optional<unsigned> paramOfHandle(SVal V, const StackFrameContext *Top) {
  if (const MemRegion *R = V.getAsRegion())
    if (std::optional<ParamPath> P = pathOfRegion(R, Top))
      return P->Param;
  if (SymbolRef S = V.getAsSymbol())
    if (std::optional<ParamPath> P = pathOfSymbol(S, Top))
      return P->Param;
  return std::nullopt;
}

/// A handle in global storage (`&hspi1`, `g.chan`) or at a fixed address
/// (`DMA1_Channel3`, a cast of the controller's address): the caller names
/// it as well as the function does.
bool isGlobalHandle(SVal V) {
  if (V.getAs<loc::ConcreteInt>() || V.getAs<nonloc::ConcreteInt>())
    return true;
  const MemRegion *R = V.getAsRegion();
  if (!R)
    if (SymbolRef S = V.getAsSymbol())
      if (const auto *RV = dyn_cast<SymbolRegionValue>(S))
        R = RV->getRegion();
  return R && isa<GlobalsSpaceRegion>(compat::memorySpace(R->getBaseRegion()));
}

/// Whether \p State knows the poll whose result is \p Ret to have
/// reported done (busy == 0, done != 0, state == V).
bool pollSaidDone(ProgramStateRef State, SymbolRef Ret, const DmaChecker &Chk,
                  SValBuilder &SVB) {
  const auto *Sym = dyn_cast<SymbolConjured>(Ret);
  const auto *CE = Sym ? dyn_cast_or_null<CallExpr>(Sym->getStmt()) : nullptr;
  const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
  const FunctionContract *FC = FD ? Chk.Api.lookup(FD) : nullptr;
  QualType T = Ret->getType();
  if (!FC || !T->isIntegralOrEnumerationType())
    return false;
  NonLoc R = SVB.makeNonLoc(Ret, BO_EQ, SVB.getBasicValueFactory().getValue(
                                             0, T), SVB.getConditionType());
  SVal Done = R; // busy: done when 0
  if (FC->hasRole(Role::PollDone)) {
    int64_t V = FC->Success.K == SuccessCondition::Kind::ReturnEquals
                    ? FC->Success.Value
                    : 0;
    Done = SVB.makeNonLoc(Ret,
                          FC->Success.K == SuccessCondition::Kind::ReturnEquals
                              ? BO_EQ
                              : BO_NE,
                          SVB.getBasicValueFactory().getValue(V, T),
                          SVB.getConditionType());
  }
  auto D = Done.getAs<DefinedOrUnknownSVal>();
  return D && !State->assume(*D, false);
}

const StackFrameContext *topFrameOf(const LocationContext *LC) {
  const StackFrameContext *F = LC->getStackFrame();
  while (!F->inTopFrame())
    F = F->getParent()->getStackFrame();
  return F;
}

/// What the path did about a contract: not, always, or where a start's
/// pending success condition holds.
struct Holds {
  enum Kind { No, Yes, IfCond } K = No;
  DefinedOrUnknownSVal Cond = UnknownVal();
};

struct PathEnd {
  ProgramStateRef State;
  SVal Ret;
  std::vector<std::pair<ParamPath, TransferState>> InFlight;
  std::vector<unsigned> Ended;
};

/// Where a start's length comes from, when a parameter gives it.
struct LengthFrom {
  ParamPath Param;
  uint64_t Unit = 1;
};

} // namespace

struct ContractSummaries::Facts {
  const FunctionDecl *FD = nullptr;
  const StackFrameContext *Top = nullptr;
  std::vector<PathEnd> Paths;
  /// Storage a parameter's buffer needs (the union over paths).
  std::map<ParamPath, BufferParam> Requires;
  std::string RequiresApi;
  std::map<ParamPath, LengthFrom> Lengths;
  std::map<unsigned, std::string> EndApi; ///< by endedCode
};

namespace {

/// The condition on the function's return value under which \p H holds on
/// every path that reaches it and on no other: always, or `== V` for a V
/// some path returns (or 0). None when no path holds it or no V separates.
std::optional<SuccessCondition>
successWhere(const std::vector<PathEnd> &Paths,
             llvm::function_ref<Holds(const PathEnd &)> H, QualType RetTy,
             SValBuilder &SVB, bool VoidStartsAnyway) {
  std::vector<Holds> Of;
  bool Any = false, All = true;
  for (const PathEnd &P : Paths) {
    Of.push_back(H(P));
    Any |= Of.back().K != Holds::No;
    All &= Of.back().K == Holds::Yes;
  }
  if (!Any)
    return std::nullopt;
  if (All)
    return SuccessCondition();
  // A void function's caller cannot tell its early returns from the
  // others: taken to have started (a wait that may not have waited is no
  // wait: that would hide a transfer still in flight).
  if (RetTy->isVoidType())
    return VoidStartsAnyway ? std::optional(SuccessCondition()) : std::nullopt;
  if (!RetTy->isIntegralOrEnumerationType())
    return std::nullopt;
  std::vector<int64_t> Candidates{0};
  for (size_t I = 0; I < Paths.size(); ++I)
    if (Of[I].K != Holds::No)
      if (const llvm::APSInt *V = SVB.getKnownValue(Paths[I].State, Paths[I].Ret))
        if (!llvm::is_contained(Candidates, V->getExtValue()))
          Candidates.push_back(V->getExtValue());
  for (int64_t V : Candidates) {
    bool Separates = true;
    for (size_t I = 0; I < Paths.size() && Separates; ++I) {
      const PathEnd &P = Paths[I];
      auto Ret = P.Ret.getAs<DefinedSVal>();
      if (!Ret) {
        Separates = false;
        break;
      }
      DefinedOrUnknownSVal Eq =
          SVB.evalEQ(P.State, *Ret, SVB.makeIntVal(V, RetTy));
      if (Eq.isUnknown()) {
        Separates = false;
        break;
      }
      auto [Returns, Other] = P.State->assume(Eq);
      switch (Of[I].K) {
      case Holds::Yes:
        Separates = Returns && !Other;
        break;
      case Holds::No:
        Separates = !Returns;
        break;
      case Holds::IfCond:
        Separates = (!Returns || !Returns->assume(Of[I].Cond, false)) &&
                    (!Other || !Other->assume(Of[I].Cond, true));
        break;
      }
    }
    if (Separates)
      return SuccessCondition{SuccessCondition::Kind::ReturnEquals, V};
  }
  return std::nullopt;
}

/// The start of \p F's body, if any path leaves a parameter's buffer in
/// flight under one handle.
std::optional<FunctionContract> deriveStart(const ContractSummaries::Facts &F,
                                            const DmaChecker &Chk,
                                            SValBuilder &SVB) {
  std::map<ParamPath, TransferState> Keys;
  for (const PathEnd &P : F.Paths)
    for (const auto &[K, T] : P.InFlight)
      Keys.emplace(K, T);
  if (Keys.empty())
    return std::nullopt;

  FunctionContract C;
  C.Name = F.FD->getNameAsString();
  C.Roles = {Role::Start};
  std::optional<HandleSpec> Handle;
  for (const auto &[K, T] : Keys) {
    HandleSpec H;
    switch (T.handleKind()) {
    case TransferState::HandleKind::Buffer:
      break;
    case TransferState::HandleKind::Argument:
      if (std::optional<unsigned> P = paramOfHandle(T.handle(), F.Top))
        H = {HandleSpec::Kind::Param, *P};
      else if (!isGlobalHandle(T.handle()))
        return std::nullopt; // kept in memory the caller cannot name
      break;
    case TransferState::HandleKind::Returned:
      for (const PathEnd &P : F.Paths)
        for (const auto &[K2, T2] : P.InFlight)
          if (K2 == K && P.Ret != T2.handle())
            return std::nullopt; // a mapping the caller never gets
      H = {HandleSpec::Kind::Return, 0};
      break;
    }
    if (Handle && (Handle->K != H.K || Handle->Param != H.Param))
      return std::nullopt; // two transfers, two handles: no one contract
    Handle = H;
    if (C.Api.empty())
      C.Api = Chk.familyName(T.family()).str();
  }
  C.Handle = *Handle;

  // Waiting for the last transfer before starting the next: no start.
  for (const PathEnd &P : F.Paths)
    for (unsigned Code : P.Ended)
      if (endedParam(Code) == NoParam ||
          (C.Handle.K == HandleSpec::Kind::Param &&
           endedParam(Code) == C.Handle.Param))
        return std::nullopt;

  std::optional<SuccessCondition> S = successWhere(
      F.Paths,
      [&](const PathEnd &P) {
        Holds H;
        for (const auto &[K, T] : P.InFlight) {
          if (!T.isPending())
            return Holds{Holds::Yes, UnknownVal()};
          H = {Holds::IfCond, T.succeedsIf()};
        }
        return H;
      },
      F.FD->getReturnType(), SVB, /*VoidStartsAnyway=*/true);
  if (!S)
    return std::nullopt;
  C.Success = *S;

  for (const auto &[K, T] : Keys) {
    if (C.Handle.K == HandleSpec::Kind::Param && K.Param == C.Handle.Param)
      return std::nullopt; // the handle is the buffer's struct
    BufferParam B;
    auto Req = F.Requires.find(K);
    if (Req != F.Requires.end())
      B = Req->second;
    B.Param = K.Param;
    B.Field = K.Field;
    B.Dir = T.direction();
    B.LenParam.reset();
    B.LenField.clear();
    B.LenUnit = 1;
    auto Len = F.Lengths.find(K);
    if (Len != F.Lengths.end() && Len->second.Param.Param != K.Param) {
      B.LenParam = Len->second.Param.Param;
      B.LenField = Len->second.Param.Field;
      B.LenUnit = Len->second.Unit;
    }
    C.Buffers.push_back(B);
  }
  return C;
}

/// What \p F's parameters' buffers must be, when no transfer on them
/// outlives the call.
std::optional<FunctionContract>
deriveRequirement(const ContractSummaries::Facts &F) {
  if (F.Requires.empty())
    return std::nullopt;
  FunctionContract C;
  C.Name = F.FD->getNameAsString();
  C.Roles = {Role::RequiresStorage};
  C.Api = F.RequiresApi;
  for (const auto &[K, B] : F.Requires) {
    BufferParam Out = B;
    Out.Param = K.Param;
    Out.Field = K.Field;
    Out.Dir = Direction::Bidirectional;
    Out.DirFromArg.reset();
    Out.LenParam.reset();
    Out.LenField.clear();
    Out.FixedLen.reset();
    Out.LenUnit = 1;
    C.Buffers.push_back(Out);
  }
  return C;
}

/// The wait or abort of \p F's body: on one parameter's handle, or on one
/// that is none (then a wait that completes every transfer).
std::optional<FunctionContract> deriveEnd(const ContractSummaries::Facts &F,
                                          SValBuilder &SVB) {
  std::set<unsigned> Params;
  for (const PathEnd &P : F.Paths)
    for (unsigned Code : P.Ended)
      Params.insert(endedParam(Code));
  if (Params.empty())
    return std::nullopt;
  // A parameter's handle first; the global one only when there is none.
  unsigned Param = *Params.begin();
  bool Abort = true;
  for (const PathEnd &P : F.Paths)
    for (unsigned Code : P.Ended)
      if (endedParam(Code) == Param)
        Abort &= endedByAbort(Code);
  std::optional<SuccessCondition> S = successWhere(
      F.Paths,
      [&](const PathEnd &P) {
        for (unsigned Code : P.Ended)
          if (endedParam(Code) == Param)
            return Holds{Holds::Yes, UnknownVal()};
        return Holds{};
      },
      F.FD->getReturnType(), SVB, /*VoidStartsAnyway=*/false);
  if (!S)
    return std::nullopt;
  FunctionContract C;
  C.Name = F.FD->getNameAsString();
  C.Success = *S;
  auto Api = F.EndApi.find(endedCode(Param, Abort));
  if (Api != F.EndApi.end())
    C.Api = Api->second;
  if (Param == NoParam) {
    C.Roles = {Role::WaitSignal};
  } else {
    C.Roles = {Abort ? Role::Abort : Role::Wait};
    C.Handle = {HandleSpec::Kind::Param, Param};
  }
  return C;
}

/// Whether \p C reads back as itself and fits \p FD: a derived contract
/// the model reader would refuse is not written.
bool readsBack(const FunctionContract &C, const FunctionDecl *FD) {
  std::string Text = "api: summary\nfunctions:\n" + modelEntryText(C);
  llvm::StringMap<FunctionContract> Out;
  if (llvm::Error E = parseModelFile(Text, "summary", Out)) {
    llvm::consumeError(std::move(E));
    return false;
  }
  return Out.count(C.Name) && !modelMismatch(Out[C.Name], FD);
}

} // namespace

ContractSummaries::Facts &
ContractSummaries::factsOf(const FunctionDecl *FD) const {
  std::unique_ptr<Facts> &F = Open[FD->getCanonicalDecl()];
  if (!F) {
    F = std::make_unique<Facts>();
    F->FD = FD;
  }
  return *F;
}

bool ContractSummaries::summarizable(const FunctionDecl *FD) const {
  if (!FD || !FD->hasBody() || !FD->isExternallyVisible() ||
      !FD->getIdentifier())
    return false;
  // A function with its own contract (annotated, or a vendor model) is
  // described already; one from the last round's summary is derived anew.
  const FunctionContract *Own = Chk->Api.lookup(FD);
  return !Own || (!PreviousPath.empty() &&
                  llvm::StringRef(Own->Origin).contains(PreviousPath));
}

void ContractSummaries::checkPreCall(const CallEvent &Call,
                                     CheckerContext &C) const {
  if (Chk->modelBroken(C.getASTContext()))
    return;
  const FunctionContract *FC = Chk->contractOf(Call);
  if (!FC)
    return;
  const StackFrameContext *Top = topFrameOf(C.getLocationContext());
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Top->getDecl());
  if (!summarizable(FD))
    return;
  Facts &F = factsOf(FD);
  F.Top = Top;
  ProgramStateRef State = C.getState();

  bool Starts = FC->hasRole(Role::Start);
  if (checksBuffersAtCall(FC->Roles))
    for (const BufferParam &B : FC->Buffers) {
      const MemRegion *R = bufferRegion(B, Call, State, C);
      std::optional<ParamPath> K = R ? pathOfRegion(R, Top) : std::nullopt;
      if (!K)
        continue;
      if (B.RequiresRam || B.RequiresStable || B.ForbidsStack ||
          B.ForbidsVmalloc) {
        BufferParam &Req = F.Requires[*K];
        Req.RequiresRam |= B.RequiresRam;
        Req.RequiresStable |= B.RequiresStable;
        Req.ForbidsStack |= B.ForbidsStack;
        Req.ForbidsVmalloc |= B.ForbidsVmalloc;
        if (F.RequiresApi.empty())
          F.RequiresApi = FC->Api;
      }
      if (Starts && B.LenParam && *B.LenParam < Call.getNumArgs() &&
          B.LenField.empty())
        if (SymbolRef S = Call.getArgSVal(*B.LenParam).getAsSymbol())
          if (std::optional<ParamPath> L = pathOfSymbol(S, Top))
            F.Lengths[*K] = {*L, B.LenUnit};
    }

  if (effectOf(FC->Roles) == Effect::End && FC->Handle.K == HandleSpec::Kind::Param &&
      FC->Handle.Param < Call.getNumArgs()) {
    SVal H = Call.getArgSVal(FC->Handle.Param);
    std::optional<unsigned> P = paramOfHandle(H, Top);
    if (!P && !isGlobalHandle(H))
      return;
    unsigned Code = endedCode(P ? *P : NoParam, !FC->hasRole(Role::Wait));
    F.EndApi.emplace(Code, FC->Api);
    C.addTransition(State->add<SummaryEndedHandles>(Code));
  }
}

void ContractSummaries::checkPostCall(const CallEvent &Call,
                                      CheckerContext &C) const {
  if (Chk->modelBroken(C.getASTContext()))
    return;
  const FunctionContract *FC = Chk->contractOf(Call);
  if (!FC || !(FC->hasRole(Role::PollBusy) || FC->hasRole(Role::PollDone)) ||
      FC->Handle.K != HandleSpec::Kind::Param ||
      FC->Handle.Param >= Call.getNumArgs())
    return;
  const StackFrameContext *Top = topFrameOf(C.getLocationContext());
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Top->getDecl());
  SymbolRef Ret = Call.getReturnValue().getAsSymbol();
  if (!Ret || !summarizable(FD))
    return;
  SVal H = Call.getArgSVal(FC->Handle.Param);
  std::optional<unsigned> P = paramOfHandle(H, Top);
  if (!P && !isGlobalHandle(H))
    return;
  unsigned Code = endedCode(P ? *P : NoParam, /*Abort=*/false);
  factsOf(FD).EndApi.emplace(Code, FC->Api);
  C.addTransition(C.getState()->set<SummaryPolls>(Ret, Code));
}

/// A poll seen done ends its handle's transfers on the path.
static ProgramStateRef notePollsDone(ProgramStateRef State,
                                     const DmaChecker &Chk, SValBuilder &SVB,
                                     SymbolReaper *OnlyDead) {
  for (const auto &[Ret, Code] : State->get<SummaryPolls>()) {
    if (OnlyDead && !OnlyDead->isDead(Ret))
      continue;
    if (pollSaidDone(State, Ret, Chk, SVB))
      State = State->add<SummaryEndedHandles>(Code);
    State = State->remove<SummaryPolls>(Ret);
  }
  return State;
}

void ContractSummaries::checkDeadSymbols(SymbolReaper &SR,
                                         CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  if (State->get<SummaryPolls>().isEmpty())
    return;
  ProgramStateRef After = notePollsDone(State, *Chk, C.getSValBuilder(), &SR);
  if (After != State)
    C.addTransition(After);
}

void ContractSummaries::checkEndFunction(const ReturnStmt *RS,
                                         CheckerContext &C) const {
  if (!C.inTopFrame() || Chk->modelBroken(C.getASTContext()))
    return;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(C.getStackFrame()->getDecl());
  if (!summarizable(FD))
    return;
  Facts &F = factsOf(FD);
  F.Top = C.getStackFrame();
  PathEnd P;
  P.State = notePollsDone(C.getState(), *Chk, C.getSValBuilder(), nullptr);
  P.Ret = RS && RS->getRetValue() ? C.getSVal(RS->getRetValue()) : UnknownVal();
  for (const auto &[Key, T] : transfersOf(P.State)) {
    if (!T.isInFlight())
      continue;
    // The region as the start named it keeps the member an index into it
    // hides from the base (`&s->data[3 + 2 * ch]`: member data, not all of
    // *s, whose flags the caller goes on reading).
    std::optional<ParamPath> K;
    if (T.named())
      K = pathOfRegion(T.named(), F.Top);
    if (!K)
      K = pathOfRegion(T.base(), F.Top);
    if (K)
      P.InFlight.push_back({*K, T});
  }
  for (unsigned Code : P.State->get<SummaryEndedHandles>())
    P.Ended.push_back(Code);
  F.Paths.push_back(std::move(P));
}

void ContractSummaries::checkEndAnalysis(ExplodedGraph &, BugReporter &,
                                         ExprEngine &Eng) const {
  SValBuilder &SVB = Eng.getSValBuilder();
  for (auto &[Canon, F] : Open) {
    if (!F->Top)
      continue;
    std::optional<FunctionContract> C = deriveStart(*F, *Chk, SVB);
    if (!C)
      C = deriveEnd(*F, SVB);
    if (!C)
      C = deriveRequirement(*F);
    if (!C)
      continue;
    if (llvm::any_of(C->Roles, rewritesArguments))
      C->Writes = paramWritesOf(F->FD);
    if (!readsBack(*C, F->FD))
      continue;
    const SourceManager &SM = F->FD->getASTContext().getSourceManager();
    PresumedLoc Where = SM.getPresumedLoc(F->FD->getLocation());
    // Two comment lines open every entry (the CLI splits and merges the
    // units' files on them): where the function is, and its declaration
    // with the annotations that say the same.
    std::string From = Where.isValid() ? std::string(Where.getFilename()) + ":" +
                                             std::to_string(Where.getLine())
                                       : "<unknown>:0";
    Entries[C->Name] = {F->FD->getLocation().getRawEncoding(), ""};
    Entries[C->Name].second = "  # from " + From + "\n  # " +
                       annotatedDeclaration(*C, F->FD) + "\n" +
                       modelEntryText(*C);
  }
  Open.clear();
  writeOutput();
}

void ContractSummaries::writeOutput() const {
  if (OutputPath.empty())
    return;
  std::error_code EC;
  llvm::raw_fd_ostream OS(OutputPath, EC, llvm::sys::fs::OF_Text);
  if (EC)
    return;
  OS << "# Contracts derived from function bodies by dmasafe summarize";
  if (!UnitName.empty())
    OS << " (" << UnitName << ")";
  OS << ".\napi: summary\nfunctions:";
  if (Entries.empty())
    OS << " []";
  OS << "\n";
  // In the order of the source, as a reader of the unit expects them.
  std::vector<std::pair<unsigned, const std::string *>> Ordered;
  for (const auto &[Name, Entry] : Entries)
    Ordered.push_back({Entry.first, &Entry.second});
  llvm::sort(Ordered);
  for (const auto &[Where, Text] : Ordered)
    OS << *Text;
}

void registerSummaries(CheckerManager &Mgr) {
  auto *S = Mgr.registerChecker<ContractSummaries>();
  S->Chk = Mgr.getChecker<DmaChecker>();
  const AnalyzerOptions &Opts = Mgr.getAnalyzerOptions();
  S->OutputPath = Opts.getCheckerStringOption(S, "Output").str();
  S->PreviousPath = Opts.getCheckerStringOption(S, "Previous").str();
  const SourceManager &SM = Mgr.getASTContext().getSourceManager();
  if (auto Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    S->UnitName = Main->getName().str();
  S->writeOutput(); // a unit with no function still has its (empty) summary
}

} // namespace dmasafe
