//===- RegisterTransfers.cpp - DMA programmed by stores to its registers --===//
//
// The register blocks of a model (api/RegisterModel.h) turn stores into the
// transitions a vendor start's contract makes (DmaChecker.h):
//
//   CMAR = (uint32_t)buf    address register: buf is armed on the channel
//   CCR |= EN               start register:   what is armed runs (in flight)
//   CCR &= ~EN              stop register:    the channel's transfers end
//   while (!EVENTS_ENDTX)   status register:  the branch where it reads
//                                             nonzero completes them
//   while (CTRL & BUSY)     busy register:    the branch where its busy
//                                             bits read 0 completes them
//   while (h->State != RDY) ready member:     the branch where it reads
//                                             RDY completes the handle's
//
// The channel is the block instance the store goes through, as a value the
// constraint manager compares: the block's address when the code names it
// by a constant (`DMA1_Channel7`, `dma_hw->ch[c]`: the analyzer core folds
// member and element offsets of a constant address away, so they are added
// back here from the AST), or its region (a `DMA_Channel_TypeDef *ch`
// parameter); a named channel of a block (`channel: tx`) is that value plus
// its number. Addresses cast to integers lead back to their buffer. A
// direction read from a control register (CCR's DIR bit) is applied when
// the store that starts the channel shows it; until then writes are wrong
// either way and reads are taken to be fine.
//
// This is a modeling checker of its own (dmasafe.RegisterModeling) so that
// it can rebind the value a status register read yields: the core gives a
// load from a constant address no value, and a poll needs one to split on.
//
//===----------------------------------------------------------------------===//
#include "RegisterTransfers.h"
#include "CallModel.h"

#include "api/PolledHandles.h"
#include "api/UnknownCallees.h"
#include "api/RegisterModel.h"
#include "semantics/Transitions.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecordLayout.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"

using namespace clang;
using namespace ento;

namespace dmasafe {
namespace {

/// A status or busy register read on the path: the channel it reports on
/// (unknown for a controller-wide status register) and its API family.
struct StatusRead {
  SVal Channel; ///< unknown: every channel of the family
  unsigned Family = 0;
  /// A busy register's busy bits; 0 for a completion flag.
  uint64_t BusyBits = 0;
  /// A ready member's done value, and the direction it reports on.
  std::optional<uint64_t> ReadyValue;
  std::optional<Direction> ReadyDir;
  bool operator==(const StatusRead &O) const {
    return Channel == O.Channel && Family == O.Family &&
           BusyBits == O.BusyBits && ReadyValue == O.ReadyValue &&
           ReadyDir == O.ReadyDir;
  }
  void Profile(llvm::FoldingSetNodeID &ID) const {
    Channel.Profile(ID);
    ID.AddInteger(Family);
    ID.AddInteger(BusyBits);
    ID.AddInteger(ReadyValue.value_or(~0ull));
    ID.AddBoolean(ReadyValue.has_value());
    ID.AddInteger(ReadyDir ? static_cast<unsigned>(*ReadyDir) + 1 : 0);
  }
};

/// Whether the tested value \p Top (the read itself, or `read & MASK`)
/// shows what \p R reports on the branch where it is \p Zero: a flag
/// seen set, or busy bits seen clear (a mask that tests none of them says
/// nothing).
bool showsCompletion(const StatusRead &R, SymbolRef Top, SymbolRef Read,
                     bool Zero) {
  if (!R.BusyBits)
    return !Zero;
  if (!Zero)
    return false;
  if (Top == Read)
    return true;
  if (const auto *Masked = dyn_cast<SymIntExpr>(Top))
    return Masked->getOpcode() == BO_And && Masked->getLHS() == Read &&
           (compat::apsInt(Masked->getRHS()).getZExtValue() & R.BusyBits) !=
               0;
  return false;
}

/// \p State without the in-flight transfers of \p Family (of \p Dir only,
/// when set) on \p Handle, or on every handle when it is unknown. A handle
/// that may be the same one counts: when unsure, say nothing.
ProgramStateRef completeOn(ProgramStateRef State, SVal Handle, unsigned Family,
                           std::optional<Direction> Dir = std::nullopt) {
  // Also from evalAssume, without a CheckerContext: the state's own builder.
  SValBuilder &SVB = State->getStateManager().getSValBuilder();
  for (const auto &[Key, T] : transfersOf(State))
    if (T.isInFlight() && T.family() == Family &&
        (!Dir || T.direction() == *Dir) &&
        (Handle.isUnknown() ||
         compareHandles(State, T.handle(), Handle, SVB) != HandleMatch::Different))
      State = removeTransfer(State, Key);
  return State;
}

} // namespace
} // namespace dmasafe

