//===- ReleaseInFlightCheck.cpp - dmasafe-release-in-flight ---------------===//
#include "ReleaseInFlightCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace dmasafe {
namespace tidy {

namespace {

/// Where a scope ends: the closing brace of a block, or the jump leaving it.
SourceLocation scopeEndLoc(const Stmt *Trigger) {
  if (const auto *CS = dyn_cast_or_null<CompoundStmt>(Trigger))
    return CS->getRBracLoc();
  return Trigger ? Trigger->getBeginLoc() : SourceLocation();
}

/// The declaration statement that declares only \p VD, if any.
const DeclStmt *soleDeclStmt(const FunctionDecl &FD, const VarDecl *VD) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const VarDecl *Target;
    const DeclStmt *Found = nullptr;
    bool VisitDeclStmt(DeclStmt *DS) {
      if (DS->isSingleDecl() && DS->getSingleDecl() == Target)
        Found = DS;
      return !Found;
    }
  } F;
  F.Target = VD;
  F.TraverseStmt(FD.getBody());
  return F.Found;
}

/// Whether inserting `static` keeps the program valid C: a constant
/// initializer, no variable-length array, one declarator, no macro.
const DeclStmt *staticInsertionPoint(const FunctionDecl &FD,
                                     const VarDecl *VD, ASTContext &Ctx) {
  if (isa<ParmVarDecl>(VD) || VD->getType()->isVariablyModifiedType() ||
      VD->getStorageClass() == SC_Register)
    return nullptr;
  if (const Expr *Init = VD->getInit())
    if (!Init->isConstantInitializer(Ctx, /*ForRef=*/false))
      return nullptr;
  const DeclStmt *DS = soleDeclStmt(FD, VD);
  if (!DS || DS->getBeginLoc().isMacroID())
    return nullptr;
  return DS;
}

} // namespace

ReleaseInFlightCheck::ReleaseInFlightCheck(
    llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
    : FlowCheck(Name, Context),
      SuggestStatic(boolOption("SuggestStatic", false)) {}

void ReleaseInFlightCheck::storeOptions(
    clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  storeBoolOption(Opts, "SuggestStatic", SuggestStatic);
}

void ReleaseInFlightCheck::checkFunction(const FunctionDecl &FD,
                                         const FunctionFlow &Flow,
                                         ASTContext &Ctx) {
  for (const EscapeFinding &E : Flow.Escapes) {
    const TransferSite &T = Flow.Transfers[E.Transfer];
    const VarDecl *VD = T.Buffer.Var;
    // A local the programmer marked DMA_STABLE is declared to outlive its
    // transfers (a never-returning main loop, for example).
    if (!VD->hasLocalStorage() || ApiDescription::isMarkedStable(VD))
      continue;
    const FunctionDecl *Starter = T.Start->getDirectCallee();
    const DeclStmt *StaticAt =
        SuggestStatic ? staticInsertionPoint(FD, VD, Ctx) : nullptr;
    {
      // Leaving the function says so, as the analyzer does at a return.
      bool Returns = isa_and_nonnull<ReturnStmt>(E.ScopeEnd) ||
                     E.ScopeEnd == FD.getBody();
      std::string Buffer = text::quoted(bufferName(T.Buffer));
      auto D =
          diag(scopeEndLoc(E.ScopeEnd), "%0") << tidyText(
              Returns
                  ? text::returnInFlight(text::quoted(FD.getNameAsString()),
                                         Buffer, T.Dir, E.OnEveryPath)
                  : text::scopeEndInFlight(Buffer, T.Dir, E.OnEveryPath));
      if (StaticAt)
        D << FixItHint::CreateInsertion(StaticAt->getBeginLoc(), "static ");
    }
    std::string Var = text::quoted(VD->getNameAsString());
    diag(T.Start->getBeginLoc(), "%0", DiagnosticIDs::Note)
        << text::startSiteNote(text::quoted(Starter->getNameAsString()),
                               T.Armed && !T.MaybeTriggered,
                               text::completeBefore(Var));
    if (!StaticAt)
      diag(VD->getLocation(), "%0", DiagnosticIDs::Note)
          << text::staticStorageNote(Var,
                                     text::quoted(FD.getNameAsString()));
  }
}

} // namespace tidy
} // namespace dmasafe
