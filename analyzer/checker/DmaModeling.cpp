//===- DmaModeling.cpp - Evaluate DMA API calls from their contracts ------===//
//
// A function with a contract is evaluated here instead of being inlined:
// the contract says what it does to transfers, and its body (register
// writes in a vendor header) says nothing the checker could use.
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"

#include "clang/AST/ParentMap.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SymbolManager.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;
using namespace ento;

namespace dmasafe {
namespace {

/// The two outcomes of a call whose effect depends on its return value.
struct Outcome {
  ProgramStateRef Success; ///< null when impossible
  ProgramStateRef Failure; ///< null when impossible
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
  return {T, F};
}

/// Splits \p State on "\p V is nonzero".
std::pair<ProgramStateRef, ProgramStateRef> splitNonZero(ProgramStateRef State,
                                                        SVal V) {
  auto D = V.getAs<DefinedOrUnknownSVal>();
  if (!D || D->isUnknown())
    return {State, State};
  return State->assume(*D);
}

/// A handle as stored and compared: constant channel numbers widened to one
/// type so that a `uint8_t` channel 2 equals an `int` 2. Symbolic values stay
/// as they are (a cast would hide `chan != chan + 1` from the solver).
SVal normalizeHandle(SVal V, QualType T, CheckerContext &C) {
  auto CI = V.getAs<nonloc::ConcreteInt>();
  if (!CI)
    return V;
  llvm::APSInt Wide(64, /*isUnsigned=*/true);
  Wide = CI->getValue().extOrTrunc(64);
  return C.getSValBuilder().makeIntVal(Wide);
}

enum class Same { Yes, No, Unknown };

Same sameHandle(ProgramStateRef State, SVal A, SVal B, CheckerContext &C) {
  if (A == B)
    return Same::Yes;
  auto DA = A.getAs<DefinedSVal>(), DB = B.getAs<DefinedSVal>();
  if (!DA || !DB || isa<Loc>(*DA) != isa<Loc>(*DB))
    return Same::Unknown;
  DefinedOrUnknownSVal Eq = C.getSValBuilder().evalEQ(State, *DA, *DB);
  if (Eq.isUnknown())
    return Same::Unknown;
  auto [T, F] = State->assume(Eq);
  if (T && !F)
    return Same::Yes;
  if (F && !T)
    return Same::No;
  return Same::Unknown;
}

/// The member region a '.'-separated field path from the object \p Obj of
/// type \p T ends at, going through pointers and embedded structs between
/// the steps; null when a step is missing or unknown.
const FieldRegion *memberRegion(const MemRegion *Obj, QualType T,
                                StringRef Path, ProgramStateRef State,
                                CheckerContext &C) {
  MemRegionManager &MRM = C.getSValBuilder().getRegionManager();
  SmallVector<StringRef, 4> Parts;
  Path.split(Parts, '.');
  for (size_t I = 0; I < Parts.size(); ++I) {
    const auto *SR = dyn_cast_or_null<SubRegion>(Obj);
    const RecordDecl *RD = T.isNull() ? nullptr : T->getAsRecordDecl();
    if (!SR || !RD || !RD->getDefinition())
      return nullptr;
    // A member may sit in an anonymous struct or union (ESP-IDF's
    // spi_transaction_t): walk the chain of fields that leads to it.
    SmallVector<const FieldDecl *, 2> Chain;
    for (const Decl *D :
         RD->getDefinition()->lookup(&C.getASTContext().Idents.get(Parts[I]))) {
      if (const auto *F = dyn_cast<FieldDecl>(D))
        Chain.assign(1, F);
      else if (const auto *IF = dyn_cast<IndirectFieldDecl>(D))
        for (const NamedDecl *ND : IF->chain())
          if (const auto *F = dyn_cast<FieldDecl>(ND))
            Chain.push_back(F);
    }
    if (Chain.empty())
      return nullptr;
    const FieldRegion *FR = nullptr;
    for (const FieldDecl *F : Chain) {
      FR = MRM.getFieldRegion(F, SR);
      SR = FR;
    }
    if (I + 1 == Parts.size())
      return FR;
    QualType FT = Chain.back()->getType().getCanonicalType();
    if (FT->isArrayType() || FT->isRecordType()) {
      Obj = FR;
      T = FT;
      continue;
    }
    if (!FT->isPointerType() && !FT->isIntegerType())
      return nullptr;
    Obj = regionOfValue(State->getSVal(FR, FT));
    T = FT->isPointerType() ? FT->getPointeeType() : QualType();
  }
  return nullptr;
}

/// The buffer a field path names: an embedded array, or what a pointer
/// (or an integer address) member points to.
const MemRegion *followFieldPath(const MemRegion *Obj, QualType T,
                                 StringRef Path, ProgramStateRef State,
                                 CheckerContext &C) {
  const FieldRegion *FR = memberRegion(Obj, T, Path, State, C);
  if (!FR)
    return nullptr;
  QualType FT = FR->getDecl()->getType().getCanonicalType();
  if (FT->isArrayType())
    return FR;
  if (!FT->isPointerType() && !FT->isIntegerType())
    return nullptr;
  return regionOfValue(State->getSVal(FR, FT));
}

/// A volatile scalar object: a peripheral register, never a DMA buffer.
bool isDeviceRegister(const MemRegion *R) {
  const auto *TR = dyn_cast_or_null<TypedValueRegion>(R);
  if (!TR)
    return false;
  QualType T = TR->getValueType();
  return T.isVolatileQualified() && T->isScalarType();
}

/// The innermost block (other than the function body) declaring \p VD.
const Stmt *innerScopeOf(const VarDecl *VD, const Stmt *Body) {
  if (!VD || !Body)
    return nullptr;
  const Stmt *Found = nullptr;
  llvm::SmallVector<std::pair<const Stmt *, const Stmt *>, 32> Work;
  Work.push_back({Body, nullptr});
  while (!Work.empty() && !Found) {
    auto [S, Block] = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *DS = dyn_cast<DeclStmt>(S))
      for (const Decl *D : DS->decls())
        if (D == VD)
          Found = Block ? Block : Body;
    const Stmt *Inner = isa<CompoundStmt>(S) ? S : Block;
    for (const Stmt *Child : S->children())
      Work.push_back({Child, Inner});
  }
  return Found == Body ? nullptr : Found;
}

} // namespace