REGISTER_MAP_WITH_PROGRAMSTATE(DmaStatusReads, clang::ento::SymbolRef,
                               dmasafe::StatusRead)

namespace dmasafe {
namespace {

QualType handleType(ASTContext &Ctx) { return Ctx.UnsignedLongLongTy; }

/// The value of \p E now: from the environment, or rebuilt from a constant
/// or a variable (the environment need not hold an operand's operands).
SVal valueOf(const Expr *E, CheckerContext &C) {
  SVal V = C.getSVal(E);
  if (!V.isUnknownOrUndef())
    return V;
  Expr::EvalResult R;
  if (E->EvaluateAsInt(R, C.getASTContext()))
    return C.getSValBuilder().makeIntVal(R.Val.getInt());
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
      ProgramStateRef State = C.getState();
      return State->getSVal(State->getLValue(VD, C.getLocationContext()),
                            E->getType());
    }
  return UnknownVal();
}

/// Byte offset from the root pointer of \p E (an lvalue of a block reached
/// through members and elements of what a constant pointer points to) to
/// the block, as a value; none when an index is unknown.
std::optional<SVal> offsetFromRoot(const Expr *E, CheckerContext &C) {
  ASTContext &Ctx = C.getASTContext();
  SValBuilder &SVB = C.getSValBuilder();
  QualType T = handleType(Ctx);
  SVal Sum = SVB.makeIntVal(0, T);
  ProgramStateRef State = C.getState();
  auto Add = [&](SVal V) {
    Sum = SVB.evalBinOp(State, BO_Add, Sum, V, T);
  };
  const Expr *Cur = E->IgnoreParens();
  while (true) {
    if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(Cur)) {
      SVal Idx = valueOf(ASE->getIdx(), C);
      if (Idx.isUnknownOrUndef())
        return std::nullopt;
      Idx = SVB.evalCast(Idx, T, ASE->getIdx()->getType());
      uint64_t Size =
          Ctx.getTypeSizeInChars(ASE->getType()).getQuantity();
      Add(SVB.evalBinOp(State, BO_Mul, Idx, SVB.makeIntVal(Size, T), T));
      Cur = ASE->getBase()->IgnoreParenImpCasts();
      continue;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(Cur)) {
      const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
      if (!FD)
        return std::nullopt;
      const ASTRecordLayout &L = Ctx.getASTRecordLayout(FD->getParent());
      Add(SVB.makeIntVal(L.getFieldOffset(FD->getFieldIndex()) / 8, T));
      if (ME->isArrow())
        return Sum;
      Cur = ME->getBase()->IgnoreParens();
      continue;
    }
    // The block itself is what the root pointer points to (`*p`, `p[0]`).
    if (const auto *UO = dyn_cast<UnaryOperator>(Cur))
      if (UO->getOpcode() == UO_Deref)
        return Sum;
    return std::nullopt;
  }
}

/// The number of \p Channel among the block's named channels (0: none).
unsigned channelNumber(const RegisterBlock &B, llvm::StringRef Channel) {
  if (Channel.empty())
    return 0;
  llvm::SmallVector<llvm::StringRef, 4> Names;
  for (const AddressRegister &A : B.Addresses)
    if (!A.Channel.empty() && !llvm::is_contained(Names, A.Channel))
      Names.push_back(A.Channel);
  auto It = llvm::find(Names, Channel);
  return It == Names.end() ? Names.size() + 1 : It - Names.begin() + 1;
}

/// The channels a register without a channel name acts on: all of the
/// block's named channels and the block itself.
llvm::SmallVector<llvm::StringRef, 4> channelsActedOn(const RegisterBlock &B,
                                                      llvm::StringRef Channel) {
  llvm::SmallVector<llvm::StringRef, 4> Out{Channel};
  if (!Channel.empty())
    return Out;
  for (const AddressRegister &A : B.Addresses)
    if (!A.Channel.empty() && !llvm::is_contained(Out, A.Channel))
      Out.push_back(A.Channel);
  return Out;
}

} // namespace

