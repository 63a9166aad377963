//===- CallModel.cpp - What every modelled call does, and the role table --===//
//
// Merging: the analyzer merges two paths only when their states are equal,
// and a global never dies. So nothing a call leaves behind may depend on
// how often the path went round a loop, unless the code can see it: the
// return value is fresh on every visit (the loop condition must be able to
// change), but what the call may write through its pointer arguments (the
// driver object, the channel struct) is one value per call site. The turns
// of `while (dmasafe_is_busy(&ch)) {}` then reach one state, and the paths
// that leave the loop after one, two or three turns are one path again, as
// they are under core alone (whose conservative evaluation of an unknown
// call rewrites every global).
//
//===----------------------------------------------------------------------===//
#include "CallModel.h"
#include "api/MemberLookup.h"
#include "api/StmtWalk.h"
#include "semantics/MappingDiscipline.h"

#include "clang/AST/ParentMap.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"

using namespace clang;
using namespace ento;

namespace dmasafe {

namespace {

/// The block count the invalidation of a call's pointer arguments uses:
/// the same on every visit of the call site (see the file comment). Core
/// counts visits from 1, so 0 is never one of its own.
constexpr unsigned PerCallSite = 0;

/// The two outcomes of a call whose effect depends on its return value.
struct Outcome {
  ProgramStateRef Success; ///< null when impossible
  ProgramStateRef Failure; ///< null when impossible
  /// The success condition over the result (unknown when there is none).
  DefinedOrUnknownSVal Cond = UnknownVal();
};

Outcome splitOnSuccess(ProgramStateRef State, SVal Ret,
                       const SuccessCondition &S, QualType RetTy,
                       CheckerContext &C) {
  if (S.K == SuccessCondition::Kind::Always || Ret.isUnknownOrUndef() ||
      RetTy.isNull() || RetTy->isVoidType())
    return {State, nullptr};
  SValBuilder &SVB = C.getSValBuilder();
  SVal Cond;
  switch (S.K) {
  case SuccessCondition::Kind::Always:
    break;
  case SuccessCondition::Kind::ReturnEquals:
    if (!RetTy->isIntegralOrEnumerationType())
      return {State, nullptr};
    Cond = SVB.evalBinOp(State, BO_EQ, Ret, SVB.makeIntVal(S.Value, RetTy),
                         SVB.getConditionType());
    break;
  case SuccessCondition::Kind::ReturnNonNegative:
    if (!RetTy->isIntegralOrEnumerationType())
      return {State, nullptr};
    Cond = SVB.evalBinOp(State, BO_GE, Ret, SVB.makeIntVal(0, RetTy),
                         SVB.getConditionType());
    break;
  case SuccessCondition::Kind::ReturnNonNull:
    Cond = Ret;
    break;
  }
  auto D = Cond.getAs<DefinedOrUnknownSVal>();
  if (!D || D->isUnknown())
    return {State, nullptr};
  auto [T, F] = State->assume(*D);
  return {T, F, *D};
}

/// Only registers its success: the call changes no transfer (its checks,
/// if any, are made before it, in checkPreCall).
void succeed(ModelledCall &M, ProgramStateRef State) {
  M.C.addTransition(State);
}

using Handler = void (*)(ModelledCall &, ProgramStateRef);

/// The analyzer's handler of each effect (semantics/Transitions.h). The
/// switch has no default: a new effect does not compile until it says what
/// the analyzer does with it. Null: not evaluated as a call.
Handler handlerOf(Effect E) {
  switch (E) {
  case Effect::SetUp:
    return onArm;
  case Effect::HandOver:
    return onStart;
  case Effect::Run:
    return onTrigger;
  case Effect::GiveBack:
    return onSuspend;
  case Effect::WaitObject:
    return onWaitSignal;
  case Effect::End:
    return onWaitOrAbort;
  case Effect::Poll:
    return onPoll;
  case Effect::Maintain: // the cache state: CacheCoherence's checkPreCall
  case Effect::Nothing:
    return succeed;
  case Effect::Interrupt: // the interrupt's: never evaluated
    return nullptr;
  }
  llvm_unreachable("every effect is in the switch");
}

Handler handlerOf(const FunctionContract &FC) {
  return FC.Roles.empty() ? nullptr : handlerOf(effectOf(FC.Roles));
}

/// Whether a start's success may be left to the code's test of its result:
/// a start alone, that neither meets a transfer in flight (a double start
/// is reported on the success branch only) nor takes over what is armed on
/// its handle (a failed start would leave that armed).
bool decidableAtTest(const ModelledCall &M, ProgramStateRef State) {
  if (effectOf(M.FC.Roles) != Effect::HandOver)
    return false;
  for (const NewTransfer &N : M.Handed)
    if (M.Chk.findOverlap(State, N.T.base(), N.T.offset(), N.T.length(),
                          /*ForRead=*/false, /*Region=*/nullptr, &N.T.row()))
      return false;
  if (M.FC.Handle.K != HandleSpec::Kind::Param)
    return true;
  SVal Handle = M.handleArg();
  for (const auto &[Key, T] : transfersOf(State))
    if (T.isArmed() && M.sameHandle(State, T.handle(), Handle) != HandleMatch::Different)
      return false;
  return true;
}

/// Whether the call is a statement of its own (or cast to void).
bool resultUnused(const CallExpr *CE, const LocationContext *LCtx) {
  const ParentMap &PM = LCtx->getParentMap();
  const Stmt *Child = CE;
  const Stmt *Parent = PM.getParentIgnoreParens(CE);
  while (const auto *Cast = dyn_cast_or_null<CastExpr>(Parent)) {
    if (!Cast->getType()->isVoidType())
      return false;
    Child = Cast;
    Parent = PM.getParentIgnoreParens(Cast);
  }
  if (!Parent)
    return true;
  if (isa<Expr, ReturnStmt, SwitchStmt, DeclStmt>(Parent))
    return false;
  if (const auto *If = dyn_cast<IfStmt>(Parent))
    return If->getCond() != Child;
  if (const auto *While = dyn_cast<WhileStmt>(Parent))
    return While->getCond() != Child;
  if (const auto *Do = dyn_cast<DoStmt>(Parent))
    return Do->getCond() != Child;
  if (const auto *For = dyn_cast<ForStmt>(Parent))
    return For->getCond() != Child;
  return true;
}

/// The location \p E designates, rebuilt from its variables (the
/// environment need not hold the values of an argument's subexpressions).
std::optional<Loc> locationOf(const Expr *E, ProgramStateRef State,
                              const LocationContext *LCtx) {
  E = E->IgnoreParens();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD)
      return std::nullopt;
    return compat::svalAs<Loc>(State->getLValue(VD, LCtx));
  }
  const auto *ME = dyn_cast<MemberExpr>(E);
  const auto *FD = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
  if (!FD)
    return std::nullopt;
  SVal Base;
  if (ME->isArrow()) {
    std::optional<Loc> P =
        locationOf(ME->getBase()->IgnoreParenImpCasts(), State, LCtx);
    if (!P)
      return std::nullopt;
    Base = compat::arrowBase(
        State, State->getSVal(*P, ME->getBase()->getType()),
        ME->getBase()->getType()->getPointeeType());
  } else {
    std::optional<Loc> L = locationOf(ME->getBase(), State, LCtx);
    if (!L)
      return std::nullopt;
    Base = *L;
  }
  if (!compat::svalIs<Loc>(Base))
    return std::nullopt;
  return compat::svalAs<Loc>(State->getLValue(FD, Base));
}