const MemRegion *regionOfValue(SVal V) {
  if (auto L = V.getAs<loc::MemRegionVal>())
    return L->getRegion();
  if (auto LI = V.getAs<nonloc::LocAsInteger>())
    return LI->getLoc().getAsRegion();
  return nullptr;
}

BufferRef describeRegion(const MemRegion *R) {
  BufferRef B;
  if (!R)
    return B;
  B.Region = R;
  B.Base = R->getBaseRegion();
  RegionOffset RO = R->getAsOffset();
  if (RO.isValid() && !RO.hasSymbolicOffset() && RO.getRegion() == B.Base)
    B.Offset = RO.getOffset() / 8;
  return B;
}

const MemRegion *bufferRegion(const BufferParam &B, const CallEvent &Call,
                              ProgramStateRef State, CheckerContext &C) {
  if (B.Param >= Call.getNumArgs())
    return nullptr;
  const MemRegion *R = regionOfValue(Call.getArgSVal(B.Param));
  if (B.Field.empty())
    return R;
  QualType T = Call.getArgExpr(B.Param)->getType();
  return T->isPointerType()
             ? followFieldPath(R, T->getPointeeType(), B.Field, State, C)
             : nullptr;
}

std::optional<int64_t> transferLength(const BufferParam &B,
                                      const CallEvent &Call,
                                      ProgramStateRef State,
                                      CheckerContext &C) {
  if (B.FixedLen)
    return static_cast<int64_t>(*B.FixedLen);
  if (!B.LenParam || *B.LenParam >= Call.getNumArgs())
    return std::nullopt;
  SVal Units = Call.getArgSVal(*B.LenParam);
  if (!B.LenField.empty()) {
    QualType T = Call.getArgExpr(*B.LenParam)->getType();
    const FieldRegion *FR =
        T->isPointerType()
            ? memberRegion(regionOfValue(Units), T->getPointeeType(),
                           B.LenField, State, C)
            : nullptr;
    if (!FR || !FR->getDecl()->getType()->isIntegerType())
      return std::nullopt;
    Units = State->getSVal(FR, FR->getDecl()->getType());
  }
  const llvm::APSInt *V = C.getSValBuilder().getKnownValue(State, Units);
  if (!V || V->isNegative() || V->getActiveBits() > 47)
    return std::nullopt;
  return static_cast<int64_t>(V->getZExtValue() * B.LenUnit);
}

namespace {

/// Everything evalCall needs to know about one call, computed once.
class CallModel {
public:
  CallModel(const DmaChecker &Chk, const FunctionContract &FC,
            const CallEvent &Call, CheckerContext &C)
      : Chk(Chk), FC(FC), Call(Call), C(C),
        CE(cast<CallExpr>(Call.getOriginExpr())),
        LCtx(C.getLocationContext()) {}