/// The bits a store leaves set (`=` of a known value, `|=` of a known
/// mask), and those it leaves clear (`=` of a known value, `&=` of a known
/// mask); none when the store does not say.
struct StoredBits {
  std::optional<uint64_t> Set, Clear;
};

std::optional<SVal> channelHandle(const RegisterAccess &A, SVal RegisterLoc,
                                  llvm::StringRef Channel, CheckerContext &C) {
  ASTContext &Ctx = C.getASTContext();
  SValBuilder &SVB = C.getSValBuilder();
  QualType T = handleType(Ctx);
  unsigned Number = channelNumber(*A.Block, Channel);
  if (auto CI = RegisterLoc.getAs<loc::ConcreteInt>()) {
    // A constant address: the core folded every offset into the root.
    llvm::APSInt Root(64, /*isUnsigned=*/true);
    Root = compat::apsInt(CI->getValue()).extOrTrunc(64);
    SVal Handle = SVB.makeIntVal(Root);
    if (!A.IsPointer) {
      std::optional<SVal> Off = offsetFromRoot(A.BlockExpr, C);
      if (!Off)
        return std::nullopt;
      Handle = SVB.evalBinOp(C.getState(), BO_Add, Handle, *Off, T);
    }
    if (Number)
      Handle = SVB.evalBinOp(C.getState(), BO_Add, Handle,
                             SVB.makeIntVal(Number, T), T);
    return Handle;
  }
  const MemRegion *R = RegisterLoc.getAsRegion();
  for (unsigned I = 0; R && I < A.Steps; ++I) {
    const auto *SR = dyn_cast<SubRegion>(R);
    R = SR ? SR->getSuperRegion() : nullptr;
  }
  const auto *Block = dyn_cast_or_null<SubRegion>(R);
  if (!Block)
    return std::nullopt;
  if (!Number)
    return loc::MemRegionVal(Block);
  MemRegionManager &MRM = SVB.getRegionManager();
  return loc::MemRegionVal(MRM.getElementRegion(
      Ctx.CharTy, SVB.makeArrayIndex(Number), Block, Ctx));
}

namespace {

StoredBits storedBits(const BinaryOperator *BO, SVal Val, CheckerContext &C) {
  StoredBits Out;
  auto Known = [&](SVal V) -> std::optional<uint64_t> {
    if (const llvm::APSInt *I = C.getSValBuilder().getKnownValue(C.getState(), V))
      return I->extOrTrunc(64).getZExtValue();
    return std::nullopt;
  };
  switch (BO->getOpcode()) {
  case BO_Assign:
    if (auto V = Known(Val)) {
      Out.Set = *V;
      Out.Clear = ~*V;
    } else if (Val.getAs<nonloc::LocAsInteger>() || Val.getAs<Loc>()) {
      Out.Set = ~0ull; // an address: nonzero
    }
    break;
  case BO_OrAssign:
    Out.Set = Known(valueOf(BO->getRHS(), C));
    break;
  case BO_AndAssign:
    if (auto M = Known(valueOf(BO->getRHS(), C)))
      Out.Clear = ~*M;
    break;
  default:
    break;
  }
  return Out;
}

bool starts(const ControlRegister &R, const StoredBits &B) {
  if (!B.Set)
    return false;
  return R.Bits ? (*B.Set & *R.Bits) == *R.Bits : *B.Set != 0;
}

bool stops(const ControlRegister &R, const StoredBits &B) {
  if (R.Bits)
    return B.Clear && (*B.Clear & *R.Bits) == *R.Bits;
  return B.Set && *B.Set != 0;
}

const void *addressTag(unsigned I) {
  static const char Tags[16] = {};
  return &Tags[std::min<unsigned>(I, std::size(Tags) - 1)];
}

} // namespace

