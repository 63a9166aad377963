//===- AccessChecks.cpp - CPU accesses and releases of in-flight buffers --===//
//
// Accesses are compared by base region and byte range, so every alias of a
// buffer (an element, a field, pointer arithmetic, a cast) is the buffer.
// Releases are free/realloc and the configured deallocators, the end of the
// block of an automatic buffer, and the return from its function. Liveness
// is not used for automatic buffers: a variable is dead after its last use,
// which is usually the start itself.
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"

#include "clang/AST/ExprCXX.h"
#include "semantics/LibraryAccess.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecordLayout.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"

using namespace clang;
using namespace ento;

namespace dmasafe {
namespace {

std::optional<int64_t> sizeOfType(QualType T, ASTContext &Ctx) {
  if (T.isNull() || T->isIncompleteType() || T->isVoidType() ||
      !T->isConstantSizeType())
    return std::nullopt;
  return Ctx.getTypeSizeInChars(T).getQuantity();
}

/// Whether automatic storage of \p R belongs to the frame \p SFC.
bool isAutomaticIn(const MemRegion *R, const StackFrameContext *SFC) {
  const auto *Space = dyn_cast<StackSpaceRegion>(compat::memorySpace(R));
  return Space && Space->getStackFrame() == SFC;
}

/// The bytes a bit-field access touches, from the byte holding its first
/// bit: not its declared type's storage unit, which may reach into a buffer
/// that follows it.
std::optional<int64_t> bitFieldBytes(const MemRegion *R, ASTContext &Ctx) {
  const auto *FR = dyn_cast<FieldRegion>(R);
  const FieldDecl *FD = FR ? FR->getDecl() : nullptr;
  if (!FD || !FD->isBitField() || FD->getParent()->isInvalidDecl())
    return std::nullopt;
  const ASTRecordLayout &L = Ctx.getASTRecordLayout(FD->getParent());
  uint64_t FirstBit = L.getFieldOffset(FD->getFieldIndex()) % 8;
  uint64_t Width = compat::bitWidth(FD, Ctx);
  return static_cast<int64_t>(std::max<uint64_t>(1, (FirstBit + Width + 7) / 8));
}

} // namespace

std::optional<std::pair<SymbolRef, TransferState>>
DmaChecker::findOverlap(ProgramStateRef State, const MemRegion *Base,
                        std::optional<int64_t> From,
                        std::optional<int64_t> Size, bool ForRead,
                        const MemRegion *Region, const UnknownRow *Row) const {
  ASTContext &Ctx = State->getStateManager().getContext();
  for (const auto &[Key, T] : transfersOf(State)) {
    if (!T.isInFlight() || T.base() != Base)
      continue;
    if (ForRead && !T.engineWrites() && !ReportTxReads)
      continue;
    bool Hit;
    // An element the path does not name on either side: only where the
    // path says it is the same one (when unsure, say nothing).
    if (T.row() && Row && *Row)
      Hit = rowsHit(State, T.row(), *Row, Ctx) == RowHit::Yes;
    else if (T.row())
      Hit = rowHit(State, T.row(), Region, From, Size, Ctx) == RowHit::Yes;
    else if (Row && *Row)
      Hit = rowHit(State, *Row, nullptr, T.offset(), T.length(), Ctx) ==
            RowHit::Yes;
    else
      Hit = From ? T.overlaps(*From, Size) : T.coversWholeRegion();
    if (Hit)
      return std::make_pair(Key, T);
  }
  return std::nullopt;
}

namespace {
/// The buffer an access to \p Named through \p S touches, named as the
/// clang-tidy checks do: a buffer without a name of its own (a heap block)
/// is the one the pointer the code dereferences points to (`p[1]`, `*p`).
std::string accessedName(const MemRegion *Named, const Stmt *S) {
  if (hasName(Named) || !S)
    return nameOf(Named);
  const Expr *E = dyn_cast<Expr>(S);
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (const auto *ASE = dyn_cast_or_null<ArraySubscriptExpr>(E))
    E = ASE->getBase();
  else if (const auto *UO = dyn_cast_or_null<UnaryOperator>(E);
           UO && UO->getOpcode() == UO_Deref)
    E = UO->getSubExpr();
  else
    return nameOf(Named);
  const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->getType()->isPointerType())
    return nameOf(Named);
  return text::pointee(VD->getName());
}
} // namespace

