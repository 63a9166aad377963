//===- CompletionKnowledge.cpp - What in a TU completes transfers ---------===//
#include "CompletionKnowledge.h"
#include "StmtWalk.h"

#include "InterruptHandlers.h"
#include "RegisteredCallbacks.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/STLFunctionalExtras.h"

using namespace clang;

namespace dmasafe {

CompletionScope CompletionScope::either(const CompletionScope &A,
                                        const CompletionScope &B) {
  if (A.Api != B.Api)
    return everything();
  if (A.Only != B.Only)
    return {A.Api, std::nullopt, std::nullopt};
  if (A.Channel != B.Channel)
    return {A.Api, A.Only, std::nullopt, A.Object == B.Object ? A.Object : nullptr};
  if (A.Object != B.Object)
    return {A.Api, A.Only, A.Channel, nullptr};
  return A;
}

bool CompletionScope::coversObject(const VarDecl *Handle) const {
  if (!Object || !Handle || Object == Handle->getCanonicalDecl())
    return true;
  auto TypeOf = [](const VarDecl *V) {
    return V->getType().getCanonicalType().getUnqualifiedType();
  };
  return TypeOf(Object) != TypeOf(Handle);
}

QualType CompletionFlag::type() const {
  return Path.empty() ? Var->getType() : Path.back()->getType();
}

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

/// Every declaration of the TU, inside `extern "C"` blocks and namespaces
/// too.
void forEachDecl(const DeclContext *DC, llvm::function_ref<void(const Decl *)> F) {
  for (const Decl *D : DC->decls()) {
    if (isa<LinkageSpecDecl, NamespaceDecl>(D))
      forEachDecl(cast<DeclContext>(D), F);
    else
      F(D);
  }
}

/// Calls \p Visit on every statement \p Body runs: its own and those of
/// the defined functions it calls, \p Depth levels deep, entering a callee
/// only where \p Enter says so.
void forEachStmtRun(const Stmt *Body, unsigned Depth,
                    llvm::function_ref<bool(const FunctionDecl *)> Enter,
                    llvm::function_ref<void(const Stmt *)> Visit) {
  anyStmtUnder(Body, [&](const Stmt *S) {
    Visit(S);
    if (const auto *CE = dyn_cast<CallExpr>(S)) {
      const FunctionDecl *Callee = CE->getDirectCallee();
      const FunctionDecl *Def = nullptr;
      if (Depth > 0 && Callee && Callee->hasBody(Def) && Def->getBody() &&
          Enter(Callee))
        forEachStmtRun(Def->getBody(), Depth - 1, Enter, Visit);
    }
    return false;
  });
}

/// The global (or member of a global, through `.` only) that \p E names,
/// through parentheses and casts; Var is null when \p E names none.
CompletionFlag globalNamedBy(const Expr *E) {
  CompletionFlag F{nullptr, {}, {}};
  if (!E)
    return F;
  E = E->IgnoreParenImpCasts();
  while (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (ME->isArrow() || !FD)
      return F;
    F.Path.insert(F.Path.begin(), FD);
    E = ME->getBase()->IgnoreParenImpCasts();
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (VD && VD->hasGlobalStorage())
    F.Var = VD->getCanonicalDecl();
  return F;
}

/// The global whose address \p Cond tests a parameter of \p Fn against
/// (`huart == &huart2`, `&huart2 == huart`, either side of an `&&`).
const VarDecl *handleTestedBy(const Expr *Cond, const FunctionDecl *Fn) {
  const auto *BO = dyn_cast_or_null<BinaryOperator>(
      Cond ? Cond->IgnoreParenImpCasts() : nullptr);
  if (!BO)
    return nullptr;
  if (BO->getOpcode() == BO_LAnd) {
    if (const VarDecl *V = handleTestedBy(BO->getLHS(), Fn))
      return V;
    return handleTestedBy(BO->getRHS(), Fn);
  }
  if (BO->getOpcode() != BO_EQ)
    return nullptr;
  auto IsParam = [&](const Expr *E) {
    const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts());
    const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
    return P && llvm::is_contained(Fn->parameters(), P);
  };
  auto Addressed = [](const Expr *E) -> const VarDecl * {
    const auto *UO = dyn_cast<UnaryOperator>(E->IgnoreParenCasts());
    if (!UO || UO->getOpcode() != UO_AddrOf)
      return nullptr;
    const auto *DRE =
        dyn_cast<DeclRefExpr>(UO->getSubExpr()->IgnoreParenImpCasts());
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    return VD && VD->hasGlobalStorage() ? VD->getCanonicalDecl() : nullptr;
  };
  if (IsParam(BO->getLHS()))
    return Addressed(BO->getRHS());
  if (IsParam(BO->getRHS()))
    return Addressed(BO->getLHS());
  return nullptr;
}

/// Calls \p Visit on every statement callback \p Fn runs (\p S and below,
/// and the defined functions it calls \p Depth levels deep), with the
/// handle object the callback tested its parameter against on the way
/// there (null: none).
void forEachCallbackStmt(
    const Stmt *S, const FunctionDecl *Fn, unsigned Depth,
    const VarDecl *Tested,
    llvm::function_ref<void(const Stmt *, const VarDecl *)> Visit) {
  if (!S)
    return;
  if (const auto *If = dyn_cast<IfStmt>(S); If && Fn) {
    const VarDecl *Then = handleTestedBy(If->getCond(), Fn);
    forEachCallbackStmt(If->getCond(), Fn, Depth, Tested, Visit);
    forEachCallbackStmt(If->getThen(), Fn, Depth, Then ? Then : Tested, Visit);
    forEachCallbackStmt(If->getElse(), Fn, Depth, Tested, Visit);
    return;
  }
  Visit(S, Tested);
  if (const auto *CE = dyn_cast<CallExpr>(S)) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    const FunctionDecl *Def = nullptr;
    // A callee's own tests are of its parameters, not of the callback's.
    if (Depth > 0 && Callee && Callee->hasBody(Def) && Def->getBody())
      forEachCallbackStmt(Def->getBody(), nullptr, Depth - 1, Tested, Visit);
  }
  for (const Stmt *Child : S->children())
    forEachCallbackStmt(Child, Fn, Depth, Tested, Visit);
}