  void run() {
    ProgramStateRef State = C.getState();
    // Read the buffers before anything is invalidated.
    SmallVector<InFlight, 2> Transfers;
    if (FC.hasRole(Role::Start) || FC.hasRole(Role::Arm))
      collectTransfers(State, Transfers);

    QualType RetTy = Call.getResultType();
    SVal Ret = UnknownVal();
    if (!RetTy->isVoidType()) {
      Ret = C.getSValBuilder().conjureSymbolVal(nullptr, CE, LCtx, RetTy,
                                                C.blockCount());
      State = State->BindExpr(CE, LCtx, Ret);
    }
    // The caller's own pointer to the buffer (`d->rx` next to the handle
    // `&d->huart`) is the caller's, not the driver's: keep it through the
    // invalidation of the driver object, or the buffer is lost from view.
    SmallVector<std::pair<Loc, SVal>, 2> Kept = bufferPointerMembers(State);
    State = invalidateOtherPointers(State);
    for (const auto &[L, V] : Kept)
      State = State->bindLoc(L, V, LCtx);

    // Returned handles are the return value.
    if (FC.Handle.K == HandleSpec::Kind::Return)
      for (InFlight &T : Transfers)
        T = InFlight::start(T.base(), T.named(), T.offset(), T.length(),
                            T.direction(), InFlight::HandleKind::Returned,
                            normalizeHandle(Ret, RetTy, C), T.family(),
                            T.origin(), T.originContext(), T.scope(),
                            T.key());

    // A wait whose result the code ignores (`k_sem_take(&s, K_FOREVER);`)
    // is taken to succeed: the code believes it cannot fail (an infinite
    // timeout), and the failure branch would only report what it accesses.
    SuccessCondition Success = FC.Success;
    if (!FC.hasRole(Role::Start) && !FC.hasRole(Role::Arm) && resultUnused())
      Success = SuccessCondition();
    Outcome O = splitOnSuccess(State, Ret, Success, RetTy, C);
    // A HAL start on a busy handle returns HAL_BUSY and takes nothing.
    if (O.Failure && FC.hasRole(Role::Start)) {
      if (std::optional<InFlight> Busy = busyWith(O.Failure, Transfers)) {
        C.addTransition(O.Failure, busyNote(*Busy));
        return;
      }
    }
    if (O.Failure)
      C.addTransition(O.Failure);
    if (!O.Success)
      return;
    State = O.Success;

    if (FC.hasRole(Role::Arm)) {
      armWithNotes(State, Transfers);
      return;
    }
    if (FC.hasRole(Role::Start)) {
      auto [On, Off] = splitOnTrigger(State);
      // trigger == 0: the channel is set up and waits for a trigger.
      if (Off)
        armWithNotes(Off, Transfers);
      if (!On)
        return;
      State = On;
      // What was armed on the channel runs now too (pico-sdk:
      // set_read_addr(ch, src, false) then set_write_addr(ch, dst, true)).
      if (FC.Handle.K == HandleSpec::Kind::Param)
        State = takeArmed(State, Transfers, [&](const InFlight &T) {
          return sameHandle(State, T.handle(), handleArg(), C) == Same::Yes;
        });
      start(State, Transfers);
      return;
    }

    SVal Handle = handleArg();
    if (FC.hasRole(Role::Trigger)) {
      // dma_channel_set_trans_count(ch, n, trigger): only when nonzero.
      auto [On, Off] = splitOnTrigger(State);
      if (Off)
        C.addTransition(Off);
      if (!On)
        return;
      State = On;
      SmallVector<InFlight, 2> Run;
      State = takeArmed(State, Run, [&](const InFlight &T) {
        if (FC.Handle.K == HandleSpec::Kind::Mask)
          return mayBeInMask(State, T.handle());
        return sameHandle(State, T.handle(), Handle, C) == Same::Yes;
      });
      if (Run.empty())
        C.addTransition(State);
      else
        start(State, Run);
      return;
    }
    if (FC.hasRole(Role::Suspend)) {
      C.addTransition(suspend(State, Handle));
      return;
    }
    if (FC.hasRole(Role::WaitSignal)) {
      C.addTransition(completeSignalled(State));
      return;
    }
    if (FC.hasRole(Role::Wait) || FC.hasRole(Role::Abort)) {
      State = complete(State, Handle, /*DropUndecided=*/true);
      C.addTransition(dropArmed(State, Handle));
      return;
    }
    if (FC.hasRole(Role::PollBusy) || FC.hasRole(Role::PollDone) ||
        FC.hasRole(Role::ErrorTest)) {
      auto [NonZero, Zero] = splitNonZero(State, Ret);
      bool DoneWhenNonZero = !FC.hasRole(Role::PollBusy);
      ProgramStateRef Done = DoneWhenNonZero ? NonZero : Zero;
      ProgramStateRef Pending = DoneWhenNonZero ? Zero : NonZero;
      if (Done)
        C.addTransition(complete(Done, Handle, /*DropUndecided=*/true));
      if (Pending)
        C.addTransition(Pending, FC.hasRole(Role::ErrorTest)
                                     ? nullptr
                                     : stillInFlightNote(Pending, Handle));
      return;
    }
    C.addTransition(State);
  }

private:
  /// The branches where the trigger argument is nonzero and zero. Without a
  /// trigger argument, or when its value cannot be split on, the call
  /// triggers: the zero branch is null.
  std::pair<ProgramStateRef, ProgramStateRef>
  splitOnTrigger(ProgramStateRef State) const {
    if (!FC.TriggerParam || *FC.TriggerParam >= Call.getNumArgs())
      return {State, nullptr};
    auto [On, Off] = splitNonZero(State, Call.getArgSVal(*FC.TriggerParam));
    if (Off == On)
      return {On, nullptr};
    return {On, Off};
  }

