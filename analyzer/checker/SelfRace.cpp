//===- SelfRace.cpp - A function racing with its own previous call --------===//
//
// DESIGN.md, "Ownership model": a function that writes a static buffer,
// starts a transfer from it and returns with it in flight, and that does
// nothing before the write to wait for (or check) the transfer its
// previous call started, writes the buffer in flight when it is called
// again while the last message is still being sent:
//
//   static char tx_buf[64];
//   void log_printf(const char *fmt, ...) {
//     ...
//     vsnprintf(tx_buf, sizeof tx_buf, fmt, ap);         // warning here
//     HAL_UART_Transmit_DMA(&huart2, (uint8_t *)tx_buf, n); // note: started
//   }                                                    // note: returns
//
// The path says the function returns with the transfer in flight; the
// function's body says what comes before the write. Anything that could be
// a wait or a check there silences the rule (a condition or loop, a call
// other than a C library function the access table knows, or a builtin):
// `while (huart2.gState != HAL_UART_STATE_READY) {}`, `if (tx_busy)
// return;`, a semaphore take, a wrapper that may wait. So does a buffer
// picked by a variable index (a rotating pool), and a start made by a
// callee (its caller's body cannot show the order).
//
//===----------------------------------------------------------------------===//
#include "SelfRace.h"
#include "api/StmtWalk.h"
#include "semantics/LibraryAccess.h"

#include "clang/AST/ASTContext.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"

using namespace clang;
using namespace ento;

namespace dmasafe {
namespace {

/// Whether \p E names variable \p VD, or a member or a constant element of
/// it (`tx_buf`, `msg.text`, `buf[0]`); sets \p VariableIndex when an
/// element is picked by a non-constant index.
bool namesVariable(const Expr *E, const VarDecl *VD, const ASTContext &Ctx,
                   bool &VariableIndex) {
  while (E) {
    E = E->IgnoreParenCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return DRE->getDecl()->getCanonicalDecl() == VD->getCanonicalDecl();
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      if (ME->isArrow())
        return false;
      E = ME->getBase();
      continue;
    }
    if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
      if (!ASE->getIdx()->isIntegerConstantExpr(Ctx))
        VariableIndex = true;
      E = ASE->getBase();
      continue;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() != UO_Deref && UO->getOpcode() != UO_AddrOf)
        return false;
      E = UO->getSubExpr();
      continue;
    }
    return false;
  }
  return false;
}

using BodyFacts = SelfRace::BodyFacts;

bool isBefore(const Stmt *A, const Stmt *B, const SourceManager &SM) {
  return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
}

/// Whether a call to \p CE before the write could be a wait or a check.
bool mayWaitOrCheck(const CallExpr *CE, DmaChecker &Chk) {
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD)
    return true;
  if (FD->getBuiltinID())
    return false;
  if (libraryAccessOf(FD))
    return false;
  if (const FunctionContract *FC = Chk.Api.lookup(FD))
    return !FC->hasRole(Role::Start) && !FC->hasRole(Role::Arm) &&
           !FC->hasRole(Role::Trigger);
  return true;
}

BodyFacts factsOf(const Stmt *Body, const VarDecl *VD, const Stmt *Start,
                  const DmaChecker &Chk, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  BodyFacts F;
  auto NoteWrite = [&](const Stmt *S, const Expr *Target) {
    bool VariableIndex = false;
    if (!namesVariable(Target, VD, Ctx, VariableIndex))
      return;
    F.RotatingBuffer |= VariableIndex;
    if (isBefore(S, Start, SM) && (!F.FirstWrite || isBefore(S, F.FirstWrite, SM)))
      F.FirstWrite = S;
  };
  auto NoteCheck = [&](const Stmt *S) {
    if (!F.FirstCheck || isBefore(S, F.FirstCheck, SM))
      F.FirstCheck = S;
  };
  anyStmtUnder(Body, [&](const Stmt *S) {
    if (isa<IfStmt, WhileStmt, DoStmt, ForStmt, SwitchStmt,
            AbstractConditionalOperator>(S))
      NoteCheck(S);
    if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
      if (BO->isAssignmentOp())
        NoteWrite(S, BO->getLHS());
      if (BO->isLogicalOp())
        NoteCheck(S);
    } else if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
      if (UO->isIncrementDecrementOp())
        NoteWrite(S, UO->getSubExpr());
    } else if (const auto *CE = dyn_cast<CallExpr>(S)) {
      if (const LibraryAccess *A = libraryAccessOf(CE->getDirectCallee())) {
        for (const LibraryOperand &Op : A->Operands)
          if (Op.Writes && Op.Arg < CE->getNumArgs())
            NoteWrite(S, CE->getArg(Op.Arg));
      } else if (S != Start &&
                 mayWaitOrCheck(CE, const_cast<DmaChecker &>(Chk))) {
        NoteCheck(S);
      }
    }
    return false;
  });
  return F;
}

