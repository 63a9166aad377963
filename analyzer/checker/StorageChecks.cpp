//===- StorageChecks.cpp - Storage fit for the engine, lengths that fit ---===//
//
// UnfitStorage: const static data is where the linker puts flash, which an
// engine that needs RAM cannot read; the stack is wrong where the API forbids
// it or asks for stable storage (the frame ends before the transfer may).
// TransferLength: a length larger than the bytes left in the buffer.
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"
#include "api/KernelStorage.h"

#include "clang/AST/ASTContext.h"
#include "clang/Lex/Lexer.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/DynamicExtent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"

using namespace clang;
using namespace ento;

namespace dmasafe {
namespace {

const VarDecl *varOf(const MemRegion *Base) {
  if (const auto *VR = dyn_cast_or_null<VarRegion>(Base))
    return dyn_cast<VarDecl>(VR->getDecl());
  return nullptr;
}

/// The vmalloc-kind allocator whose result \p Base is.
const FunctionDecl *vmallocSource(const MemRegion *Base, ApiDescription &Api) {
  const auto *SR = dyn_cast<SymbolicRegion>(Base);
  const auto *Sym = SR ? dyn_cast<SymbolConjured>(SR->getSymbol()) : nullptr;
  return Sym ? vmallocAllocator(dyn_cast_or_null<CallExpr>(Sym->getStmt()), Api)
             : nullptr;
}

/// "DMA buffer 'img->header'": an allocation has no name of its own, so the
/// buffer is named as the call spells it (as the clang-tidy check does).
std::string spelledSubject(const CallEvent &Call, unsigned Param,
                           CheckerContext &C) {
  const Expr *Arg = Call.getArgExpr(Param)->IgnoreParenImpCasts();
  StringRef Text = Lexer::getSourceText(
      CharSourceRange::getTokenRange(Arg->getSourceRange()),
      C.getSourceManager(), C.getLangOpts());
  return Text.empty() ? "The buffer" : "DMA buffer '" + Text.str() + "'";
}

/// For a stack buffer of a frame that called (through inlined calls) the
/// current one: the frame its call entered, whose call site is in the
/// buffer's own frame. Null when the buffer is the current frame's.
const StackFrameContext *callEnteringOwner(const MemRegion *Base,
                                           CheckerContext &C) {
  const auto *Space = dyn_cast<StackSpaceRegion>(compat::memorySpace(Base));
  const StackFrameContext *Owner = Space ? Space->getStackFrame() : nullptr;
  for (const StackFrameContext *F = C.getStackFrame(); Owner && F;) {
    const LocationContext *Parent = F->getParent();
    const StackFrameContext *Up = Parent ? Parent->getStackFrame() : nullptr;
    if (Up == Owner)
      return F;
    F = Up;
  }
  return nullptr;
}

bool isOnStack(const MemRegion *Base) {
  return isa<StackSpaceRegion>(compat::memorySpace(Base));
}

std::string calleeName(const CallEvent &Call) {
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl()))
    return "'" + FD->getNameAsString() + "'";
  return "the callee";
}

} // namespace

void DmaChecker::reportThroughWrapper(StringRef Buffer,
                                      const StackFrameContext *Entry,
                                      StringRef Callee, bool ForbidsStack,
                                      const CallEvent &Call,
                                      CheckerContext &C) const {
  if (!ChecksEnabled[CK_UnfitStorage] || !BugTypes[CK_UnfitStorage])
    return;
  const auto *Wrapper = dyn_cast_or_null<NamedDecl>(Entry->getDecl());
  const Stmt *Site = Entry->getCallSite();
  if (!Wrapper || !Site)
    return;
  const LocationContext *SiteCtx = Entry->getParent();
  auto R = std::make_unique<BasicBugReport>(
      *BugTypes[CK_UnfitStorage],
      analyzerText(
          text::stackStorage(Buffer, Callee, ForbidsStack,
                             text::quoted(Wrapper->getNameAsString()))),
      PathDiagnosticLocation::createBegin(Site, C.getSourceManager(), SiteCtx));
  R->addRange(Site->getSourceRange());
  R->addNote("passed on to " + Callee.str() + " here",
             PathDiagnosticLocation::createBegin(Call.getOriginExpr(),
                                                 C.getSourceManager(),
                                                 C.getLocationContext()));
  C.emitReport(std::move(R));
}

void DmaChecker::checkStorage(const FunctionContract &FC, const CallEvent &Call,
                              CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  ASTContext &Ctx = C.getASTContext();
  SValBuilder &SVB = C.getSValBuilder();
  std::string Callee = calleeName(Call);
  for (const BufferParam &B : FC.Buffers) {
    BufferRef Ref = describeRegion(bufferRegion(B, Call, State, C));
    if (!Ref.Base)
      continue;
    std::string Name = nameOf(Ref.Region);

    // An API that never takes the stack wants DMA-capable memory (the
    // Linux kernel): there, const data is read-only memory, not flash.
    if (B.RequiresRam && isUntestedLikelyFlash(Ref.Base, State, Ctx))
      reportAtCall(CK_UnfitStorage,
                   text::constantStorage(Name, Callee,
                                         /*Kernel=*/B.ForbidsStack),
                   Call, B.Param, C);
    if (B.ForbidsVmalloc) {
      if (const FunctionDecl *From = vmallocSource(Ref.Base, Api))
        reportAtCall(CK_UnfitStorage,
                     text::vmallocStorage(spelledSubject(Call, B.Param, C),
                                          From->getName(), Callee),
                     Call, B.Param, C);
      else if (isModuleStaticData(varOf(Ref.Base)) &&
               isLoadableModuleUnit(C.getPreprocessor()))
        reportAtCall(CK_UnfitStorage,
                     text::moduleStaticStorage(
                         text::subject("DMA buffer", Name), Callee),
                     Call, B.Param, C);
    }
    if ((B.ForbidsStack || B.RequiresStable) && isOnStack(Ref.Base) &&
        !ApiDescription::isMarkedStable(varOf(Ref.Base))) {
      // A caller's buffer reached through an inlined wrapper: the wrapper
      // inherits the requirement, the caller's call is the bug.
      if (const StackFrameContext *Entry = callEnteringOwner(Ref.Base, C))
        reportThroughWrapper(Name, Entry, Callee, B.ForbidsStack, Call, C);
      else
        reportAtCall(CK_UnfitStorage,
                     text::stackStorage(Name, Callee, B.ForbidsStack), Call,
                     B.Param, C);
    }

    // Length against the bytes left in the buffer.
    if (!Ref.Offset)
      continue;
    std::optional<int64_t> Len = transferLength(B, Call, State, C);
    if (!Len)
      continue;
    DefinedOrUnknownSVal Extent = getDynamicExtent(State, Ref.Base, SVB);
    const llvm::APSInt *Size = SVB.getKnownValue(State, Extent);
    if (!Size || Size->isNegative())
      continue;
    int64_t Avail = Size->getExtValue() - *Ref.Offset;
    if (*Len <= Avail)
      continue;
    std::string Msg = text::transferOverrun(*Len, Callee, nameOf(Ref.Base),
                                            Size->getExtValue(), *Ref.Offset);
    reportAtCall(CK_TransferLength, Msg, Call,
                 B.LenParam ? *B.LenParam : B.Param, C);
  }
}

} // namespace dmasafe
