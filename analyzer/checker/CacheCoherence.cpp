//===- CacheCoherence.cpp - Clean before a start, invalidate after RX -----===//
//
// The rules are in CacheCoherence.h. Byte ranges are relative to a base
// region, as the transfer map's are; a range with no end runs to the end of
// the region (a length or an offset that is not known).
//
//===----------------------------------------------------------------------===//
#include "CacheCoherence.h"
#include "RegisterTransfers.h"
#include "api/CacheLines.h"
#include "semantics/FindingText.h"
#include "semantics/LibraryAccess.h"
#include "semantics/Transitions.h"

#include "clang/AST/ASTContext.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SymbolManager.h"

using namespace clang;
using namespace ento;

namespace {

/// Bytes [Lo, Hi) of a base region; no Hi: to its end.
struct ByteRange {
  int64_t Lo = 0;
  std::optional<int64_t> Hi;

  bool overlaps(const ByteRange &O) const {
    return (!Hi || O.Lo < *Hi) && (!O.Hi || Lo < *O.Hi);
  }
  bool covers(const ByteRange &O) const {
    return Lo <= O.Lo && (!Hi || (O.Hi && *O.Hi <= *Hi));
  }
  ByteRange merged(const ByteRange &O) const {
    ByteRange M{std::min(Lo, O.Lo), std::nullopt};
    if (Hi && O.Hi)
      M.Hi = std::max(*Hi, *O.Hi);
    return M;
  }
  bool operator==(const ByteRange &O) const { return Lo == O.Lo && Hi == O.Hi; }
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddInteger(Lo);
    ID.AddBoolean(Hi.has_value());
    ID.AddInteger(Hi.value_or(0));
  }
};

ByteRange rangeOf(const dmasafe::OwnedBytes &B) {
  ByteRange R{B.Offset, std::nullopt};
  if (B.Length)
    R.Hi = B.Offset + *B.Length;
  return R;
}

ByteRange rangeAt(std::optional<int64_t> Offset, std::optional<int64_t> Size) {
  if (!Offset)
    return {0, std::nullopt};
  ByteRange R{*Offset, std::nullopt};
  if (Size)
    R.Hi = *Offset + *Size;
  return R;
}

/// Bytes of a base region the CPU wrote that no clean or invalidate has
/// covered since.
class DirtyBytes {
public:
  static DirtyBytes written(ByteRange R) { return DirtyBytes(R, false); }
  DirtyBytes plus(ByteRange R) const { return DirtyBytes(Bytes.merged(R), PartlyCleaned); }
  /// A clean touched them without covering them all.
  DirtyBytes partlyCleaned() const { return DirtyBytes(Bytes, true); }

  const ByteRange &bytes() const { return Bytes; }
  bool wasPartlyCleaned() const { return PartlyCleaned; }

  bool operator==(const DirtyBytes &O) const {
    return Bytes == O.Bytes && PartlyCleaned == O.PartlyCleaned;
  }
  void Profile(llvm::FoldingSetNodeID &ID) const {
    Bytes.Profile(ID);
    ID.AddBoolean(PartlyCleaned);
  }

private:
  DirtyBytes(ByteRange B, bool P) : Bytes(B), PartlyCleaned(P) {}
  ByteRange Bytes;
  bool PartlyCleaned;
};

/// The bytes a device-to-memory transfer writes: stale in the cache once it
/// has completed, until an invalidate covers them.
class StaleWatch {
public:
  static StaleWatch of(const dmasafe::OwnedBytes &B) {
    return StaleWatch(B.Base, B.Named, rangeOf(B), false, false);
  }
  /// An invalidate while the transfer ran (it does not count).
  StaleWatch invalidatedInFlight() const {
    return StaleWatch(Base, Named, Bytes, true, PartlyInvalidated);
  }
  /// An invalidate after completion that did not cover every byte: those
  /// it left are \p Left.
  StaleWatch partlyInvalidated(ByteRange Left) const {
    return StaleWatch(Base, Named, Left, InFlightInvalidate, true);
  }

  const MemRegion *base() const { return Base; }
  const MemRegion *named() const { return Named; }
  const ByteRange &bytes() const { return Bytes; }
  bool wasInvalidatedInFlight() const { return InFlightInvalidate; }
  bool wasPartlyInvalidated() const { return PartlyInvalidated; }