  /// Whether the call is a statement of its own (or cast to void).
  bool resultUnused() const {
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
    if (isa<Expr, ReturnStmt, SwitchStmt>(Parent))
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

  SVal handleArg() const {
    if (FC.Handle.K != HandleSpec::Kind::Param ||
        FC.Handle.Param >= Call.getNumArgs())
      return UnknownVal();
    return normalizeHandle(Call.getArgSVal(FC.Handle.Param),
                           Call.getArgExpr(FC.Handle.Param)->getType(), C);
  }

  bool isBufferParam(unsigned I) const {
    return llvm::any_of(FC.Buffers, [&](const BufferParam &B) {
      return B.Param == I && B.Field.empty();
    });
  }

  /// The location \p E designates, rebuilt from its variables (the
  /// environment need not hold the values of an argument's subexpressions).
  std::optional<Loc> locationOf(const Expr *E, ProgramStateRef State) const {
    E = E->IgnoreParens();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      if (!VD)
        return std::nullopt;
      return State->getLValue(VD, LCtx).getAs<Loc>();
    }
    const auto *ME = dyn_cast<MemberExpr>(E);
    const auto *FD = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
    if (!FD)
      return std::nullopt;
    SVal Base;
    if (ME->isArrow()) {
      std::optional<Loc> P = locationOf(ME->getBase()->IgnoreParenImpCasts(),
                                        State);
      if (!P)
        return std::nullopt;
      Base = State->getSVal(*P, ME->getBase()->getType());
    } else {
      std::optional<Loc> L = locationOf(ME->getBase(), State);
      if (!L)
        return std::nullopt;
      Base = *L;
    }
    if (!isa<Loc>(Base))
      return std::nullopt;
    return State->getLValue(FD, Base).getAs<Loc>();
  }

  /// Members holding a buffer argument's pointer (`d->rx`), with the value.
  SmallVector<std::pair<Loc, SVal>, 2>
  bufferPointerMembers(ProgramStateRef State) const {
    SmallVector<std::pair<Loc, SVal>, 2> Out;
    if (!FC.hasRole(Role::Start) && !FC.hasRole(Role::Arm))
      return Out;
    for (const BufferParam &B : FC.Buffers) {
      if (!B.Field.empty() || B.Param >= Call.getNumArgs())
        continue;
      const Expr *Arg = Call.getArgExpr(B.Param)->IgnoreParenImpCasts();
      if (!isa<MemberExpr>(Arg) || !Arg->getType()->isPointerType())
        continue;
      if (std::optional<Loc> L = locationOf(Arg, State)) {
        SVal V = State->getSVal(*L, Arg->getType());
        if (!V.isUnknownOrUndef())
          Out.push_back({*L, V});
      }
    }
    return Out;
  }

  /// The engine's use of the buffers is not a CPU access; everything else
  /// a pointer argument reaches (a driver object, a descriptor) may change.
  ProgramStateRef invalidateOtherPointers(ProgramStateRef State) {
    SmallVector<SVal, 4> Values;
    for (unsigned I = 0; I < Call.getNumArgs(); ++I) {
      if (isBufferParam(I))
        continue;
      QualType T = Call.getArgExpr(I)->getType();
      if (!T->isPointerType() || T->getPointeeType().isConstQualified())
        continue;
      SVal V = Call.getArgSVal(I);
      if (isa<loc::MemRegionVal>(V))
        Values.push_back(V);
    }
    if (Values.empty())
      return State;
    // No CallEvent: given one, the store also invalidates every global,
    // and a buffer reached through a global pointer would be forgotten
    // while in flight. Completion flags get fresh values separately
    // (armCompletionFlags).
    return State->invalidateRegions(Values, CE, C.blockCount(), LCtx,
                                    /*CausesPointerEscape=*/true);
  }

