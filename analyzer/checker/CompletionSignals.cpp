//===- CompletionSignals.cpp - Kernel objects a completion callback gives -===//
//
// RTOS code does not spin on a flag: the completion callback gives a
// semaphore (k_sem_give, xSemaphoreGiveFromISR, complete) and the thread
// blocks on it (k_sem_take, xSemaphoreTake, wait_for_completion). An object
// a completion callback of API A signals is a completion signal of A; a
// successful wait on it completes A's transfers.
//
// Objects are told apart by name, as the code spells them at the give and
// at the take: the same global (and member path), or the same member when
// reached through a pointer (`k_sem_give(&d->tx_sem)` in the callback,
// `k_sem_take(&drv.tx_sem)` in the thread). When unsure, say nothing: a
// wait on an object that cannot be named (a parameter), or that nothing in
// this translation unit signals (the callback lives in another file),
// completes every transfer. An object signalled here, but only outside any
// completion callback (a mutex-like semaphore), completes none.
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;
using namespace ento;

namespace dmasafe {

bool SignalObject::matches(const SignalObject &O) const {
  if (Var && O.Var)
    return Var == O.Var && Path == O.Path;
  if (Path.empty() || O.Path.empty())
    return false;
  return Path.back() == O.Path.back();
}

SignalObject signalObjectOf(const Expr *E) {
  SignalObject O;
  if (!E)
    return O;
  E = E->IgnoreParenCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_AddrOf)
    E = UO->getSubExpr()->IgnoreParenCasts();
  while (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!FD)
      return {};
    O.Path.insert(O.Path.begin(), FD->getCanonicalDecl());
    if (ME->isArrow())
      return O; // some object of that type
    E = ME->getBase()->IgnoreParenCasts();
  }
  // `&sems[i]`: the elements of one array are one object here.
  if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E))
    E = ASE->getBase()->IgnoreParenCasts();
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (VD && VD->hasGlobalStorage())
    O.Var = VD->getCanonicalDecl();
  // A member of a local or parameter struct: named by the member alone.
  return O;
}

namespace {

/// Objects given by signal functions in what \p Body runs (a function
/// with a contract is not entered: its contract says what it does).
void collectGivenObjects(const Stmt *Body, ApiDescription &Api,
                         SmallVectorImpl<SignalObject> &Out) {
  forEachStmtOfCallback(
      Body,
      [&](const CallExpr *CE) { return !Api.lookup(CE->getDirectCallee()); },
      [&](const Stmt *S) {
        const auto *CE = dyn_cast<CallExpr>(S);
        const FunctionContract *FC =
            CE ? Api.lookup(CE->getDirectCallee()) : nullptr;
        if (FC && FC->hasRole(Role::Signal) &&
            FC->Handle.Param < CE->getNumArgs())
          Out.push_back(signalObjectOf(CE->getArg(FC->Handle.Param)));
      });
}

} // namespace

SmallVector<CompletionScope, 2>
DmaChecker::scopesCompletedByWaitOn(const Expr *Object,
                                    ASTContext &Ctx) const {
  SignalObject Waited = signalObjectOf(Object);
  if (!Waited.named())
    return {CompletionScope()};
  if (Waited.Var && ApiDescription::isMarkedCompletionFlag(Waited.Var))
    return {CompletionScope()};

  if (!Signals) {
    Signals.emplace();
    for (const CompletionCallbackFn &CB : completionSources(Ctx).Callbacks) {
      SmallVector<SignalObject, 4> Given;
      collectGivenObjects(CB.Definition->getBody(), Api, Given);
      for (SignalObject &G : Given)
        if (G.named())
          Signals->push_back({std::move(G), CB.Scope});
    }
  }

  SmallVector<CompletionScope, 2> Scopes;
  for (const CompletionSignal &S : *Signals)
    if (S.Object.matches(Waited) && !llvm::is_contained(Scopes, S.Scope))
      Scopes.push_back(S.Scope);
  if (!Scopes.empty())
    return Scopes;
  // Given from an interrupt, but not by a callback of this TU: an ISR glue
  // function the HAL callback of another file calls. Never a lock.
  if (llvm::any_of(completionSources(Ctx).SignalledFromInterrupt,
                   [&](const SignalObject &G) { return G.matches(Waited); }))
    return {CompletionScope()};
  bool SignalledHere =
      llvm::any_of(completionSources(Ctx).Signalled,
                   [&](const SignalObject &G) { return G.matches(Waited); });
  if (!SignalledHere)
    return {CompletionScope()};
  return {};
}

} // namespace dmasafe
