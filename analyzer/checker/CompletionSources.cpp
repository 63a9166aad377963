//===- CompletionSources.cpp - Which functions run when a transfer ends ---===//
//
// A completion callback has a fixed name in some APIs (STM32 HAL's
// HAL_UART_TxCpltCallback: a contract says so) and is handed over at run
// time in others (api/RegisteredCallbacks.h: Zephyr's uart_callback_set,
// `dma_config.dma_callback`).
//
// One more walk over the translation unit finds every kernel object a
// signal function (k_sem_give) is called on, so that a wait on an object
// nobody in the TU signals can be told from one signalled elsewhere.
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"

#include "api/RegisteredCallbacks.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;
using namespace ento;

namespace dmasafe {
namespace {

template <typename Fn> void forEachDecl(const DeclContext *DC, Fn F) {
  for (const Decl *D : DC->decls()) {
    if (const auto *Inner = dyn_cast<LinkageSpecDecl>(D))
      forEachDecl(Inner, F);
    else
      F(D);
  }
}

/// Objects given by signal-role calls anywhere in \p Root.
void collectSignalled(const Stmt *Root, ApiDescription &Api,
                      CompletionSources &Out) {
  SmallVector<const Stmt *, 32> Work{Root};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *CE = dyn_cast<CallExpr>(S))
      if (const FunctionDecl *Callee = CE->getDirectCallee())
        if (const FunctionContract *FC = Api.lookup(Callee))
          if (FC->hasRole(Role::Signal) &&
              FC->Handle.Param < CE->getNumArgs()) {
            bool FromInterrupt = FC->FromInterrupt;
            Out.Signalled.push_back(
                signalObjectOf(CE->getArg(FC->Handle.Param)));
            if (FromInterrupt)
              Out.SignalledFromInterrupt.push_back(Out.Signalled.back());
          }
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
}

} // namespace

const CompletionSources &
DmaChecker::completionSources(ASTContext &Ctx) const {
  if (Sources)
    return *Sources;
  Sources.emplace();
  auto AddCallback = [&](const FunctionDecl *FD, CompletionScope Scope) {
    for (const CompletionCallbackFn &Old : Sources->Callbacks)
      if (Old.Definition == FD && Old.Scope == Scope)
        return;
    Sources->Callbacks.push_back({FD, Scope});
  };
  forEachDecl(Ctx.getTranslationUnitDecl(), [&](const Decl *D) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody())
      return;
    if (const FunctionContract *FC = Api.lookup(FD))
      if (FC->hasRole(Role::CompletionCallback))
        AddCallback(FD, {familyId(FC->Api), FC->Completes});
    collectSignalled(FD->getBody(), Api, *Sources);
  });
  for (const RegisteredCallback &CB : registeredCallbacks(Ctx, Api))
    AddCallback(CB.Definition, {familyId(CB.Api), std::nullopt});
  return *Sources;
}

} // namespace dmasafe
