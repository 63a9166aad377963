//===- CompletionFlags.cpp - Variables an interrupt sets on completion ----===//
//
// Vendor APIs complete through an interrupt callback that sets a variable;
// the code waits with `while (!done) {}`. A global (or a member of one,
// `g.done`) written in the body of a completion callback (by contract, or
// registered at run time: CompletionSources.cpp), or of a function it calls
// directly (two levels), is a flag of that callback's API; a variable marked
// DMA_COMPLETION_FLAG is a flag of every API.
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;
using namespace ento;

namespace dmasafe {
namespace {

/// The global (or member of a global, through `.` only) that \p E names,
/// through parentheses and casts; Var is null when \p E names none.
CompletionFlag flagNamedBy(const Expr *E) {
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

/// How deep to follow calls from a callback: `Callback() { mark_done(); }`.
constexpr unsigned MaxCallDepth = 2;

void visitCallbackStmts(const Stmt *Body, unsigned Depth,
                        llvm::function_ref<bool(const CallExpr *)> Enter,
                        llvm::function_ref<void(const Stmt *)> Visit) {
  llvm::SmallVector<const Stmt *, 32> Work{Body};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    Visit(S);
    if (const auto *CE = dyn_cast<CallExpr>(S)) {
      const FunctionDecl *Callee = CE->getDirectCallee();
      const FunctionDecl *Def = nullptr;
      if (Depth > 0 && Callee && Callee->hasBody(Def) && Def->getBody() &&
          Enter(CE))
        visitCallbackStmts(Def->getBody(), Depth - 1, Enter, Visit);
    }
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
}

/// Globals (and members of globals) assigned, compound-assigned or
/// incremented in what \p Body runs.
void collectWrittenFlags(const Stmt *Body,
                         llvm::SmallVectorImpl<CompletionFlag> &Out) {
  forEachStmtOfCallback(
      Body, [](const CallExpr *) { return true; },
      [&](const Stmt *S) {
        const Expr *Written = nullptr;
        if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
          if (BO->isAssignmentOp())
            Written = BO->getLHS();
        } else if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
          if (UO->isIncrementDecrementOp())
            Written = UO->getSubExpr();
        }
        if (!Written)
          return;
        CompletionFlag F = flagNamedBy(Written);
        if (F.Var && F.type()->isScalarType())
          Out.push_back(std::move(F));
      });
}

} // namespace

void forEachStmtOfCallback(const Stmt *Body,
                           llvm::function_ref<bool(const CallExpr *)> Enter,
                           llvm::function_ref<void(const Stmt *)> Visit) {
  visitCallbackStmts(Body, MaxCallDepth, Enter, Visit);
}

const std::vector<CompletionFlag> &
DmaChecker::completionFlags(ASTContext &Ctx) const {
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
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (const auto *VD = dyn_cast<VarDecl>(D))
      if (ApiDescription::isMarkedCompletionFlag(VD))
        Add(CompletionFlag{VD->getCanonicalDecl(), {}, {}});
  for (const CompletionCallbackFn &CB : completionSources(Ctx).Callbacks) {
    llvm::SmallVector<CompletionFlag, 4> Written;
    collectWrittenFlags(CB.Definition->getBody(), Written);
    for (CompletionFlag &F : Written) {
      F.Scope = CB.Scope;
      Add(std::move(F));
    }
  }
  return *Flags;
}

} // namespace dmasafe