  bool operator==(const StaleWatch &O) const {
    return Base == O.Base && Named == O.Named && Bytes == O.Bytes &&
           InFlightInvalidate == O.InFlightInvalidate &&
           PartlyInvalidated == O.PartlyInvalidated;
  }
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Base);
    ID.AddPointer(Named);
    Bytes.Profile(ID);
    ID.AddBoolean(InFlightInvalidate);
    ID.AddBoolean(PartlyInvalidated);
  }

private:
  StaleWatch(const MemRegion *Base, const MemRegion *Named, ByteRange Bytes,
             bool InFlight, bool Partly)
      : Base(Base), Named(Named), Bytes(Bytes), InFlightInvalidate(InFlight),
        PartlyInvalidated(Partly) {}
  const MemRegion *Base;
  const MemRegion *Named;
  ByteRange Bytes;
  bool InFlightInvalidate;
  bool PartlyInvalidated;
};

} // namespace

REGISTER_MAP_WITH_PROGRAMSTATE(CacheDirty, const MemRegion *, DirtyBytes)
REGISTER_MAP_WITH_PROGRAMSTATE(CacheStale, SymbolRef, StaleWatch)
/// Transfers whose start the checker has looked at.
REGISTER_SET_WITH_PROGRAMSTATE(CacheExamined, SymbolRef)