bool DmaChecker::checkAccess(const MemRegion *Region,
                             std::optional<int64_t> Size, bool IsWrite,
                             StringRef Via, const Stmt *S,
                             CheckerContext &C) const {
  if (!ChecksEnabled[CK_InFlightAccess] || !Region)
    return false;
  BufferRef B = describeRegion(Region);
  if (!B.Base)
    return false;
  auto Hit =
      findOverlap(C.getState(), B.Base, B.Offset, Size, !IsWrite, Region);
  if (!Hit)
    return false;
  ExplodedNode *N = C.generateErrorNode();
  if (!N)
    return true;
  const TransferState &T = Hit->second;
  std::string Msg =
      text::accessInFlight(IsWrite, accessedName(T.named(), S),
                           Via.empty() ? "" : text::quoted(Via), T.direction());
  reportOn(CK_InFlightAccess, Hit->first, T, Msg, N, C,
           S ? S->getSourceRange() : SourceRange(), "accessing the buffer");
  return true;
}

void DmaChecker::checkLocation(SVal Loc, bool IsLoad, const Stmt *S,
                               CheckerContext &C) const {
  if (modelBroken(C.getASTContext()) || !anyInFlight(C.getState()))
    return;
  const MemRegion *R = Loc.getAsRegion();
  if (!R)
    return;
  std::optional<int64_t> Size;
  if (std::optional<int64_t> Bits = bitFieldBytes(R, C.getASTContext()))
    Size = Bits;
  else if (const auto *TR = dyn_cast<TypedValueRegion>(R))
    Size = sizeOfType(TR->getValueType(), C.getASTContext());
  checkAccess(R, Size.value_or(1), !IsLoad, "", S, C);
}

const LibraryAccess *libraryAccessOf(const FunctionDecl *FD) {
  if (!FD || !FD->getIdentifier() || !CheckerContext::isCLibraryFunction(FD))
    return nullptr;
  return libraryAccess(FD->getName());
}

bool visitLibraryAccesses(
    const CallEvent &Call, CheckerContext &C,
    llvm::function_ref<bool(const MemRegion *, std::optional<int64_t>, bool)>
        Visit) {
  const LibraryAccess *A =
      libraryAccessOf(dyn_cast_or_null<FunctionDecl>(Call.getDecl()));
  if (!A)
    return false;
  ProgramStateRef State = C.getState();
  auto Touch = [&](unsigned Arg, bool Writes,
                   std::optional<unsigned> SizeArg) {
    if (Arg >= Call.getNumArgs())
      return false;
    const MemRegion *R = regionOfValue(Call.getArgSVal(Arg));
    if (!R)
      return false;
    std::optional<int64_t> Size = 1;
    if (SizeArg && *SizeArg < Call.getNumArgs())
      if (const llvm::APSInt *V = C.getSValBuilder().getKnownValue(
              State, Call.getArgSVal(*SizeArg)))
        if (!V->isNegative() && V->getActiveBits() < 62)
          Size = static_cast<int64_t>(V->getZExtValue());
    if (Size && *Size == 0)
      return false;
    return Visit(R, Size, Writes);
  };
  for (const LibraryOperand &Op : A->Operands)
    if (Touch(Op.Arg, Op.Writes, Op.SizeArg))
      return true;
  if (!A->FormatArg || *A->FormatArg >= Call.getNumArgs())
    return true;
  // printf("%s", rx) reads rx, printf("%p", rx) does not; an unknown
  // format may read any pointer it is given.
  const auto *Format = dyn_cast<StringLiteral>(
      Call.getArgExpr(*A->FormatArg)->IgnoreParenCasts());
  if (Format && Format->getCharByteWidth() == 1) {
    for (auto [Arg, Writes] :
         formatAccesses(Format->getString(), *A->FormatArg + 1))
      if (Touch(Arg, Writes, std::nullopt))
        return true;
    return true;
  }
  for (unsigned I = *A->FormatArg + 1; I < Call.getNumArgs(); ++I)
    if (Call.getArgExpr(I)->getType()->isPointerType() &&
        Touch(I, /*Writes=*/false, std::nullopt))
      return true;
  return true;
}