/// What \p S writes: the left side of an assignment, the operand of ++/--.
const Expr *writtenBy(const Stmt *S) {
  if (const auto *BO = dyn_cast<BinaryOperator>(S))
    return BO->isAssignmentOp() ? BO->getLHS() : nullptr;
  if (const auto *UO = dyn_cast<UnaryOperator>(S))
    return UO->isIncrementDecrementOp() ? UO->getSubExpr() : nullptr;
  return nullptr;
}

} // namespace

void CompletionKnowledge::collectSources() {
  SourcesKnown = true;
  auto AddCallback = [&](const FunctionDecl *FD, CompletionScope Scope) {
    for (const CompletionCallbackFn &Old : Callbacks)
      if (Old.Definition == FD && Old.Scope == Scope)
        return;
    Callbacks.push_back({FD, std::move(Scope)});
  };
  forEachDecl(Ctx.getTranslationUnitDecl(), [&](const Decl *D) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody())
      return;
    if (const FunctionContract *FC = Api.lookup(FD))
      if (FC->hasRole(Role::CompletionCallback))
        AddCallback(FD, {FC->Api, FC->Completes, std::nullopt});
    forEachStmtRun(
        FD->getBody(), 0, [](const FunctionDecl *) { return false; },
        [&](const Stmt *S) {
          const auto *CE = dyn_cast<CallExpr>(S);
          const FunctionContract *FC =
              CE && CE->getDirectCallee() ? Api.lookup(CE->getDirectCallee())
                                          : nullptr;
          if (!FC || !FC->hasRole(Role::Signal) ||
              FC->Handle.Param >= CE->getNumArgs())
            return;
          Signalled.push_back(signalObjectOf(CE->getArg(FC->Handle.Param)));
          if (FC->FromInterrupt)
            SignalledFromInterrupt.push_back(Signalled.back());
        });
  });
  for (const RegisteredCallback &CB : registeredCallbacks(Ctx, Api))
    AddCallback(CB.Definition, {CB.Api, std::nullopt, std::nullopt});
}

const std::vector<CompletionCallbackFn> &CompletionKnowledge::callbacks() {
  if (!SourcesKnown)
    collectSources();
  return Callbacks;
}

const std::vector<CompletionFlag> &CompletionKnowledge::flags() {
  if (Flags)
    return *Flags;
  Flags.emplace();
  auto Add = [&](CompletionFlag F) {
    for (CompletionFlag &Old : *Flags)
      if (Old.sameVariable(F)) {
        // Written by callbacks of two APIs (or directions): a flag of both.
        Old.Scope = CompletionScope::either(Old.Scope, F.Scope);
        return;
      }
    Flags->push_back(std::move(F));
  };
  forEachDecl(Ctx.getTranslationUnitDecl(), [&](const Decl *D) {
    if (const auto *VD = dyn_cast<VarDecl>(D))
      if (ApiDescription::isMarkedCompletionFlag(VD))
        Add(CompletionFlag{VD->getCanonicalDecl(), {}, {}});
  });
  for (const CompletionCallbackFn &CB : callbacks())
    forEachCallbackStmt(
        CB.Definition->getBody(), CB.Definition, CompletionCallDepth, nullptr,
        [&](const Stmt *S, const VarDecl *Tested) {
          CompletionFlag F = globalNamedBy(writtenBy(S));
          if (F.Var && F.type()->isScalarType()) {
            F.Scope = CB.Scope;
            F.Scope.Object = Tested;
            Add(std::move(F));
          }
        });
  // What an interrupt vector sets once it saw or cleared a DMA completion.
  forEachInterruptCompletionWrite(
      Ctx, Api, [&](const Expr *Written, const VectorCompletion &Seen) {
        CompletionFlag F = globalNamedBy(Written);
        if (F.Var && F.type()->isScalarType()) {
          F.Scope = CompletionScope{Seen.Api, std::nullopt, Seen.Channel};
          Add(std::move(F));
        }
      });
  return *Flags;
}