namespace dmasafe {
namespace {

const VarDecl *declOf(const MemRegion *Base) {
  const auto *VR = dyn_cast_or_null<VarRegion>(Base);
  return VR ? dyn_cast<VarDecl>(VR->getDecl()) : nullptr;
}

/// What a maintenance call covers: bytes of one base region, or (null
/// base) everything.
struct Maintained {
  const MemRegion *Base = nullptr;
  ByteRange Bytes;
  bool touches(const MemRegion *B, const ByteRange &R) const {
    return !Base || (Base == B && Bytes.overlaps(R));
  }
  bool covers(const MemRegion *B, const ByteRange &R) const {
    return !Base || (Base == B && Bytes.covers(R));
  }
  /// The bytes of \p R it leaves, when they are one range (it covers the
  /// head or the tail of \p R); else all of \p R.
  ByteRange left(const ByteRange &R) const {
    if (Bytes.Lo <= R.Lo && Bytes.Hi)
      return {*Bytes.Hi, R.Hi};
    if (Bytes.Lo > R.Lo && (!Bytes.Hi || (R.Hi && *Bytes.Hi >= *R.Hi)))
      return {R.Lo, Bytes.Lo};
    return R;
  }
};

bool isInFlight(ProgramStateRef State, SymbolRef Key) {
  const TransferState *T = transferOf(State, Key);
  return T && T->isInFlight();
}

ProgramStateRef applyMaintenance(ProgramStateRef State,
                                 ArrayRef<Maintained> Ranges, bool Invalidates);

/// The bytes an access of \p R touches: its type's size. `*p` and `p[0]`
/// are the pointee region itself, typed by the pointer.
std::optional<int64_t> accessSize(const MemRegion *R, ASTContext &Ctx) {
  QualType T;
  if (const auto *TR = dyn_cast<TypedValueRegion>(R))
    T = TR->getValueType();
  else if (const auto *SR = dyn_cast<SymbolicRegion>(R))
    T = SR->getSymbol()->getType()->getPointeeType(); // getPointeeStaticType: 16+
  if (T.isNull() || T->isIncompleteType() || T->isVoidType() ||
      !T->isConstantSizeType())
    return std::nullopt;
  return Ctx.getTypeSizeInChars(T).getQuantity();
}

} // namespace

bool CacheCoherence::active(CheckerContext &C) const {
  return Chk && Cache && Cache->hasDataCache() &&
         Chk->ChecksEnabled[DmaChecker::CK_CacheCoherence] &&
         !Chk->modelBroken(C.getASTContext());
}

bool CacheCoherence::followed(const MemRegion *Base) const {
  if (!Base || isa<StringRegion>(Base))
    return false;
  if (const VarDecl *VD = declOf(Base))
    return cacheFollows(*VD, *Cache);
  return isa<SymbolicRegion, AllocaRegion>(Base);
}

ProgramStateRef CacheCoherence::noteWrite(ProgramStateRef State,
                                          const MemRegion *R,
                                          std::optional<int64_t> Size,
                                          CheckerContext &C,
                                          const NoteTag *&Tag) const {
  BufferRef B = describeRegion(R);
  if (!followed(B.Base))
    return State;
  ByteRange Bytes = rangeAt(B.Offset, Size);
  if (const DirtyBytes *D = State->get<CacheDirty>(B.Base))
    return State->set<CacheDirty>(B.Base, D->plus(Bytes));
  // The first write since the lines were clean: where a report says the
  // dirty data came from.
  std::string Text = text::sentence(text::dirtyWriteNote(nameOf(B.Region)),
                                    text::FrontEnd::Analyzer);
  const DmaChecker &Checker = *Chk;
  const MemRegion *Base = B.Base;
  Tag = C.getNoteTag([&Checker, Base, Text](PathSensitiveBugReport &BR) {
    if (&BR.getBugType() !=
            &*Checker.BugTypes[DmaChecker::CK_CacheCoherence] ||
        !BR.isInteresting(Base))
      return std::string();
    return Text;
  });
  return State->set<CacheDirty>(B.Base, DirtyBytes::written(Bytes));
}

ProgramStateRef CacheCoherence::examineStarts(ProgramStateRef State,
                                              Findings &Out,
                                              CheckerContext &C) const {
  for (const auto &[Key, T] : transfersOf(State)) {
    if (!T.isInFlight())
      continue;
    bool Examined = State->contains<CacheExamined>(Key);
    if (!Examined) {
      State = State->add<CacheExamined>(Key);
      const DirtyBytes *D = State->get<CacheDirty>(T.base());
      if (D && followed(T.base()) && D->bytes().overlaps(rangeOf(T.bytes()))) {
        std::string Msg = text::sentence(
            text::dirtyStart(nameOf(T.named()), T.direction(),
                             D->wasPartlyCleaned()),
            text::FrontEnd::Analyzer);
        Out.push_back({Key, T, Msg, SourceRange(), /*AtStart=*/true});
      }
    }
    // A start whose success the code has yet to test is watched once it
    // is known to have begun: its failure branch received nothing.
    if (T.direction() != Direction::FromDevice || T.isPending() ||
        State->contains<CacheStale>(Key) || !followed(T.base()))
      continue;
    // A later transfer into the same bytes supersedes what an earlier one
    // left stale: it is the later completion that counts.
    for (const auto &[OldKey, W] : State->get<CacheStale>())
      if (W.base() == T.base() && W.bytes().overlaps(rangeOf(T.bytes())))
        State = State->remove<CacheStale>(OldKey);
    State = State->set<CacheStale>(Key, StaleWatch::of(T.bytes()));
    checkLineShape(T, C);
  }
  return State;
}

void CacheCoherence::checkLineShape(const TransferState &T,
                                    CheckerContext &C) const {
  const MemRegion *Named = T.named();
  while (const auto *ER = dyn_cast_or_null<ElementRegion>(Named))
    Named = ER->getSuperRegion();
  const VarDecl *VD = declOf(Named);
  if (!VD || !ReportedDefinitions.insert(VD).second)
    return;
  std::optional<PartialLines> P =
      partialLinesOf(*VD, C.getASTContext(), Cache->lineSize());
  if (!P)
    return;
  std::string Name = text::quoted(VD->getNameAsString());
  const SourceManager &SM = C.getSourceManager();
  auto R = std::make_unique<BasicBugReport>(
      *Chk->BugTypes[DmaChecker::CK_CacheCoherence],
      text::sentence(P->Text, text::FrontEnd::Analyzer),
      PathDiagnosticLocation::create(VD, SM));
  R->addRange(VD->getSourceRange());
  if (const Stmt *At = C.getPredecessor()->getStmtForDiagnostics())
    R->addNote(text::sentence(text::transferNote(Direction::FromDevice, Name,
                                                 "starts here"),
                              text::FrontEnd::Analyzer),
               PathDiagnosticLocation::createBegin(At, SM,
                                                   C.getLocationContext()));
  for (const FixItHint &F : P->Fixes)
    R->addFixItHint(F);
  C.emitReport(std::move(R));
}

ProgramStateRef CacheCoherence::checkRead(ProgramStateRef State,
                                          const MemRegion *R,
                                          std::optional<int64_t> Size,
                                          const Stmt *S, Findings &Out) const {
  BufferRef B = describeRegion(R);
  if (!B.Base)
    return State;
  ByteRange Read = rangeAt(B.Offset, Size);
  for (const auto &[Key, W] : State->get<CacheStale>()) {
    if (W.base() != B.Base || !W.bytes().overlaps(Read) ||
        isInFlight(State, Key))
      continue;
    State = State->remove<CacheStale>(Key);
    std::string Msg = text::sentence(
        text::staleRead(nameOf(W.named()), W.wasInvalidatedInFlight(),
                        W.wasPartlyInvalidated()),
        text::FrontEnd::Analyzer);
    // The transfer is gone from the map; the report names its bytes, and
    // the start's note still speaks for its key.
    OwnedBytes Bytes;
    Bytes.Base = W.base();
    Bytes.Named = W.named();
    Out.push_back({Key,
                   TransferState::inFlight(Bytes, Direction::FromDevice,
                                           TransferState::HandleKind::Buffer,
                                           UnknownVal(), 0),
                   Msg, S ? S->getSourceRange() : SourceRange(),
                   /*AtStart=*/false});
    return State;
  }
  return State;
}

ProgramStateRef CacheCoherence::maintain(ProgramStateRef State,
                                         const FunctionContract &FC,
                                         const CallEvent &Call,
                                         CheckerContext &C) const {
  bool Invalidates =
      maintenanceInvalidates(FC, [&](unsigned I) -> std::optional<int64_t> {
        if (I >= Call.getNumArgs())
          return std::nullopt;
        if (const llvm::APSInt *V =
                C.getSValBuilder().getKnownValue(State, Call.getArgSVal(I)))
          return V->getExtValue();
        return std::nullopt;
      });
  SmallVector<Maintained, 2> Ranges;
  for (const BufferParam &B : FC.Buffers) {
    const MemRegion *R = bufferRegion(B, Call, State, C);
    if (!R) { // an address it cannot follow: taken to cover everything
      Ranges.assign(1, Maintained());
      break;
    }
    BufferRef Ref = describeRegion(R);
    Ranges.push_back(
        {Ref.Base, rangeAt(Ref.Offset, transferLength(B, Call, State, C))});
  }
  if (FC.Buffers.empty()) // the whole cache
    Ranges.push_back(Maintained());

  return applyMaintenance(State, Ranges, Invalidates);
}

namespace {

/// What cleaning (and, with \p Invalidates, invalidating) \p Ranges does to
/// the dirty and stale bytes of \p State.
ProgramStateRef applyMaintenance(ProgramStateRef State,
                                 ArrayRef<Maintained> Ranges,
                                 bool Invalidates) {
  for (const Maintained &M : Ranges) {
    // A clean writes dirty lines back; an invalidate discards them: either
    // way the cache no longer holds bytes newer than memory.
    for (const auto &[Base, D] : State->get<CacheDirty>()) {
      if (M.covers(Base, D.bytes()))
        State = State->remove<CacheDirty>(Base);
      else if (M.Base == Base) // a clean of the buffer that missed bytes
        State = State->set<CacheDirty>(Base, D.partlyCleaned());
    }
    if (!Invalidates)
      continue;
    for (const auto &[Key, W] : State->get<CacheStale>()) {
      if (!M.touches(W.base(), W.bytes()))
        continue;
      if (isInFlight(State, Key))
        State = State->set<CacheStale>(Key, W.invalidatedInFlight());
      else if (M.covers(W.base(), W.bytes()))
        State = State->remove<CacheStale>(Key);
      else
        State = State->set<CacheStale>(Key,
                                       W.partlyInvalidated(M.left(W.bytes())));
    }
  }
  return State;
}

/// The lines a store to a cache maintenance register (semantics/
/// CacheModel.h) covers: from the stored address's byte to the end of its
/// object, since the code loops over the lines with the same register (one
/// store seen is the loop's first); everything when the address cannot be
/// followed.
std::optional<std::pair<Maintained, CacheLineOp>>
registerMaintenance(const Stmt *S, SVal Val) {
  const auto *BO = dyn_cast_or_null<BinaryOperator>(S);
  const auto *ME = BO && BO->getOpcode() == BO_Assign
                       ? dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParens())
                       : nullptr;
  const auto *FD = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
  if (!FD || !FD->getIdentifier())
    return std::nullopt;
  const RecordDecl *RD = FD->getParent();
  StringRef Block = RD->getName();
  if (Block.empty())
    if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
      Block = TD->getName();
  std::optional<CacheLineOp> Op = cacheRegisterOp(Block, FD->getName());
  if (!Op)
    return std::nullopt;
  const MemRegion *R = regionOfValue(Val);
  if (!R)
    return std::make_pair(Maintained(), *Op);
  BufferRef Ref = describeRegion(R);
  return std::make_pair(
      Maintained{Ref.Base, rangeAt(Ref.Offset, std::nullopt)}, *Op);
}

} // namespace