void DmaChecker::checkPreCall(const CallEvent &Call, CheckerContext &C) const {
  if (modelBroken(C.getASTContext()))
    return;
  if (const FunctionContract *Found = contractOf(Call)) {
    const FunctionContract &FC = *Found;
    if (checksBuffersAtCall(FC.Roles))
      checkStorage(FC, Call, C);
    checkMappingEnd(FC, Call, C);
    if (!FC.hasRole(Role::Deallocate))
      return;
  }

  ProgramStateRef State = C.getState();
  if (!anyInFlight(State))
    return;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  StringRef Name = FD && FD->getIdentifier() ? FD->getName() : "";

  // Releases.
  const FunctionContract *Dealloc = contractOf(Call);
  bool IsLibrary = FD && CheckerContext::isCLibraryFunction(FD);
  bool Releases = (IsLibrary && isLibraryDeallocator(Name)) ||
                  (!Name.empty() && ExtraDeallocators.contains(Name)) ||
                  (Dealloc && Dealloc->hasRole(Role::Deallocate));
  if (Releases) {
    unsigned Arg = 0;
    if (Dealloc && !Dealloc->Buffers.empty())
      Arg = Dealloc->Buffers.front().Param;
    if (Arg >= Call.getNumArgs())
      return;
    checkRelease(Call.getArgSVal(Arg), "'" + Name.str() + "'",
                 Call.getArgSourceRange(Arg), C);
    return;
  }

  // Library calls whose accesses are known.
  if (IsLibrary && visitLibraryAccesses(
                       Call, C,
                       [&](const MemRegion *R, std::optional<int64_t> Size,
                           bool Writes) {
                         return checkAccess(R, Size, Writes, Name,
                                            Call.getOriginExpr(), C);
                       }))
    return;

  // An unknown function: the analyzer does not guess, unless asked to.
  if (!Pedantic || !FD || FD->hasBody())
    return;
  for (unsigned I = 0; I < Call.getNumArgs(); ++I) {
    QualType T = Call.getArgExpr(I)->getType();
    if (!T->isPointerType())
      continue;
    bool Writes = !T->getPointeeType().isConstQualified();
    if (checkAccess(regionOfValue(Call.getArgSVal(I)), 1, Writes, Name,
                    Call.getOriginExpr(), C))
      return;
  }
}

void DmaChecker::checkRelease(SVal Pointer, StringRef Releaser,
                              SourceRange Range, CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  BufferRef B = describeRegion(regionOfValue(Pointer));
  if (!B.Base)
    return;
  auto Hit = findOverlap(State, B.Base, std::nullopt, std::nullopt, false);
  // free() takes the whole allocation, whatever part is in flight.
  if (!Hit)
    for (const auto &[Key, T] : transfersOf(State))
      if (T.isInFlight() && T.base() == B.Base)
        Hit = std::make_pair(Key, T);
  if (!Hit || !ChecksEnabled[CK_ReleaseInFlight])
    return;
  if (ExplodedNode *N = C.generateErrorNode())
    reportOn(CK_ReleaseInFlight, Hit->first, Hit->second,
             text::releaseInFlight(Releaser, nameOf(Hit->second.named()),
                                   Hit->second.direction()),
             N, C, Range, "releasing the buffer");
}

void DmaChecker::checkPreStmt(const Stmt *S, CheckerContext &C) const {
  if (modelBroken(C.getASTContext()) || !anyInFlight(C.getState()))
    return;
  // C++ firmware: `delete[] buf` releases like free().
  if (const auto *DE = dyn_cast<CXXDeleteExpr>(S)) {
    checkRelease(C.getSVal(DE->getArgument()),
                 DE->isArrayForm() ? "'delete[]'" : "'delete'",
                 DE->getArgument()->getSourceRange(), C);
    return;
  }
  checkScopesLeft(S, C);
}