bool isBufferParam(const FunctionContract &FC, unsigned I) {
  return llvm::any_of(FC.Buffers, [&](const BufferParam &B) {
    return B.Param == I && B.Field.empty();
  });
}

/// The caller's pointers an argument reads (`gbuf`, `d->rx`, `g.desc->buf`
/// in `g.desc->buf + 4`), with their values. A driver does not repoint the
/// caller's variables: they keep their values through the call's
/// invalidation, or the buffer and the handle they lead to are lost from
/// view (a buffer in flight reached through a global pointer).
SmallVector<std::pair<Loc, SVal>, 4> callerPointers(const ModelledCall &M,
                                                    ProgramStateRef State) {
  SmallVector<std::pair<Loc, SVal>, 4> Out;
  for (unsigned I = 0; I < M.Call.getNumArgs(); ++I)
    anyStmtUnder(M.Call.getArgExpr(I), [&](const Stmt *S) {
      const auto *Load = dyn_cast<ImplicitCastExpr>(S);
      if (!Load || Load->getCastKind() != CK_LValueToRValue ||
          !Load->getType()->isPointerType())
        return false;
      if (std::optional<Loc> L = locationOf(Load->getSubExpr(), State, M.LCtx)) {
        SVal V = State->getSVal(*L, Load->getType());
        if (!V.isUnknownOrUndef())
          Out.push_back({*L, V});
      }
      return false;
    });
  return Out;
}