ProgramStateRef CacheCoherence::transferInCall(ProgramStateRef State,
                                               const FunctionContract &FC,
                                               const CallEvent &Call,
                                               Findings &Out,
                                               CheckerContext &C) const {
  for (unsigned I = 0; I < FC.Buffers.size(); ++I) {
    const BufferParam &B = FC.Buffers[I];
    if (B.Param >= Call.getNumArgs())
      continue;
    BufferRef Ref = describeRegion(bufferRegion(B, Call, State, C));
    if (!followed(Ref.Base) || isDeviceMemory(Ref.Region))
      continue;
    OwnedBytes Bytes = ownedBytesAt(Ref);
    // An offset it cannot follow: the whole region.
    Bytes.Length =
        Ref.Offset ? transferLength(B, Call, State, C) : std::nullopt;
    if (Bytes.Length && *Bytes.Length == 0)
      continue;
    // An unknown direction is taken as a start takes it.
    Direction Dir = B.DirFromArg ? directionAtCall(*B.DirFromArg, Call, State, C)
                                       .value_or(Direction::ToDevice)
                                 : B.Dir;
    // The key a watch and a report need: this call's I-th buffer.
    static const char BufferTags[8] = {};
    SymbolRef Key = compat::conjureSymbol(
        C, Call.getOriginExpr(), C.getASTContext().IntTy, C.blockCount(),
        &BufferTags[std::min<unsigned>(I, std::size(BufferTags) - 1)]);
    TransferState T = TransferState::inFlight(
        Bytes, Dir, TransferState::HandleKind::Buffer, UnknownVal(), 0);
    const DirtyBytes *D = State->get<CacheDirty>(Bytes.Base);
    if (D && D->bytes().overlaps(rangeOf(Bytes)))
      Out.push_back({Key, T,
                     text::sentence(text::dirtyStart(nameOf(Bytes.Named), Dir,
                                                     D->wasPartlyCleaned()),
                                    text::FrontEnd::Analyzer),
                     Call.getSourceRange(), /*AtStart=*/false});
    if (Dir == Direction::ToDevice)
      continue;
    for (const auto &[OldKey, W] : State->get<CacheStale>())
      if (W.base() == Bytes.Base && W.bytes().overlaps(rangeOf(Bytes)))
        State = State->remove<CacheStale>(OldKey);
    State = State->set<CacheStale>(Key, StaleWatch::of(Bytes));
    checkLineShape(T, C);
  }
  return State;
}

