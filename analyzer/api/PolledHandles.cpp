//===- PolledHandles.cpp - The handles a function's body polls -----------===//
#include "PolledHandles.h"
#include "RegisterModel.h"
#include "StmtWalk.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

using namespace clang;

namespace dmasafe {
namespace {

/// The index of the parameter of \p Def that \p E names, if it does.
std::optional<unsigned> paramNamedBy(const Expr *E, const FunctionDecl *Def) {
  const auto *DRE = E ? dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()) : nullptr;
  const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
  if (!P || P->getDeclContext() != Def)
    return std::nullopt;
  return P->getFunctionScopeIndex();
}

} // namespace

std::vector<PolledHandle> handlesPolledBy(const FunctionDecl *Def,
                                          ApiDescription &Api) {
  std::vector<PolledHandle> Out;
  if (!Def || !Def->getBody())
    return Out;
  Api.loadUsedModels(Def->getASTContext().Idents);
  anyStmtUnder(Def->getBody(), [&](const Stmt *S) {
    if (const auto *ME = dyn_cast<MemberExpr>(S)) {
      const RegisterBlock *B = nullptr;
      const ControlRegister *Ready = readyMemberOf(
          dyn_cast<FieldDecl>(ME->getMemberDecl()), Api.registerBlocks(), B);
      if (!Ready || !ME->isArrow())
        return false;
      if (std::optional<unsigned> P = paramNamedBy(ME->getBase(), Def)) {
        Out.push_back({*P, nullptr, B->Api, Ready->Dir});
        return false;
      }
      // `s->spi->State`: the handle is the member spi of *s.
      const auto *Outer = dyn_cast<MemberExpr>(ME->getBase()->IgnoreParenImpCasts());
      const auto *Field =
          Outer ? dyn_cast<FieldDecl>(Outer->getMemberDecl()) : nullptr;
      if (Field && Outer->isArrow())
        if (std::optional<unsigned> P = paramNamedBy(Outer->getBase(), Def))
          Out.push_back({*P, Field, B->Api, Ready->Dir});
      return false;
    }
    const auto *CE = dyn_cast<CallExpr>(S);
    const FunctionDecl *Callee = CE ? CE->getDirectCallee() : nullptr;
    const FunctionContract *C = Callee ? Api.lookup(Callee) : nullptr;
    if (!C || C->Handle.K != HandleSpec::Kind::Param ||
        C->Handle.Param >= CE->getNumArgs() ||
        !(C->hasRole(Role::PollDone) || C->hasRole(Role::PollBusy) ||
          C->hasRole(Role::Wait)))
      return false;
    const Expr *Arg = CE->getArg(C->Handle.Param)->IgnoreParenImpCasts();
    if (std::optional<unsigned> P = paramNamedBy(Arg, Def))
      Out.push_back({*P, nullptr, C->Api, std::nullopt});
    return false;
  });
  return Out;
}

} // namespace dmasafe