ExplodedNode *RegisterTransfers::armAddress(const RegisterAccess &A,
                                            const AddressRegister &AR,
                                            SVal Handle, SVal Val,
                                            const Stmt *S,
                                            CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  BufferRef Ref = describeRegion(regionOfValue(Val));
  if (!Ref.Base || isDeviceMemory(Ref.Region))
    return nullptr;
  if (AR.RequiresRam &&
      isUntestedLikelyFlash(Ref.Base, State, C.getASTContext()) &&
      Chk->ChecksEnabled[DmaChecker::CK_UnfitStorage])
    if (ExplodedNode *N = C.generateNonFatalErrorNode()) {
      auto R = std::make_unique<PathSensitiveBugReport>(
          *Chk->BugTypes[DmaChecker::CK_UnfitStorage],
          analyzerText(text::registerNeedsRam(nameOf(Ref.Region), AR.Member,
                                              A.Block->Type)),
          N);
      R->addRange(S->getSourceRange());
      C.emitReport(std::move(R));
      return nullptr;
    }
  OwnedBytes Bytes = ownedBytesAt(Ref);
  // The length register counts items of a size another register holds:
  // the buffer from the address on.
  Direction Dir = AR.Dir.value_or(Direction::ToDevice);
  unsigned Family = Chk->familyId(A.Block->Api);
  unsigned Index = &AR - A.Block->Addresses.data();
  SymbolRef Key = compat::conjureSymbol(C, S, C.getASTContext().IntTy,
                                        C.blockCount(), addressTag(Index));
  TransferState T = TransferState::armed(
      Bytes, Dir, TransferState::HandleKind::Argument, Handle, Family);
  // One address per register: what this register held before is gone.
  SValBuilder &SVB = C.getSValBuilder();
  for (const auto &[OldKey, Old] : transfersOf(State))
    if (Old.isArmed() && Old.direction() == Dir && Old.family() == Family &&
        compareHandles(State, Old.handle(), Handle, SVB) == HandleMatch::Same)
      State = removeTransfer(State, OldKey);
  State = setTransfer(State, Key, T);
  return C.addTransition(
      State, Chk->startNote(Key, T, C, "set up here, not started"));
}

void RegisterTransfers::startChannel(const RegisterAccess &A, SVal Handle,
                                     const StoredBits &Bits,
                                     llvm::StringRef Member, const Stmt *S,
                                     CheckerContext &C,
                                     ExplodedNode *Pred) const {
  if (!Pred)
    Pred = C.getPredecessor();
  ProgramStateRef State = Pred->getState();
  SValBuilder &SVB = C.getSValBuilder();
  unsigned Family = Chk->familyId(A.Block->Api);
  // The direction the control value shows, for addresses that read it.
  std::optional<Direction> Shown;
  for (const AddressRegister &AR : A.Block->Addresses)
    if (AR.DirFrom && AR.DirFrom->Member == Member && Bits.Set)
      for (const auto &[V, D] : AR.DirFrom->Values)
        if ((*Bits.Set & AR.DirFrom->Mask) == V &&
            ((*Bits.Set | Bits.Clear.value_or(0)) & AR.DirFrom->Mask) ==
                AR.DirFrom->Mask)
          Shown = D;
  llvm::SmallVector<std::pair<SymbolRef, TransferState>, 2> Run;
  for (const auto &[Key, T] : transfersOf(State))
    if (T.isArmed() && T.family() == Family &&
        compareHandles(State, T.handle(), Handle, SVB) == HandleMatch::Same)
      Run.push_back({Key, T});
  if (Run.empty())
    return;
  llvm::SmallVector<const MemRegion *, 2> Written;
  for (auto &[Key, T] : Run) {
    State = removeTransfer(State, Key);
    if (Shown)
      T = TransferState::armed(T.bytes(), *Shown, T.handleKind(), T.handle(),
                               T.family());
    if (auto Old = Chk->findOverlap(State, T.base(), T.offset(), T.length(),
                                    /*ForRead=*/false)) {
      if (Chk->ChecksEnabled[DmaChecker::CK_DoubleStart])
        if (ExplodedNode *Err = compat::generateErrorNode(C, State, Pred, this)) {
          Chk->reportOn(
              DmaChecker::CK_DoubleStart, Old->first, Old->second,
              text::doubleStart(nameOf(T.named()), Old->second.direction()),
              Err, C, S->getSourceRange(), "starting it again");
          return;
        }
      State = removeTransfer(State, Old->first);
    }
    if (T.engineWrites())
      Written.push_back(T.base());
  }
  for (const auto &[Key, T] : Run)
    State = setTransfer(State, Key, T.toInFlight());
  if (!Written.empty())
    State = compat::invalidate(State, Written, C, cast<Expr>(S), C.blockCount(),
                               /*CausesPointerEscape=*/false);
  State = armCompletionFlags(*Chk, A.Block->Api, {}, State, cast<Expr>(S), C);
  for (const auto &[Key, T] : Run) {
    Pred = C.addTransition(State, Pred, Chk->startNote(Key, T, C));
    if (!Pred)
      return;
  }
}