void CacheCoherence::finish(ProgramStateRef State, const NoteTag *Tag,
                            const Findings &Found, CheckerContext &C) const {
  if (Found.empty()) {
    C.addTransition(State, Tag);
    return;
  }
  ExplodedNode *N = C.generateNonFatalErrorNode(State, Tag);
  if (!N)
    return;
  for (const Finding &F : Found)
    Chk->reportOn(DmaChecker::CK_CacheCoherence, F.Key, F.T, F.Msg, N, C,
                  F.Range, "", F.AtStart);
}

void CacheCoherence::checkPreCall(const CallEvent &Call,
                                  CheckerContext &C) const {
  if (!active(C))
    return;
  Findings Found;
  // Before a wait ends it: a transfer whose start was tested since.
  ProgramStateRef State = examineStarts(C.getState(), Found, C);
  const NoteTag *Tag = nullptr;
  const FunctionContract *FC = Chk->contractOf(Call);
  if (FC && maintainsCache(FC->Roles))
    State = maintain(State, *FC, Call, C);
  else if (FC && FC->hasRole(Role::Transfer))
    State = transferInCall(State, *FC, Call, Found, C);
  else
    visitLibraryAccesses(
        Call, C,
        [&](const MemRegion *R, std::optional<int64_t> Size, bool Writes) {
          State = Writes ? noteWrite(State, R, Size, C, Tag)
                         : checkRead(State, R, Size, Call.getOriginExpr(),
                                     Found);
          return false;
        });
  finish(State, Tag, Found, C);
}