  Direction directionOf(const BufferParam &B, ProgramStateRef State) const {
    if (!B.DirFromArg)
      return B.Dir;
    if (B.DirFromArg->Param >= Call.getNumArgs())
      return Direction::ToDevice;
    const llvm::APSInt *V = C.getSValBuilder().getKnownValue(
        State, Call.getArgSVal(B.DirFromArg->Param));
    if (V)
      for (const auto &[Value, Dir] : B.DirFromArg->Values)
        if (V->getExtValue() == Value)
          return Dir;
    // Unknown direction: writes are wrong either way, reads may be fine.
    return Direction::ToDevice;
  }

  std::optional<int64_t> objectSize(QualType PtrTy) const {
    if (!PtrTy->isPointerType())
      return std::nullopt;
    QualType T = PtrTy->getPointeeType();
    if (!T->isRecordType() || T->isIncompleteType())
      return std::nullopt;
    return C.getASTContext().getTypeSizeInChars(T).getQuantity();
  }

  void collectTransfers(ProgramStateRef State,
                        SmallVectorImpl<InFlight> &Out) {
    unsigned Family = Chk.familyId(FC.Api);
    std::optional<SVal> FirstBuffer;
    for (const BufferParam &B : FC.Buffers) {
      if (B.Param >= Call.getNumArgs())
        continue;
      BufferRef Ref = describeRegion(bufferRegion(B, Call, State, C));
      // A memory-mapped register (`volatile uint32_t DR`) is the device end
      // of the transfer, not a buffer.
      if (isDeviceRegister(Ref.Region))
        continue;
      // A null, integer or unknown buffer: nothing the checker can follow.
      if (!Ref.Base || (isa<SymbolicRegion>(Ref.Base) &&
                        State->isNull(loc::MemRegionVal(Ref.Base))
                            .isConstrainedTrue()))
        continue;
      std::optional<int64_t> Len = transferLength(B, Call, State, C);
      if (Len && *Len == 0)
        continue;
      // No length, but a pointer to a struct (ESP-IDF's spi_transaction_t):
      // the engine owns that object, not the rest of the array it sits in.
      if (!Len && B.Field.empty())
        Len = objectSize(Call.getArgExpr(B.Param)->getType());
      int64_t Offset = Ref.Offset.value_or(0);
      if (!Ref.Offset)
        Len.reset(); // unknown start: the whole region
      if (!Ref.Offset)
        Offset = 0;
      SVal BufferValue = loc::MemRegionVal(Ref.Region);
      if (!FirstBuffer)
        FirstBuffer = BufferValue;
      InFlight::HandleKind HK = InFlight::HandleKind::Buffer;
      SVal Handle = *FirstBuffer;
      if (FC.Handle.K == HandleSpec::Kind::Param) {
        HK = InFlight::HandleKind::Argument;
        Handle = handleArg();
      }
      const Stmt *Scope = nullptr;
      if (const auto *VR = dyn_cast<VarRegion>(Ref.Base))
        if (const auto *VD = dyn_cast<VarDecl>(VR->getDecl()))
          if (VD->hasLocalStorage() && !isa<ParmVarDecl>(VD))
            if (const StackFrameContext *SFC = VR->getStackFrame())
              Scope = innerScopeOf(VD, SFC->getDecl()->getBody());
      const MemRegion *Named = Ref.Region;
      while (const auto *ER = dyn_cast<ElementRegion>(Named))
        Named = ER->getSuperRegion();
      SymbolRef Key = C.getSymbolManager().conjureSymbol(
          CE, LCtx, C.getASTContext().IntTy, C.blockCount(), &B);
      Out.push_back(InFlight::start(Ref.Base, Named, Offset, Len,
                                    directionOf(B, State), HK, Handle, Family,
                                    CE, LCtx, Scope, Key));
    }
  }

  void start(ProgramStateRef State, ArrayRef<InFlight> Transfers) {
    // A second start on bytes still in flight.
    for (const InFlight &T : Transfers) {
      auto Old = Chk.findOverlap(State, T.base(), T.offset(), T.length(),
                                 /*ForRead=*/false);
      if (!Old)
        continue;
      if (Chk.ChecksEnabled[DmaChecker::CK_DoubleStart]) {
        if (ExplodedNode *N = C.generateErrorNode(State)) {
          std::string Msg = "DMA transfer on " + nameOf(T.named()) +
                            " started while an earlier transfer (" +
                            directionName(Old->second.direction()).str() +
                            ") on overlapping bytes is still in flight";
          Chk.reportOn(DmaChecker::CK_DoubleStart, Old->second, Msg, N, C,
                       CE->getSourceRange(), "starting it again");
        }
        return;
      }
      // Not reporting: the new transfer replaces the old one.
      State = removeTransfer(State, Old->first);
    }

    SmallVector<const MemRegion *, 2> Written;
    for (const InFlight &T : Transfers) {
      TransferId Id;
      State = addTransfer(State, T, Id);
      if (T.engineWrites())
        Written.push_back(T.base());
    }
    // The engine writes the buffer from now on: what the CPU knew of its
    // contents is gone (reading it after completion sees the device data).
    if (!Written.empty())
      State = State->invalidateRegions(Written, CE, C.blockCount(), LCtx,
                                       /*CausesPointerEscape=*/false);
    State = armCompletionFlags(State);

    // One note per buffer, chained so that each speaks for its own region.
    ExplodedNode *N = C.getPredecessor();
    for (const InFlight &T : Transfers) {
      N = C.addTransition(State, N, Chk.startNote(T, C));
      if (!N)
        return;
    }
    if (Transfers.empty())
      C.addTransition(State);
  }