ProgramStateRef RegisterTransfers::endChannel(ProgramStateRef State,
                                              SVal Handle, unsigned Family,
                                              CheckerContext &C) const {
  SValBuilder &SVB = C.getSValBuilder();
  for (const auto &[Key, T] : transfersOf(State))
    if (T.family() == Family &&
        (Handle.isUnknown() ||
         compareHandles(State, T.handle(), Handle, SVB) != HandleMatch::Different))
      State = removeTransfer(State, Key);
  return State;
}

void RegisterTransfers::checkBind(SVal Loc, SVal Val, const Stmt *S,
                                  CheckerContext &C) const {
  Chk->Api.loadUsedModels(C.getASTContext().Idents);
  const std::vector<RegisterBlock> &Blocks = Chk->Api.registerBlocks();
  const auto *BO = dyn_cast_or_null<BinaryOperator>(S);
  if (Blocks.empty() || !BO || !BO->isAssignmentOp())
    return;
  std::optional<RegisterAccess> A = registerAccessOf(BO->getLHS(), Blocks);
  if (!A)
    return;
  const RegisterBlock &B = *A->Block;
  StoredBits Bits = storedBits(BO, Val, C);
  if (const AddressRegister *AR = findAddress(B, A->Member)) {
    if (auto H = channelHandle(*A, Loc, AR->Channel, C)) {
      ExplodedNode *Armed = armAddress(*A, *AR, *H, Val, S, C);
      if (Armed && AR->Triggers && Bits.Set && *Bits.Set)
        startChannel(*A, *H, Bits, A->Member, S, C, Armed);
    }
    return;
  }
  if (const ControlRegister *R = findControl(B.Starts, A->Member);
      R && starts(*R, Bits)) {
    if (auto H = channelHandle(*A, Loc, R->Channel, C))
      startChannel(*A, *H, Bits, A->Member, S, C);
    return;
  }
  if (const ControlRegister *R = findControl(B.Stops, A->Member);
      R && stops(*R, Bits)) {
    ProgramStateRef State = C.getState(), Ended = State;
    for (llvm::StringRef Ch : channelsActedOn(B, R->Channel))
      if (auto H = channelHandle(*A, Loc, Ch, C))
        Ended = endChannel(Ended, *H, Chk->familyId(B.Api), C);
    if (Ended != State)
      C.addTransition(Ended);
  }
}

namespace {

/// Binds a fresh value to the read \p E, so that a polling loop can end,
/// and remembers what it reports on.
void bindStatusRead(const Expr *E, const StatusRead &Read, CheckerContext &C) {
  SVal V = compat::conjureValue(C, nullptr, E, E->getType(), C.blockCount());
  SymbolRef Sym = V.getAsSymbol();
  if (!Sym)
    return;
  ProgramStateRef State = C.getState()->BindExpr(E, C.getLocationContext(), V);
  C.addTransition(State->set<DmaStatusReads>(Sym, Read));
}

/// A read of a handle's ready member (`hspi1.State`, `h->State`, or `*p`
/// after `p = &h->State`), found from the region read, so that a pointer
/// to the member leads back to its handle as well.
std::optional<StatusRead> readyMemberRead(const Expr *Lvalue,
                                          const std::vector<RegisterBlock> &Blocks,
                                          const DmaChecker &Chk,
                                          CheckerContext &C) {
  const auto *FR = dyn_cast_or_null<FieldRegion>(C.getSVal(Lvalue).getAsRegion());
  if (!FR)
    return std::nullopt;
  const RegisterBlock *B = nullptr;
  const ControlRegister *Ready = readyMemberOf(FR->getDecl(), Blocks, B);
  if (!Ready)
    return std::nullopt;
  StatusRead Read;
  // `h->State` reaches the handle through element 0 of h's region on
  // LLVM 16+; the handle a start was given is h itself.
  Read.Channel = loc::MemRegionVal(FR->getSuperRegion()->StripCasts());
  Read.Family = Chk.familyId(B->Api);
  Read.ReadyValue = Ready->Equals;
  Read.ReadyDir = Ready->Dir;
  return Read;
}

} // namespace