/// An argument whose contract says which members of its object the call
/// changes (`writes:`): only those get new values.
struct NarrowedArgument {
  SVal Value;
  const FunctionContract::ParamWrites *Writes;
  QualType Pointee;
  /// The object's whole variable when it is a global, and its value before
  /// the call: the call's invalidation of every global takes it too.
  const TypedValueRegion *Global;
  SVal Before;
};

/// A member of \p RD itself (not one inside an anonymous struct).
const FieldDecl *fieldNamed(const RecordDecl *RD, llvm::StringRef Name) {
  auto Chain = memberChain(RD->getDefinition(), Name);
  return Chain.size() == 1 ? Chain.front() : nullptr;
}

/// Whether the members \p W names can each take a fresh value: scalars, or
/// a buffer of the same parameter (which the engine's write covers).
bool narrowable(const ModelledCall &M, unsigned I,
                const FunctionContract::ParamWrites &W, const RecordDecl *RD) {
  for (const std::string &Name : W.Fields) {
    const FieldDecl *F = fieldNamed(RD, Name);
    if (!F)
      return false;
    if (F->getType()->isScalarType())
      continue;
    if (!llvm::any_of(M.FC.Buffers, [&](const BufferParam &B) {
          return B.Param == I &&
                 llvm::StringRef(B.Field).split('.').first == Name;
        }))
      return false;
  }
  return true;
}

std::optional<NarrowedArgument> narrowedArgument(const ModelledCall &M,
                                                 unsigned I,
                                                 ProgramStateRef State) {
  const FunctionContract::ParamWrites *W = M.FC.writesOf(I);
  QualType T = M.Call.getArgExpr(I)->getType();
  if (!W || !T->isPointerType())
    return std::nullopt;
  const RecordDecl *RD = T->getPointeeType()->getAsRecordDecl();
  SVal V = M.Call.getArgSVal(I);
  const MemRegion *R = V.getAsRegion();
  if (!RD || !RD->getDefinition() || !R || !narrowable(M, I, *W, RD))
    return std::nullopt;
  NarrowedArgument N{V, W, T->getPointeeType(), nullptr, UnknownVal()};
  const auto *Base = dyn_cast<TypedValueRegion>(R->getBaseRegion());
  if (Base && isa<GlobalsSpaceRegion>(compat::memorySpace(Base))) {
    N.Global = Base;
    N.Before = State->getSVal(loc::MemRegionVal(Base), Base->getValueType());
  }
  return N;
}

/// After the call's invalidation: the object is as it was, but for the
/// members the call writes, which are fresh (one value per call site, as
/// the invalidation's).
ProgramStateRef applyNarrowed(const ModelledCall &M, ProgramStateRef State,
                              const NarrowedArgument &N) {
  if (N.Global && !N.Before.isUnknownOrUndef())
    State = State->bindLoc(loc::MemRegionVal(N.Global), N.Before, M.LCtx);
  const auto *Obj = dyn_cast_or_null<SubRegion>(
      compat::arrowBase(State, N.Value, N.Pointee).getAsRegion());
  const RecordDecl *RD = N.Pointee->getAsRecordDecl();
  if (!Obj || !RD)
    return State;
  MemRegionManager &MRMgr = State->getStateManager().getRegionManager();
  for (const std::string &Name : N.Writes->Fields) {
    const FieldDecl *F = fieldNamed(RD, Name);
    if (!F || !F->getType()->isScalarType())
      continue; // a buffer: the engine's write follows
    SVal Fresh = compat::conjureValue(M.C, F, M.CE, F->getType(), PerCallSite);
    State = State->bindLoc(loc::MemRegionVal(MRMgr.getFieldRegion(F, Obj)),
                           Fresh, M.LCtx);
  }
  return State;
}