  /// Completion flags of this API may be set by the interrupt at any time
  /// from now on: give each a fresh value and remember it.
  ProgramStateRef armCompletionFlags(ProgramStateRef State) {
    unsigned Family = Chk.familyId(FC.Api);
    SValBuilder &SVB = C.getSValBuilder();
    MemRegionManager &MRM = SVB.getRegionManager();
    for (const CompletionFlag &F : Chk.completionFlags(C.getASTContext())) {
      if (F.Scope.Family != Family && F.Scope.Family != AnyFamily)
        continue;
      QualType T = F.type();
      if (!T->isScalarType())
        continue;
      const MemRegion *Var = State->getLValue(F.Var, LCtx).getAsRegion();
      if (!Var)
        continue;
      // Tagged by the flag's region: two member flags of one global get
      // two symbols.
      const MemRegion *Flag = F.region(Var, MRM);
      SVal Fresh = SVB.conjureSymbolVal(Flag, CE, LCtx, T, C.blockCount());
      State = State->bindLoc(loc::MemRegionVal(Flag), Fresh, LCtx);
    }
    return State;
  }

  /// Arms \p Transfers: a channel has one source and one destination, so an
  /// armed transfer of the same direction on the same handle is replaced.
  ProgramStateRef arm(ProgramStateRef State, ArrayRef<InFlight> Transfers) {
    for (const InFlight &T : Transfers) {
      for (const auto &[Id, Old] : armedOf(State))
        if (Old.direction() == T.direction() &&
            sameHandle(State, Old.handle(), T.handle(), C) == Same::Yes)
          State = removeArmed(State, Id);
      State = addArmed(State, T);
    }
    return State;
  }

  /// The transfer in flight that makes this start fail, if its contract
  /// says a busy handle refuses (FailsWhenBusy).
  std::optional<InFlight> busyWith(ProgramStateRef State,
                                   ArrayRef<InFlight> Starting) const {
    if (FC.FailsWhenBusy == FunctionContract::BusyRule::None ||
        FC.Handle.K != HandleSpec::Kind::Param)
      return std::nullopt;
    SVal Handle = handleArg();
    for (const auto &[Id, T] : transfersOf(State)) {
      if (sameHandle(State, T.handle(), Handle, C) != Same::Yes)
        continue;
      if (FC.FailsWhenBusy == FunctionContract::BusyRule::Direction &&
          llvm::none_of(Starting, [&](const InFlight &New) {
            return New.direction() == T.direction();
          }))
        continue;
      return T;
    }
    return std::nullopt;
  }

  /// "fails: the transfer of 'x' is still in flight", for reports about it.
  const NoteTag *busyNote(const InFlight &Busy) {
    SymbolRef Key = Busy.key();
    std::string Text = "'" + FC.Name + "' fails: the DMA transfer (" +
                       directionName(Busy.direction()).str() + ") of " +
                       nameOf(Busy.named()) +
                       " on the same handle is still in flight";
    const DmaChecker &Checker = Chk;
    return C.getNoteTag(
        [&Checker, Key, Text](PathSensitiveBugReport &BR) -> std::string {
          if (!Checker.isDmaBugType(BR.getBugType()) || !BR.isInteresting(Key))
            return "";
          return Text;
        });
  }

  /// arm(), with a note per buffer for reports about it after the trigger.
  void armWithNotes(ProgramStateRef State, ArrayRef<InFlight> Transfers) {
    State = arm(State, Transfers);
    ExplodedNode *N = C.getPredecessor();
    for (const InFlight &T : Transfers) {
      N = C.addTransition(State, N,
                          Chk.startNote(T, C, "set up here, not started"));
      if (!N)
        return;
    }
    if (Transfers.empty())
      C.addTransition(State);
  }