void RegisterTransfers::checkPostStmt(const ImplicitCastExpr *E,
                                      CheckerContext &C) const {
  if (E->getCastKind() != CK_LValueToRValue ||
      !E->getType()->isIntegerType())
    return;
  Chk->Api.loadUsedModels(C.getASTContext().Idents);
  const std::vector<RegisterBlock> &Blocks = Chk->Api.registerBlocks();
  const Expr *Sub = E->getSubExpr()->IgnoreParens();
  if (Blocks.empty() || !anyInFlight(C.getState()))
    return;
  if (std::optional<StatusRead> Ready = readyMemberRead(Sub, Blocks, *Chk, C)) {
    bindStatusRead(E, *Ready, C);
    return;
  }
  if (!isa<MemberExpr>(Sub))
    return;
  std::optional<RegisterAccess> A = registerAccessOf(Sub, Blocks);
  if (!A)
    return;
  const ControlRegister *R = findControl(A->Block->Status, A->Member);
  const ControlRegister *Busy = findControl(A->Block->Busy, A->Member);
  if (!R)
    R = Busy;
  if (!R)
    return;
  // A status register of a block with address registers reports on its
  // channel; a controller-wide one (ISR, ints0) on every channel.
  // One without a channel on a block with channels: every channel.
  StatusRead Read;
  Read.Family = Chk->familyId(A->Block->Api);
  Read.BusyBits = R == Busy ? Busy->Bits.value_or(0) : 0;
  Read.Channel = UnknownVal();
  if (!A->Block->Addresses.empty() &&
      channelsActedOn(*A->Block, R->Channel).size() == 1)
    if (auto H = channelHandle(*A, C.getSVal(Sub), R->Channel, C))
      Read.Channel = *H;
  bindStatusRead(E, Read, C);
}

/// The transfers of a handle whose ready member \p Top (or a test of it)
/// now certainly reads its done value are complete.
static ProgramStateRef completeReadyHandles(ProgramStateRef State,
                                            SymbolRef Top,
                                            DmaStatusReadsTy Reads) {
  SValBuilder &SVB = State->getStateManager().getSValBuilder();
  for (SymbolRef S : compat::symbolsOf(Top)) {
    const StatusRead *R = Reads.lookup(S);
    if (!R || !R->ReadyValue)
      continue;
    const llvm::APSInt *Value = SVB.getKnownValue(State, nonloc::SymbolVal(S));
    if (Value && Value->getExtValue() == static_cast<int64_t>(*R->ReadyValue))
      State = completeOn(State, R->Channel, R->Family, R->ReadyDir);
  }
  return State;
}

ProgramStateRef RegisterTransfers::evalAssume(ProgramStateRef State, SVal Cond,
                                              bool Assumption) const {
  auto Reads = State->get<DmaStatusReads>();
  if (Reads.isEmpty())
    return State;
  // `status` or `status & MASK` (compared with 0, or alone): the branch
  // where it is certainly nonzero saw the completion; for a busy register,
  // the branch where its busy bits are certainly 0.
  SymbolRef Top = Cond.getAsSymbol();
  if (!Top)
    return State;
  State = completeReadyHandles(State, Top, Reads);
  if (const auto *SIE = dyn_cast<SymIntExpr>(Top))
    if ((SIE->getOpcode() == BO_NE || SIE->getOpcode() == BO_EQ) &&
        compat::apsInt(SIE->getRHS()) == 0)
      Top = SIE->getLHS();
  ConstraintManager &CM = State->getConstraintManager();
  ConditionTruthVal Null = CM.isNull(State, Top);
  if (!Null.isConstrainedFalse() && !Null.isConstrainedTrue())
    return State;
  for (SymbolRef S : compat::symbolsOf(Top)) {
    const StatusRead *R = Reads.lookup(S);
    if (!R || R->ReadyValue ||
        !showsCompletion(*R, Top, S, Null.isConstrainedTrue()))
      continue;
    State = completeOn(State, R->Channel, R->Family);
  }
  return State;
}