void DmaChecker::checkScopesLeft(const Stmt *S, CheckerContext &C) const {
  const SourceManager &SM = C.getSourceManager();
  SourceLocation Here = S->getBeginLoc();
  if (Here.isInvalid())
    return;
  Here = SM.getExpansionLoc(Here);
  const StackFrameContext *SFC = C.getStackFrame();
  ProgramStateRef State = C.getState();
  ExplodedNode *N = nullptr;
  bool Changed = false;
  for (SymbolRef Key : stackTransfersOf(C.getState())) {
    const TransferState &T = *transferOf(State, Key);
    if (!T.isInFlight() || !isAutomaticIn(T.base(), SFC))
      continue;
    const Stmt *Scope = innerBlockOf(T.base());
    if (!Scope)
      continue;
    SourceLocation Begin = SM.getExpansionLoc(Scope->getBeginLoc());
    SourceLocation End = SM.getExpansionLoc(Scope->getEndLoc());
    if (Begin.isInvalid() || End.isInvalid())
      continue;
    bool Inside = !SM.isBeforeInTranslationUnit(Here, Begin) &&
                  !SM.isBeforeInTranslationUnit(End, Here);
    if (Inside)
      continue;
    State = removeTransfer(State, Key);
    Changed = true;
    if (!ChecksEnabled[CK_ReleaseInFlight])
      continue;
    if (!N)
      N = C.generateNonFatalErrorNode(C.getState());
    if (!N)
      continue;
    std::string Name = nameOf(T.named());
    auto R = std::make_unique<PathSensitiveBugReport>(
        *BugTypes[CK_ReleaseInFlight],
        analyzerText(text::scopeEndInFlight(Name, T.direction(),
                                            /*OnEveryPath=*/true)),
        N);
    R->markInteresting(T.base());
    R->markInteresting(Key);
    R->addNote("scope of " + Name + " ends here",
               PathDiagnosticLocation(End, SM));
    R->addNote(completionHint(Key, T, N, "the buffer leaves its block"),
               PathDiagnosticLocation(End, SM));
    C.emitReport(std::move(R));
  }
  if (Changed)
    C.addTransition(State, N ? N : C.getPredecessor());
}

const Stmt *DmaChecker::innerBlockOf(const MemRegion *Base) const {
  const auto *VR = dyn_cast<VarRegion>(Base);
  const auto *VD = VR ? dyn_cast<VarDecl>(VR->getDecl()) : nullptr;
  if (!VD || !VD->hasLocalStorage() || isa<ParmVarDecl>(VD))
    return nullptr;
  auto [It, New] = InnerBlocks.try_emplace(VD, nullptr);
  if (New)
    if (const StackFrameContext *SFC = VR->getStackFrame())
      It->second = innerScopeOf(VD, SFC->getDecl()->getBody());
  return It->second;
}

void DmaChecker::checkEndFunction(const ReturnStmt *RS,
                                  CheckerContext &C) const {
  if (modelBroken(C.getASTContext()))
    return;
  if (!anyInFlight(C.getState()))
    return;
  checkUntestedKept(RS, C);
  ProgramStateRef State = C.getState();
  TransferMap Transfers = transfersOf(State);
  const StackFrameContext *SFC = C.getStackFrame();
  const auto *FD = dyn_cast_or_null<FunctionDecl>(SFC->getDecl());
  std::string Fn = FD ? "'" + FD->getNameAsString() + "'" : "the function";
  ExplodedNode *N = nullptr;
  bool Changed = false;
  for (const auto &[Key, T] : Transfers) {
    if (!T.isInFlight())
      continue;
    bool BufferDies = isAutomaticIn(T.base(), SFC);
    const MemRegion *HandleRegion = T.handle().getAsRegion();
    bool HandleDies = T.handleKind() == TransferState::HandleKind::Argument &&
                      HandleRegion &&
                      isAutomaticIn(HandleRegion->getBaseRegion(), SFC);
    if (!BufferDies && !HandleDies)
      continue;
    State = removeTransfer(State, Key);
    Changed = true;
    CheckKind K = BufferDies ? CK_ReleaseInFlight : CK_LostTransfer;
    if (!ChecksEnabled[K])
      continue;
    if (!N)
      N = C.generateNonFatalErrorNode(C.getState());
    if (!N)
      continue;
    std::string Msg =
        BufferDies
            ? text::returnInFlight(Fn,
                                   hasName(T.named()) ? nameOf(T.named()) : "",
                                   T.direction(), /*OnEveryPath=*/true)
            : text::lostTransfer(hasName(HandleRegion) ? nameOf(HandleRegion)
                                                       : "",
                                 nameOf(T.named()), T.direction(),
                                 /*OutOfScope=*/true);
    reportOn(K, Key, T, Msg, N, C, RS ? RS->getSourceRange() : SourceRange(),
             BufferDies ? "returning" : "the handle goes out of scope",
             /*UniqueAtStart=*/K == CK_LostTransfer, /*AtBodyEnd=*/!RS);
  }
  if (Changed)
    C.addTransition(State, N ? N : C.getPredecessor());
}

} // namespace dmasafe