  /// Moves the armed transfers \p Matches accepts into \p Run as starting
  /// at this call. One replaced by a buffer of \p Run (same direction) is
  /// dropped: the channel's address register now holds the new one.
  template <typename Pred>
  ProgramStateRef takeArmed(ProgramStateRef State,
                            SmallVectorImpl<InFlight> &Run, Pred Matches) {
    SmallVector<InFlight, 2> Taken;
    for (const auto &[Id, T] : armedOf(State)) {
      if (!Matches(T))
        continue;
      State = removeArmed(State, Id);
      bool Replaced = llvm::any_of(Run, [&](const InFlight &New) {
        return New.direction() == T.direction();
      });
      if (Replaced)
        continue;
      // The same key: the set-up note and the trigger's note both speak
      // for reports about this buffer.
      Taken.push_back(InFlight::start(T.base(), T.named(), T.offset(),
                                      T.length(), T.direction(),
                                      T.handleKind(), T.handle(), T.family(),
                                      CE, LCtx, T.scope(), T.key()));
    }
    Run.append(Taken.begin(), Taken.end());
    return State;
  }

  /// Whether channel \p Chan may be one of the bits of this call's mask.
  /// Only a mask known not to hold the bit excludes it: a symbolic mask
  /// (`1u << ctrl | 1u << data`) may start every armed channel.
  bool mayBeInMask(ProgramStateRef State, SVal Chan) const {
    if (FC.Handle.Param >= Call.getNumArgs())
      return false;
    SValBuilder &SVB = C.getSValBuilder();
    const llvm::APSInt *Mask =
        SVB.getKnownValue(State, Call.getArgSVal(FC.Handle.Param));
    if (!Mask)
      return true;
    if (Mask->isZero())
      return false;
    const llvm::APSInt *Bit = SVB.getKnownValue(State, Chan);
    if (!Bit)
      return true;
    if (Bit->isNegative() || Bit->getActiveBits() > 16 ||
        Bit->getZExtValue() >= Mask->getBitWidth())
      return false;
    return Mask->extractBitsAsZExtValue(1, Bit->getZExtValue()) != 0;
  }

  /// The device gives the buffers on \p Handle back to the CPU for now
  /// (Linux dma_sync_single_for_cpu): they stay set up on the handle.
  ProgramStateRef suspend(ProgramStateRef State, SVal Handle) {
    for (const auto &[Id, T] : transfersOf(State))
      if (sameHandle(State, T.handle(), Handle, C) == Same::Yes) {
        State = removeTransfer(State, Id);
        State = addArmed(State, T);
      }
    return State;
  }

  /// A wait or abort also tears down what is armed on its handle.
  ProgramStateRef dropArmed(ProgramStateRef State, SVal Handle) {
    for (const auto &[Id, T] : armedOf(State))
      if (sameHandle(State, T.handle(), Handle, C) != Same::No)
        State = removeArmed(State, Id);
    return State;
  }

  /// A blocking wait on a kernel object returned (k_sem_take == 0): the
  /// transfers of every API whose completion callback signals it are done.
  ProgramStateRef completeSignalled(ProgramStateRef State) {
    const Expr *Object = FC.Handle.Param < Call.getNumArgs()
                             ? Call.getArgExpr(FC.Handle.Param)
                             : nullptr;
    SmallVector<CompletionScope, 2> Scopes =
        Chk.scopesCompletedByWaitOn(Object, C.getASTContext());
    for (const auto &[Id, T] : transfersOf(State))
      if (llvm::any_of(Scopes,
                       [&](const CompletionScope &S) { return S.covers(T); }))
        State = removeTransfer(State, Id);
    return State;
  }

  /// "the transfer is still in flight" on the branch where a poll says so,
  /// for reports about one of the buffers it polls.
  const NoteTag *stillInFlightNote(ProgramStateRef State, SVal Handle) {
    SmallVector<SymbolRef, 2> Keys;
    std::string Names;
    for (const auto &[Id, T] : transfersOf(State))
      if (sameHandle(State, T.handle(), Handle, C) == Same::Yes) {
        Keys.push_back(T.key());
        Names = nameOf(T.named());
      }
    if (Keys.empty())
      return nullptr;
    std::string Text = "'" + FC.Name + "' reports the DMA transfer of " +
                       Names + " still in flight";
    const DmaChecker &Checker = Chk;
    return C.getNoteTag(
        [&Checker, Keys, Text](PathSensitiveBugReport &BR) -> std::string {
          if (!Checker.isDmaBugType(BR.getBugType()))
            return "";
          for (SymbolRef K : Keys)
            if (BR.isInteresting(K))
              return Text;
          return "";
        });
  }

  /// Removes the transfers on \p Handle: certainly the same handle, or (when
  /// \p DropUndecided) one the constraints cannot tell apart.
  ProgramStateRef complete(ProgramStateRef State, SVal Handle,
                           bool DropUndecided) {
    for (const auto &[Id, T] : transfersOf(State)) {
      Same S = sameHandle(State, T.handle(), Handle, C);
      if (S == Same::Yes || (S == Same::Unknown && DropUndecided))
        State = removeTransfer(State, Id);
    }
    return State;
  }