ProgramStateRef
CacheCoherence::forgetAtUnknownCallee(ProgramStateRef State,
                                      const CallEvent &Call) const {
  if (Chk->contractOf(Call))
    return State;
  if (libraryAccessOf(dyn_cast_or_null<FunctionDecl>(Call.getDecl())))
    return State;
  for (unsigned I = 0; I < Call.getNumArgs(); ++I) {
    if (!Call.getArgExpr(I)->IgnoreParenImpCasts()->getType()->isPointerType() &&
        !Call.getArgExpr(I)->IgnoreParenImpCasts()->getType()->isArrayType())
      continue;
    const MemRegion *Base = describeRegion(regionOfValue(Call.getArgSVal(I))).Base;
    if (!Base)
      continue;
    State = State->remove<CacheDirty>(Base);
    for (const auto &[Key, W] : State->get<CacheStale>())
      if (W.base() == Base && !isInFlight(State, Key))
        State = State->remove<CacheStale>(Key);
  }
  return State;
}

void CacheCoherence::checkPostCall(const CallEvent &Call,
                                   CheckerContext &C) const {
  if (!active(C))
    return;
  Findings Found;
  ProgramStateRef State = examineStarts(C.getState(), Found, C);
  // Entered calls show what they did; the others may have maintained.
  if (!C.wasInlined)
    State = forgetAtUnknownCallee(State, Call);
  finish(State, nullptr, Found, C);
}

void CacheCoherence::checkLocation(SVal Loc, bool IsLoad, const Stmt *S,
                                   CheckerContext &C) const {
  if (!active(C))
    return;
  Findings Found;
  ProgramStateRef State = examineStarts(C.getState(), Found, C);
  if (IsLoad)
    if (const MemRegion *R = Loc.getAsRegion())
      State = checkRead(State, R,
                        accessSize(R, C.getASTContext()).value_or(1), S, Found);
  finish(State, nullptr, Found, C);
}

void CacheCoherence::checkBind(SVal Loc, SVal Val, const Stmt *S,
                               CheckerContext &C) const {
  if (!active(C))
    return;
  Findings Found;
  // After the register checker's own bind: a store that starts a channel.
  ProgramStateRef State = examineStarts(C.getState(), Found, C);
  const NoteTag *Tag = nullptr;
  if (auto M = registerMaintenance(S, Val))
    State = applyMaintenance(State, M->first,
                             M->second != CacheLineOp::Clean);
  else if (const MemRegion *R = Loc.getAsRegion())
    State = noteWrite(State, R, accessSize(R, C.getASTContext()), C, Tag);
  finish(State, Tag, Found, C);
}

void CacheCoherence::checkDeadSymbols(SymbolReaper &SR,
                                      CheckerContext &C) const {
  if (!Cache || !Cache->hasDataCache())
    return;
  ProgramStateRef State = C.getState();
  bool Changed = false;
  for (const auto &[Base, D] : State->get<CacheDirty>())
    if (!SR.isLiveRegion(Base)) {
      State = State->remove<CacheDirty>(Base);
      Changed = true;
    }
  for (const auto &[Key, W] : State->get<CacheStale>())
    if (!SR.isLiveRegion(W.base())) {
      State = State->remove<CacheStale>(Key);
      Changed = true;
    }
  for (SymbolRef Key : State->get<CacheExamined>())
    if (!transferOf(State, Key)) {
      State = State->remove<CacheExamined>(Key);
      Changed = true;
    }
  if (Changed)
    C.addTransition(State);
}

} // namespace dmasafe