void RegisterTransfers::checkPostCall(const CallEvent &Call,
                                      CheckerContext &C) const {
  if (C.wasInlined)
    return;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  const FunctionDecl *Def = nullptr;
  if (!FD || Chk->Api.lookup(FD))
    return;
  ProgramStateRef State = C.getState();
  if (!anyInFlight(State))
    return;
  if (!FD->hasBody(Def)) {
    if (ProgramStateRef Done = givenToUnknownCallee(Call, FD, State, C);
        Done != State)
      C.addTransition(Done);
    return;
  }
  auto [It, New] = PolledBy.try_emplace(Def);
  if (New)
    It->second = handlesPolledBy(Def, Chk->Api);
  ProgramStateRef Done = State;
  for (const PolledHandle &P : It->second) {
    if (P.Param >= Call.getNumArgs())
      continue;
    SVal Handle = Call.getArgSVal(P.Param);
    if (P.Member) {
      // The member as the caller's state holds it now.
      if (!Handle.getAs<Loc>())
        continue;
      SVal Where = Done->getLValue(P.Member, Handle);
      if (!Where.getAs<Loc>())
        continue;
      Handle = Done->getSVal(Where.castAs<Loc>(), P.Member->getType());
    }
    Done = completeOn(Done, Handle, Chk->familyId(P.Api), P.Dir);
  }
  if (Done != State)
    C.addTransition(Done);
}

ProgramStateRef
RegisterTransfers::givenToUnknownCallee(const CallEvent &Call,
                                        const FunctionDecl *FD,
                                        ProgramStateRef State,
                                        CheckerContext &C) const {
  SValBuilder &SVB = C.getSValBuilder();
  for (unsigned I = 0, N = Call.getNumArgs(); I < N; ++I) {
    SVal Arg = Call.getArgSVal(I);
    // A constant is no handle of the caller's: `delay_ms(3)` does not
    // name DMA channel 3.
    if (Arg.isUnknownOrUndef() || Arg.getAs<nonloc::ConcreteInt>() ||
        Arg.getAs<loc::ConcreteInt>())
      continue;
    for (const auto &[Key, T] : transfersOf(State)) {
      std::optional<SVal> Handle = T.handleArgument();
      if (T.isInFlight() && Handle &&
          compareHandles(State, *Handle, Arg, SVB) == HandleMatch::Same &&
          mayCompleteGivenHandle(FD, Chk->familyName(T.family()), Chk->Api))
        State = removeTransfer(State, Key);
    }
  }
  return State;
}

void RegisterTransfers::checkDeadSymbols(SymbolReaper &SR,
                                         CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  bool Changed = false;
  for (const auto &[Sym, R] : State->get<DmaStatusReads>())
    if (SR.isDead(Sym)) {
      State = State->remove<DmaStatusReads>(Sym);
      Changed = true;
    }
  if (Changed)
    C.addTransition(State);
}

bool isDeviceMemory(const MemRegion *R) {
  // A volatile member (or an element of one) of an object reached through
  // a pointer: a register of a peripheral's block (`&pio->txf[sm]`,
  // `&hi2c->Instance->DR`), the device end of a transfer, never a buffer.
  // A volatile variable of the program's own (`volatile uint8_t rx[64]`)
  // stays a buffer.
  bool VolatileMember = false;
  for (const MemRegion *Cur = R; Cur;) {
    if (const auto *FR = dyn_cast<FieldRegion>(Cur)) {
      QualType T = FR->getDecl()->getType();
      VolatileMember |= T.isVolatileQualified() ||
                        FR->getDecl()
                            ->getASTContext()
                            .getBaseElementType(T)
                            .isVolatileQualified();
    }
    if (isa<SymbolicRegion>(Cur))
      return VolatileMember;
    const auto *SR = dyn_cast<SubRegion>(Cur);
    if (!SR)
      break;
    Cur = SR->getSuperRegion();
  }
  return false;
}

} // namespace dmasafe