/// Whether \p Body waits for, polls or aborts a transfer somewhere: the
/// function knows its transfer can still run, and a path that returns in
/// flight is a failed wait, not the pattern.
bool completesSomewhere(const Stmt *Body, DmaChecker &Chk) {
  return anyStmtUnder(Body, [&](const Stmt *S) {
    const auto *CE = dyn_cast<CallExpr>(S);
    const FunctionContract *FC =
        CE ? Chk.Api.lookup(CE->getDirectCallee()) : nullptr;
    return FC && (FC->hasRole(Role::Wait) || FC->hasRole(Role::Abort) ||
                  FC->hasRole(Role::PollBusy) || FC->hasRole(Role::PollDone) ||
                  FC->hasRole(Role::WaitSignal));
  });
}

} // namespace

void SelfRace::checkEndFunction(const ReturnStmt *RS, CheckerContext &C) const {
  if (!Chk || Chk->modelBroken(C.getASTContext()) ||
      !Chk->ChecksEnabled[DmaChecker::CK_InFlightAccess])
    return;
  ProgramStateRef State = C.getState();
  if (!anyInFlight(State))
    return;
  const StackFrameContext *SFC = C.getStackFrame();
  const auto *FD = dyn_cast_or_null<FunctionDecl>(SFC->getDecl());
  if (!FD || !FD->getBody())
    return;
  // Both walks of the body are the same at every end of every path: once
  // per function (and buffer and start), not once per path per transfer.
  auto [Known, New] = BodyCompletes.try_emplace(FD->getBody(), false);
  if (New)
    Known->second =
        completesSomewhere(FD->getBody(), const_cast<DmaChecker &>(*Chk));
  if (Known->second)
    return;
  const SourceManager &SM = C.getSourceManager();
  for (const auto &[Key, T] : transfersOf(State)) {
    const auto *VR = dyn_cast_or_null<VarRegion>(T.base());
    if (!T.isInFlight() || !VR || !VR->getDecl()->hasGlobalStorage())
      continue;
    const ExplodedNode *StartN = startSiteOf(C.getPredecessor(), Key);
    if (!StartN || StartN->getStackFrame() != SFC)
      continue;
    const Stmt *Start = StartN->getStmtForDiagnostics();
    if (!Start)
      continue;
    auto [It, Fresh] = Facts.try_emplace({VR->getDecl(), Start});
    if (Fresh)
      It->second = factsOf(FD->getBody(), VR->getDecl(), Start, *Chk,
                           C.getASTContext());
    const BodyFacts &F = It->second;
    if (!F.FirstWrite || F.RotatingBuffer ||
        (F.FirstCheck && isBefore(F.FirstCheck, F.FirstWrite, SM)) ||
        !Reported.insert(F.FirstWrite).second)
      continue;
    std::string Buf = nameOf(T.named());
    std::string Fn = "'" + FD->getNameAsString() + "'";
    auto R = std::make_unique<BasicBugReport>(
        *Chk->BugTypes[DmaChecker::CK_InFlightAccess],
        analyzerText(text::selfRace(Buf, T.direction(), Fn)),
        PathDiagnosticLocation::createBegin(F.FirstWrite, SM, SFC));
    R->addRange(F.FirstWrite->getSourceRange());
    R->setDeclWithIssue(FD);
    R->addNote(text::transferNote(T.direction(), Buf, "started here"),
               PathDiagnosticLocation::createBegin(Start, SM, SFC));
    R->addNote(Fn + " returns with the transfer in flight; its next call "
                    "writes " + Buf + " without waiting for it",
               RS ? PathDiagnosticLocation::createBegin(RS, SM, SFC)
                  : PathDiagnosticLocation::createDeclEnd(SFC, SM));
    R->addNote(Chk->completionHint(Key, T, C.getPredecessor(),
                                   "writing " + Buf) +
                   ", or check a busy flag cleared by the completion",
               PathDiagnosticLocation::createBegin(F.FirstWrite, SM, SFC));
    C.emitReport(std::move(R));
  }
}

} // namespace dmasafe