/// The engine's use of the buffers is not a CPU access; everything else
/// a pointer argument of a set-up call reaches (a driver object, a
/// descriptor) may change, and so may every global, as after any call
/// core cannot see into (driver tables, state the SDK keeps). A call that
/// only constrains storage, or a blocking transfer, has done its I/O when
/// it returns (`usb_control_msg`, `spi_transceive_dt`): its buffers changed
/// too. Without the globals, each start would leave its bindings in the
/// store for good, and every later step would walk them (bench/scale).
ProgramStateRef invalidateOtherPointers(const ModelledCall &M,
                                        ProgramStateRef State) {
  if (llvm::none_of(M.FC.Roles, rewritesArguments))
    return State;
  SmallVector<SVal, 4> Values;
  SmallVector<NarrowedArgument, 2> Narrowed;
  bool BuffersWritten =
      M.FC.hasRole(Role::RequiresStorage) || M.FC.hasRole(Role::Transfer);
  for (unsigned I = 0; I < M.Call.getNumArgs(); ++I) {
    if (!BuffersWritten && isBufferParam(M.FC, I))
      continue;
    if (std::optional<NarrowedArgument> N = narrowedArgument(M, I, State)) {
      Narrowed.push_back(*N);
      continue;
    }
    QualType T = M.Call.getArgExpr(I)->getType();
    if (!T->isPointerType() || T->getPointeeType().isConstQualified())
      continue;
    SVal V = M.Call.getArgSVal(I);
    if (compat::svalIs<loc::MemRegionVal>(V))
      Values.push_back(V);
  }
  // The caller's own pointers to the buffers and the handle (`d->rx` next
  // to the handle `&d->huart`, a global `gbuf`) are the caller's, not the
  // driver's. Completion flags get fresh values separately
  // (TransferStarts.cpp).
  SmallVector<std::pair<Loc, SVal>, 4> Kept = callerPointers(M, State);
  State = compat::invalidate(State, Values, M.C, M.CE, PerCallSite,
                             /*CausesPointerEscape=*/true, &M.Call);
  for (const auto &[L, V] : Kept)
    State = State->bindLoc(L, V, M.LCtx);
  for (const NarrowedArgument &N : Narrowed)
    State = applyNarrowed(M, State, N);
  return State;
}

} // namespace

ModelledCall::ModelledCall(const DmaChecker &Chk, const FunctionContract &FC,
                           const CallEvent &Call, CheckerContext &C)
    : Chk(Chk), FC(FC), Call(Call), C(C),
      CE(cast<CallExpr>(Call.getOriginExpr())), LCtx(C.getLocationContext()),
      Ret(UnknownVal()) {}

SVal ModelledCall::handleArg() const {
  if (FC.Handle.K != HandleSpec::Kind::Param ||
      FC.Handle.Param >= Call.getNumArgs())
    return UnknownVal();
  return normalizeHandle(Call.getArgSVal(FC.Handle.Param), C);
}

HandleMatch ModelledCall::sameHandle(ProgramStateRef State, SVal A, SVal B) const {
  return compareHandles(State, A, B, C.getSValBuilder());
}

HandleMatch compareHandles(ProgramStateRef State, SVal A, SVal B,
                           SValBuilder &SVB) {
  if (A == B)
    return HandleMatch::Same;
  // Two variables (or literals) are two handles: what evalEQ says of
  // regions with distinct non-symbolic bases, without building and
  // assuming the comparison (a wait compares its handle with every
  // transfer in flight).
  auto RA = A.getAs<loc::MemRegionVal>(), RB = B.getAs<loc::MemRegionVal>();
  if (RA && RB) {
    const MemRegion *BaseA = RA->getRegion()->getBaseRegion();
    const MemRegion *BaseB = RB->getRegion()->getBaseRegion();
    if (BaseA != BaseB && !isa<SymbolicRegion>(BaseA) &&
        !isa<SymbolicRegion>(BaseB))
      return HandleMatch::Different;
  }
  auto DA = A.getAs<DefinedSVal>(), DB = B.getAs<DefinedSVal>();
  if (!DA || !DB || compat::svalIs<Loc>(*DA) != compat::svalIs<Loc>(*DB))
    return HandleMatch::Unknown;
  DefinedOrUnknownSVal Eq = SVB.evalEQ(State, *DA, *DB);
  if (Eq.isUnknown())
    return HandleMatch::Unknown;
  auto [T, F] = State->assume(Eq);
  if (T && !F)
    return HandleMatch::Same;
  if (F && !T)
    return HandleMatch::Different;
  return HandleMatch::Unknown;
}

std::pair<ProgramStateRef, ProgramStateRef>
ModelledCall::splitOnTrigger(ProgramStateRef State) const {
  if (!FC.TriggerParam || *FC.TriggerParam >= Call.getNumArgs())
    return {State, nullptr};
  auto [On, Off] = splitNonZero(State, Call.getArgSVal(*FC.TriggerParam));
  if (Off == On)
    return {On, nullptr};
  return {On, Off};
}

