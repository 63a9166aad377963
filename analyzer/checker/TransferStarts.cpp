//===- TransferStarts.cpp - Start, arm and trigger: buffers the engine takes ===//
//
// A start hands its buffers to the engine (in flight) or, when its trigger
// argument is zero, only sets them up on the handle (armed); an arm sets
// them up; a trigger runs what is armed on its handle. Each buffer is one
// entry of the state, keyed by a symbol conjured for it at the call.
//
//===----------------------------------------------------------------------===//
#include "CallModel.h"
#include "RegisterTransfers.h"

#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SymbolManager.h"

using namespace clang;
using namespace ento;

namespace dmasafe {
namespace {

/// A volatile scalar object: a peripheral register, never a DMA buffer.
bool isDeviceRegister(const MemRegion *R) {
  const auto *TR = dyn_cast_or_null<TypedValueRegion>(R);
  if (!TR)
    return false;
  QualType T = TR->getValueType();
  return T.isVolatileQualified() && T->isScalarType();
}

/// The tag of the symbol of a call's \p I-th buffer: stable, unlike the
/// address of the contract's buffer entry (the call site alone decides it).
const void *bufferTag(unsigned I) {
  static const char Tags[32] = {};
  return &Tags[std::min<unsigned>(I, std::size(Tags) - 1)];
}

Direction directionOf(const ModelledCall &M, const BufferParam &B,
                      ProgramStateRef State) {
  if (!B.DirFromArg)
    return B.Dir;
  // Unknown direction: writes are wrong either way, reads may be fine.
  return directionAtCall(*B.DirFromArg, M.Call, State, M.C)
      .value_or(Direction::ToDevice);
}

std::optional<int64_t> objectSize(QualType PtrTy, ASTContext &Ctx) {
  if (!PtrTy->isPointerType())
    return std::nullopt;
  QualType T = PtrTy->getPointeeType();
  if (!T->isRecordType() || T->isIncompleteType())
    return std::nullopt;
  return Ctx.getTypeSizeInChars(T).getQuantity();
}

/// The bytes from \p Ref to the end of the array member it points into
/// (`s->data`, `&sensors[k].data[3]`): a transfer of no known length into
/// a member stays in that member. None when \p Ref is in no array member
/// or an offset is symbolic.
std::optional<int64_t> bytesToEndOfMember(const BufferRef &Ref,
                                          ASTContext &Ctx) {
  const MemRegion *R = Ref.Region;
  if (const auto *ER = dyn_cast_or_null<ElementRegion>(R))
    R = ER->getSuperRegion();
  const auto *FR = dyn_cast_or_null<FieldRegion>(R);
  if (!FR || !Ref.Offset || !FR->getDecl()->getType()->isConstantArrayType())
    return std::nullopt;
  RegionOffset RO = FR->getAsOffset();
  if (!RO.isValid() || RO.hasSymbolicOffset() || RO.getRegion() != Ref.Base)
    return std::nullopt;
  int64_t End = RO.getOffset() / 8 +
                Ctx.getTypeSizeInChars(FR->getDecl()->getType()).getQuantity();
  if (End <= *Ref.Offset)
    return std::nullopt;
  return End - *Ref.Offset;
}

/// Puts \p Transfers in flight, after reporting a start on bytes already in
/// flight. One note per buffer, chained so that each speaks for its own.
void runTransfers(ModelledCall &M, ProgramStateRef State,
                  ArrayRef<NewTransfer> Transfers) {
  CheckerContext &C = M.C;
  for (const NewTransfer &N : Transfers) {
    auto Old = M.Chk.findOverlap(State, N.T.base(), N.T.offset(),
                                 N.T.length(), /*ForRead=*/false,
                                 /*Region=*/nullptr, &N.T.row());
    if (!Old)
      continue;
    if (M.Chk.ChecksEnabled[DmaChecker::CK_DoubleStart]) {
      if (ExplodedNode *Err = C.generateErrorNode(State)) {
        std::string Msg =
            text::doubleStart(nameOf(N.T.named()), Old->second.direction());
        M.Chk.reportOn(DmaChecker::CK_DoubleStart, Old->first, Old->second,
                       Msg, Err, C, M.CE->getSourceRange(),
                       "starting it again");
      }
      return;
    }
    // Not reporting: the new transfer replaces the old one.
    State = removeTransfer(State, Old->first);
  }
  for (const NewTransfer &N : Transfers)
    State = setTransfer(State, N.Key, N.T.toInFlight());

  ExplodedNode *Pred = C.getPredecessor();
  for (const NewTransfer &N : Transfers) {
    Pred = C.addTransition(State, Pred, M.Chk.startNote(N.Key, N.T, C));
    if (!Pred)
      return;
  }
  if (Transfers.empty())
    C.addTransition(State);
}

/// Arms \p Transfers, with a note per buffer for reports about it after
/// the trigger. A channel has one source and one destination, so an armed
/// transfer of the same direction on the same handle is replaced.
void armTransfers(ModelledCall &M, ProgramStateRef State,
                  ArrayRef<NewTransfer> Transfers) {
  for (const NewTransfer &N : Transfers) {
    for (const auto &[Key, Old] : transfersOf(State))
      if (Old.isArmed() && Old.direction() == N.T.direction() &&
          M.sameHandle(State, Old.handle(), N.T.handle()) == HandleMatch::Same)
        State = removeTransfer(State, Key);
    State = setTransfer(State, N.Key, N.T.toArmed());
  }
  ExplodedNode *Pred = M.C.getPredecessor();
  for (const NewTransfer &N : Transfers) {
    Pred = M.C.addTransition(
        State, Pred, M.Chk.startNote(N.Key, N.T, M.C, "set up here, not started"));
    if (!Pred)
      return;
  }
  if (Transfers.empty())
    M.C.addTransition(State);
}

/// Moves the armed transfers \p Matches accepts into \p Run. One replaced
/// by a buffer of \p Run (same direction) is dropped: the channel's address
/// register now holds the new one.
template <typename Pred>
ProgramStateRef takeArmed(ProgramStateRef State,
                          SmallVectorImpl<NewTransfer> &Run, Pred Matches) {
  SmallVector<NewTransfer, 2> Taken;
  for (const auto &[Key, T] : transfersOf(State)) {
    if (!T.isArmed() || !Matches(T))
      continue;
    State = removeTransfer(State, Key);
    bool Replaced = llvm::any_of(Run, [&](const NewTransfer &New) {
      return New.T.direction() == T.direction();
    });
    // Otherwise the same key: the set-up note and the trigger's note both
    // speak for reports about this buffer.
    if (!Replaced)
      Taken.push_back({Key, T});
  }
  Run.append(Taken.begin(), Taken.end());
  return State;
}

/// Whether channel \p Chan may be one of the bits of this call's mask.
/// Only a mask known not to hold the bit excludes it: a symbolic mask
/// (`1u << ctrl | 1u << data`) may start every armed channel.
bool mayBeInMask(const ModelledCall &M, ProgramStateRef State, SVal Chan) {
  if (M.FC.Handle.Param >= M.Call.getNumArgs())
    return false;
  SValBuilder &SVB = M.C.getSValBuilder();
  const llvm::APSInt *Mask =
      SVB.getKnownValue(State, M.Call.getArgSVal(M.FC.Handle.Param));
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

} // namespace

void collectTransfers(ModelledCall &M, ProgramStateRef State) {
  const FunctionContract &FC = M.FC;
  const CallEvent &Call = M.Call;
  CheckerContext &C = M.C;
  unsigned Family = M.Chk.familyId(FC.Api);
  std::optional<SVal> FirstBuffer;
  for (unsigned I = 0; I < FC.Buffers.size(); ++I) {
    const BufferParam &B = FC.Buffers[I];
    if (B.Param >= Call.getNumArgs())
      continue;
    BufferRef Ref = describeRegion(bufferRegion(B, Call, State, C));
    // A memory-mapped register (`volatile uint32_t DR`) is the device end
    // of the transfer, not a buffer.
    if (isDeviceRegister(Ref.Region) || isDeviceMemory(Ref.Region))
      continue;
    // A null, integer or unknown buffer: nothing the checker can follow.
    if (!Ref.Base ||
        (isa<SymbolicRegion>(Ref.Base) &&
         State->isNull(loc::MemRegionVal(Ref.Base)).isConstrainedTrue()))
      continue;
    std::optional<int64_t> Len = transferLength(B, Call, State, C);
    if (Len && *Len == 0)
      continue;
    // No length, but a pointer to a struct (ESP-IDF's spi_transaction_t):
    // the engine owns that object, not the rest of the array it sits in.
    if (!Len && B.Field.empty())
      Len = objectSize(Call.getArgExpr(B.Param)->getType(), C.getASTContext());
    if (!Len)
      Len = bytesToEndOfMember(Ref, C.getASTContext());
    OwnedBytes Bytes = ownedBytesAt(Ref);
    // An unknown start: the whole region, or one element of an array that
    // the path may tell apart from the others (UnknownRows.h).
    Bytes.Length = Ref.Offset ? Len : std::nullopt;
    if (!Ref.Offset)
      Bytes.Row = unknownRowOf(Ref.Region, Len, C.getASTContext());
    SVal BufferValue = loc::MemRegionVal(Ref.Region);
    if (!FirstBuffer)
      FirstBuffer = BufferValue;
    auto HK = TransferState::HandleKind::Buffer;
    SVal Handle = *FirstBuffer;
    if (FC.Handle.K == HandleSpec::Kind::Param) {
      HK = TransferState::HandleKind::Argument;
      Handle = M.handleArg();
    }
    SymbolRef Key = compat::conjureSymbol(C, M.CE, C.getASTContext().IntTy,
                                          C.blockCount(), bufferTag(I));
    M.Handed.push_back(
        {Key, TransferState::inFlight(Bytes, directionOf(M, B, State), HK,
                                      Handle, Family)});
  }
}

/// The member array or struct (`s->data`, `sensors[2].data`) that holds all
/// the bytes \p T owns, when there is one at a known offset: the engine
/// writes it alone, and the rest of its object keeps its values (a
/// sensor's `type`, which the caller tested). Null: the whole base region.
const MemRegion *memberWritten(const TransferState &T, ASTContext &Ctx) {
  const auto *Named = dyn_cast_or_null<TypedValueRegion>(T.named());
  if (!Named || Named == T.base() || Named->getBaseRegion() != T.base() ||
      !T.length())
    return nullptr;
  QualType Ty = Named->getValueType();
  if (!(Ty->isArrayType() || Ty->isRecordType()) || Ty->isIncompleteType())
    return nullptr;
  RegionOffset RO = Named->getAsOffset();
  if (!RO.isValid() || RO.hasSymbolicOffset() || RO.getRegion() != T.base())
    return nullptr;
  int64_t From = RO.getOffset() / Ctx.getCharWidth();
  int64_t Size = Ctx.getTypeSizeInChars(Ty).getQuantity();
  if (T.offset() < From || T.offset() + *T.length() > From + Size)
    return nullptr;
  return Named;
}

ProgramStateRef engineMayWrite(ModelledCall &M, ProgramStateRef State,
                               ArrayRef<NewTransfer> Transfers) {
  SmallVector<const MemRegion *, 2> Written;
  RegionAndSymbolInvalidationTraits OnlyItself;
  for (const NewTransfer &N : Transfers) {
    if (!N.T.engineWrites())
      continue;
    if (const MemRegion *Member = memberWritten(N.T, M.C.getASTContext())) {
      Written.push_back(Member);
      OnlyItself.setTrait(
          Member,
          RegionAndSymbolInvalidationTraits::TK_DoNotInvalidateSuperRegion);
    } else {
      Written.push_back(N.T.base());
    }
  }
  if (!Written.empty())
    State = compat::invalidate(State, Written, M.C, M.CE, M.C.blockCount(),
                               /*CausesPointerEscape=*/false,
                               /*Call=*/nullptr, &OnlyItself);
  // A start's transfers share its handle.
  HandleIdentity Handle =
      Transfers.empty() ? HandleIdentity{} : handleIdentity(Transfers[0].T);
  return armCompletionFlags(M.Chk, M.FC.Api, Handle, State, M.CE, M.C);
}

void onStart(ModelledCall &M, ProgramStateRef State) {
  auto [On, Off] = M.splitOnTrigger(State);
  // trigger == 0: the channel is set up and waits for a trigger.
  if (Off)
    armTransfers(M, Off, M.Handed);
  if (!On)
    return;
  // What was armed on the channel runs now too (pico-sdk:
  // set_read_addr(ch, src, false) then set_write_addr(ch, dst, true)).
  SmallVector<NewTransfer, 2> Run(M.Handed.begin(), M.Handed.end());
  if (M.FC.Handle.K == HandleSpec::Kind::Param) {
    SVal Handle = M.handleArg();
    size_t Own = Run.size();
    On = takeArmed(On, Run, [&](const TransferState &T) {
      return M.sameHandle(On, T.handle(), Handle) == HandleMatch::Same;
    });
    // The engine writes the armed buffers that run now as well.
    On = engineMayWrite(M, On, ArrayRef<NewTransfer>(Run).drop_front(Own));
  }
  runTransfers(M, On, Run);
}

void onArm(ModelledCall &M, ProgramStateRef State) {
  armTransfers(M, State, M.Handed);
}

void onTrigger(ModelledCall &M, ProgramStateRef State) {
  // dma_channel_set_trans_count(ch, n, trigger): only when nonzero. A
  // trigger that is also an abort stops the channel when it is zero (STM32
  // SPL `DMA_Cmd(ch, DISABLE)`: the enable bit cleared).
  auto [On, Off] = M.splitOnTrigger(State);
  if (Off && M.FC.hasRole(Role::Abort))
    onWaitOrAbort(M, Off);
  else if (Off)
    M.C.addTransition(Off);
  if (!On)
    return;
  SVal Handle = M.handleArg();
  SmallVector<NewTransfer, 2> Run;
  On = takeArmed(On, Run, [&](const TransferState &T) {
    if (M.FC.Handle.K == HandleSpec::Kind::Mask)
      return mayBeInMask(M, On, T.handle());
    return M.sameHandle(On, T.handle(), Handle) == HandleMatch::Same;
  });
  if (Run.empty()) {
    M.C.addTransition(On);
    return;
  }
  runTransfers(M, engineMayWrite(M, On, Run), Run);
}

std::optional<std::pair<SymbolRef, TransferState>>
busyWith(const ModelledCall &M, ProgramStateRef State) {
  const FunctionContract &FC = M.FC;
  if (FC.FailsWhenBusy == FunctionContract::BusyRule::None ||
      FC.Handle.K != HandleSpec::Kind::Param)
    return std::nullopt;
  SVal Handle = M.handleArg();
  for (const auto &[Key, T] : transfersOf(State)) {
    if (!T.isInFlight() ||
        M.sameHandle(State, T.handle(), Handle) != HandleMatch::Same)
      continue;
    if (FC.FailsWhenBusy == FunctionContract::BusyRule::Direction &&
        llvm::none_of(M.Handed, [&](const NewTransfer &New) {
          return New.T.direction() == T.direction();
        }))
      continue;
    return std::make_pair(Key, T);
  }
  return std::nullopt;
}

ProgramStateRef
DmaChecker::decidePendingStarts(ProgramStateRef State,
                                SymbolReaper *DeadResults,
                                const AssumedTest *Tested) const {
  if (DecidingStarts)
    return State;
  DecidingStarts = true;
  for (SymbolRef Key : pendingStartsOf(State)) {
    const TransferState &T = *transferOf(State, Key);
    DefinedOrUnknownSVal Cond = T.succeedsIf();
    SymbolRef Result = Cond.getAsSymbol();
    if (DeadResults && Result && !DeadResults->isDead(Result))
      continue;
    if (Tested && (!Result || !testsResult(*Tested, Result)))
      continue;
    // The test the code just made, when it is the success test itself or
    // its negation, decides without a second trip through the solver.
    if (std::optional<bool> Known =
            Tested ? successGiven(*Tested, Result) : std::nullopt) {
      State = *Known ? setTransfer(State, Key, T.decided())
                     : removeTransfer(State, Key);
      continue;
    }
    auto [Succeeded, Failed] = State->assume(Cond);
    if (Succeeded && Failed) {
      // Untested and gone: taken to succeed, as an ignored result is.
      if (DeadResults)
        State = setTransfer(State, Key, T.decided());
      continue;
    }
    if (Succeeded)
      State = setTransfer(State, Key, T.decided());
    else
      State = removeTransfer(State, Key);
  }
  DecidingStarts = false;
  return State;
}

const NoteTag *busyNote(ModelledCall &M, SymbolRef Key,
                        const TransferState &Busy) {
  std::string Text =
      text::busyStartNote(M.FC.Name, Busy.direction(), nameOf(Busy.named()));
  const DmaChecker &Checker = M.Chk;
  return M.C.getNoteTag(
      [&Checker, Key, Text](PathSensitiveBugReport &BR) -> std::string {
        if (!Checker.isDmaBugType(BR.getBugType()) || !BR.isInteresting(Key))
          return "";
        return Text;
      });
}

} // namespace dmasafe