const CompletionFlag *CompletionKnowledge::flagNamedBy(const Expr *E) {
  CompletionFlag Named = globalNamedBy(E);
  if (!Named.Var)
    return nullptr;
  for (const CompletionFlag &F : flags())
    if (F.sameVariable(Named))
      return &F;
  if (!Named.Path.empty() || !ApiDescription::isMarkedCompletionFlag(Named.Var))
    return nullptr;
  for (const CompletionFlag &F : MarkedLocals)
    if (F.sameVariable(Named))
      return &F;
  MarkedLocals.push_back(std::move(Named));
  return &MarkedLocals.back();
}

llvm::SmallVector<CompletionScope, 2>
CompletionKnowledge::scopesCompletedByWaitOn(const Expr *Object) {
  SignalObject Waited = signalObjectOf(Object);
  if (!Waited.named())
    return {CompletionScope::everything()};
  if (Waited.Var && ApiDescription::isMarkedCompletionFlag(Waited.Var))
    return {CompletionScope::everything()};
  if (!Signals) {
    Signals.emplace();
    for (const CompletionCallbackFn &CB : callbacks())
      // A function with a contract is not entered: its contract says
      // what it does.
      forEachStmtRun(
          CB.Definition->getBody(), CompletionCallDepth,
          [&](const FunctionDecl *Callee) { return !Api.lookup(Callee); },
          [&](const Stmt *S) {
            const auto *CE = dyn_cast<CallExpr>(S);
            const FunctionContract *FC =
                CE && CE->getDirectCallee()
                    ? Api.lookup(CE->getDirectCallee())
                    : nullptr;
            if (!FC || !FC->hasRole(Role::Signal) ||
                FC->Handle.Param >= CE->getNumArgs())
              return;
            SignalObject G = signalObjectOf(CE->getArg(FC->Handle.Param));
            if (G.named())
              Signals->push_back({std::move(G), CB.Scope});
          });
  }
  llvm::SmallVector<CompletionScope, 2> Scopes;
  for (const Signal &S : *Signals)
    if (S.Object.matches(Waited) && !llvm::is_contained(Scopes, S.Scope))
      Scopes.push_back(S.Scope);
  if (!Scopes.empty())
    return Scopes;
  auto GivenIn = [&](const std::vector<SignalObject> &Objects) {
    return llvm::any_of(
        Objects, [&](const SignalObject &G) { return G.matches(Waited); });
  };
  // Given from an interrupt, but not by a callback of this TU: an ISR glue
  // function the HAL callback of another file calls. Never a lock.
  if (GivenIn(SignalledFromInterrupt))
    return {CompletionScope::everything()};
  // Given by nobody here: maybe by a callback in another file.
  if (!GivenIn(Signalled))
    return {CompletionScope::everything()};
  return {};
}

bool CompletionKnowledge::mayComplete(const FunctionDecl *FD) {
  const FunctionDecl *Def = nullptr;
  if (!FD || !FD->hasBody(Def) || !Def || !Def->getBody())
    return false;
  auto It = Completes.find(Def);
  if (It != Completes.end())
    return It->second;
  bool Found = false;
  forEachStmtRun(
      Def->getBody(), CompletionCallDepth,
      [&](const FunctionDecl *Callee) { return !Api.lookup(Callee); },
      [&](const Stmt *S) {
        if (Found)
          return;
        if (const auto *CE = dyn_cast<CallExpr>(S)) {
          if (const FunctionDecl *Callee = CE->getDirectCallee())
            if (const FunctionContract *K = Api.lookup(Callee))
              for (Role R : {Role::Wait, Role::Abort, Role::PollBusy,
                             Role::PollDone, Role::Suspend, Role::WaitSignal})
                Found |= K->hasRole(R);
          return;
        }
        if (isa<DeclRefExpr, MemberExpr>(S))
          Found = flagNamedBy(cast<Expr>(S)) != nullptr;
      });
  Completes[Def] = Found;
  return Found;
}

} // namespace dmasafe