std::pair<ProgramStateRef, ProgramStateRef> splitNonZero(ProgramStateRef State,
                                                        SVal V) {
  auto D = V.getAs<DefinedOrUnknownSVal>();
  if (!D || D->isUnknown())
    return {State, State};
  return State->assume(*D);
}

SVal normalizeHandle(SVal V, CheckerContext &C) {
  // Symbolic values stay as they are (a cast would hide `chan != chan + 1`
  // from the solver).
  auto CI = V.getAs<nonloc::ConcreteInt>();
  if (!CI)
    return V;
  llvm::APSInt Wide(64, /*isUnsigned=*/true);
  Wide = compat::apsInt(CI->getValue()).extOrTrunc(64);
  return C.getSValBuilder().makeIntVal(Wide);
}

void evaluateCall(const DmaChecker &Chk, const FunctionContract &FC,
                  const CallEvent &Call, CheckerContext &C) {
  ModelledCall M(Chk, FC, Call, C);
  ProgramStateRef State = C.getState();
  // Read the buffers before anything is invalidated.
  if (FC.hasRole(Role::Start) || FC.hasRole(Role::Arm))
    collectTransfers(M, State);

  QualType RetTy = Call.getResultType();
  SVal &Ret = M.Ret;
  if (!RetTy->isVoidType()) {
    Ret = compat::conjureValue(C, nullptr, M.CE, RetTy, C.blockCount());
    State = State->BindExpr(M.CE, M.LCtx, Ret);
  }
  State = invalidateOtherPointers(M, State);
  // What the start does to the buffers' contents and to the completion
  // flags, on every branch: a start that failed may have begun, and a
  // failure branch that differed from a success branch only there would
  // never merge with it again.
  if (FC.hasRole(Role::Start))
    State = engineMayWrite(M, State, M.Handed);

  // Returned handles are the return value; one that may be an error value
  // awaits its family's error test (semantics/MappingDiscipline.h).
  if (FC.Handle.K == HandleSpec::Kind::Return) {
    bool Awaits = !errorTestFor(FC, Chk.Api).empty();
    for (NewTransfer &N : M.Handed)
      N.T = N.T.withHandle(TransferState::HandleKind::Returned,
                           normalizeHandle(Ret, C))
                .awaitingTest(Awaits);
  }

  // A call whose result the code ignores (`k_sem_take(&s, K_FOREVER);`,
  // `HAL_UART_Receive_DMA(&h, rx, n);`) is taken to succeed: the code
  // believes it cannot fail, and a failure branch would only double the
  // paths up to the next wait. Except where the contract says it fails:
  // a HAL start on a busy handle returns HAL_BUSY and takes nothing.
  bool Ignored = resultUnused(M.CE, M.LCtx);
  SuccessCondition Success = Ignored ? SuccessCondition() : FC.Success;
  Outcome O = splitOnSuccess(State, Ret, Success, RetTy, C);
  if (FC.hasRole(Role::Start)) {
    ProgramStateRef MayFail = Ignored ? State : O.Failure;
    if (auto Busy = MayFail ? busyWith(M, MayFail) : std::nullopt) {
      C.addTransition(MayFail, busyNote(M, Busy->first, Busy->second));
      return;
    }
  }
  // A start whose result the code tests is decided at the test: its
  // transfers carry the success condition, and the first branch on the
  // result keeps them (success) or drops them (failure). No split here, so
  // a helper that returns the start's status does not double the paths
  // of its caller up to the test.
  if (O.Success && O.Failure && decidableAtTest(M, State)) {
    for (NewTransfer &N : M.Handed)
      N.T = N.T.pendingOn(O.Cond);
    onStart(M, State);
    return;
  }
  // The failure branch took nothing: its state is the one before the call
  // (with the call's return value and invalidations), so it merges with
  // every other path where no transfer started.
  if (O.Failure)
    C.addTransition(O.Failure);
  if (!O.Success)
    return;
  if (Handler H = handlerOf(FC))
    H(M, O.Success);
}

bool DmaChecker::evalCall(const CallEvent &Call, CheckerContext &C) const {
  if (modelBroken(C.getASTContext()) ||
      !isa_and_nonnull<CallExpr>(Call.getOriginExpr()))
    return false;
  const FunctionContract *Found = contractOf(Call);
  // A completion callback is the interrupt's business; a direct call runs
  // its body like any other function.
  if (!Found || !handlerOf(*Found))
    return false;
  // Contracts live in stable storage (ApiDescription): no copy per call.
  evaluateCall(*this, *Found, Call, C);
  return true;
}

} // namespace dmasafe