  const DmaChecker &Chk;
  const FunctionContract &FC;
  const CallEvent &Call;
  CheckerContext &C;
  const CallExpr *CE;
  const LocationContext *LCtx;
};

} // namespace

bool DmaChecker::evalCall(const CallEvent &Call, CheckerContext &C) const {
  if (ModelBroken || !isa_and_nonnull<CallExpr>(Call.getOriginExpr()))
    return false;
  const FunctionContract *Found = contractOf(Call);
  if (!Found)
    return false;
  // A completion callback is the interrupt's business; a direct call runs
  // its body like any other function.
  bool Models = llvm::any_of(Found->Roles, [](Role R) {
    return R != Role::CompletionCallback;
  });
  if (!Models)
    return false;
  // Later lookups may move cached contracts: work on a copy.
  FunctionContract FC = *Found;
  CallModel(*this, FC, Call, C).run();
  return true;
}

void DmaChecker::checkDeadSymbols(SymbolReaper &SR, CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  bool Changed = false;

  ExplodedNode *N = nullptr;
  for (const auto &[Id, T] : transfersOf(State)) {
    if (T.handleKind() != InFlight::HandleKind::Returned)
      continue;
    SymbolRef Sym = T.handle().getAsSymbol();
    if (!Sym || !SR.isDead(Sym))
      continue;
    State = removeTransfer(State, Id);
    Changed = true;
    if (!ChecksEnabled[CK_LostTransfer])
      continue;
    if (!N)
      N = C.generateNonFatalErrorNode(C.getState());
    if (!N)
      continue;
    reportOn(CK_LostTransfer, T,
             "Handle of the DMA transfer (" +
                 directionName(T.direction()).str() + ") of " +
                 nameOf(T.named()) +
                 " is lost while the transfer is in flight",
             N, C, {}, "dropping its handle", /*UniqueAtStart=*/true);
  }
  // A suspended mapping whose handle is gone can never be given back.
  for (const auto &[Id, T] : armedOf(State))
    if (SymbolRef Sym = T.handle().getAsSymbol())
      if (T.handleKind() == InFlight::HandleKind::Returned && SR.isDead(Sym)) {
        State = removeArmed(State, Id);
        Changed = true;
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
  // Stored in a local: still this function's to lose. Stored anywhere a
  // caller or an interrupt can reach (a global, the heap, a parameter's
  // pointee): the handle has escaped and is not lost when the frame ends.
  if (isa<StackLocalsSpaceRegion>(Target->getMemorySpace()))
    return;
  ProgramStateRef State = C.getState();
  bool Changed = false;
  for (const auto &[Id, T] : transfersOf(State))
    if (T.handleKind() == InFlight::HandleKind::Returned &&
        T.handle().getAsSymbol() == Sym) {
      State = replaceTransfer(
          State, Id, T.withHandleKind(InFlight::HandleKind::Argument));
      Changed = true;
    }
  if (Changed)
    C.addTransition(State);
}

ProgramStateRef DmaChecker::evalAssume(ProgramStateRef State, SVal Cond,
                                       bool Assumption) const {
  TransferMap Transfers = transfersOf(State);
  if (Transfers.isEmpty())
    return State;
  // The flag is recognised by its variable, not by the value armed at the
  // start: a call in between (HAL_Delay) may give it yet another value.
  ASTContext &Ctx = State->getStateManager().getContext();
  MemRegionManager &MRM = State->getStateManager().getRegionManager();
  ConstraintManager &CM = State->getConstraintManager();
  for (const CompletionFlag &F : completionFlags(Ctx)) {
    if (F.Var->isStaticLocal())
      continue;
    SVal V = State->getSVal(F.region(MRM.getVarRegion(F.Var, nullptr), MRM),
                            F.type());
    bool Set = false;
    if (auto CI = V.getAs<nonloc::ConcreteInt>())
      Set = CI->getValue() != 0;
    else if (SymbolRef Sym = V.getAsSymbol())
      Set = CM.isNull(State, Sym).isConstrainedFalse();
    if (!Set)
      continue;
    // The code saw the flag set: the interrupt ran, the transfers of its
    // API are complete.
    for (const auto &[Id, T] : transfersOf(State))
      if (F.Scope.covers(T))
        State = removeTransfer(State, Id);
  }
  return State;
}

void DmaChecker::printState(raw_ostream &Out, ProgramStateRef State,
                            const char *NL, const char *Sep) const {
  TransferMap Transfers = transfersOf(State);
  if (Transfers.isEmpty())
    return;
  Out << Sep << "DMA transfers in flight:" << NL;
  for (const auto &[Id, T] : Transfers) {
    Out << "  #" << Id << ' ';
    T.print(Out);
    Out << " api " << familyName(T.family()) << NL;
  }
}

} // namespace dmasafe
