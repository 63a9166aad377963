//===- AnnotationMisuseCheck.cpp - dmasafe-annotation-misuse ---------------===//
#include "AnnotationMisuseCheck.h"

#include "clang/AST/Attr.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace dmasafe {
namespace tidy {

void AnnotationMisuseCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      functionDecl(anyOf(hasAttr(attr::Annotate),
                         hasAnyParameter(hasAttr(attr::Annotate))))
          .bind("fn"),
      this);
  Finder->addMatcher(
      decl(anyOf(varDecl(unless(parmVarDecl())), fieldDecl(),
                 typedefNameDecl(), recordDecl()),
           hasAttr(attr::Annotate))
          .bind("storage"),
      this);
}

void AnnotationMisuseCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn"))
    checkFunction(FD);
  if (const auto *D = Result.Nodes.getNodeAs<Decl>("storage"))
    checkStorageDecl(D);
}

void AnnotationMisuseCheck::checkFunction(const FunctionDecl *FD) {
  // Problems cover every redeclaration: report them once, from the first.
  if (!Done.insert(FD->getCanonicalDecl()).second)
    return;
  for (const ContractProblem &P : state().Api.problemsOf(FD)) {
    llvm::StringRef Message = P.Message;
    Message.consume_front("dmasafe: ");
    diag(P.Loc.isValid() ? P.Loc : FD->getLocation(), "%0") << Message;
  }
}

void AnnotationMisuseCheck::checkStorageDecl(const Decl *D) {
  const auto *VD = dyn_cast<VarDecl>(D);
  bool IsVariable = VD != nullptr;
  bool IsField = isa<FieldDecl>(D);
  for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Key = A->getAnnotation();
    if (!Key.consume_front("dmasafe:"))
      continue;
    Key = Key.split('=').first;
    SourceLocation Loc = A->getLocation().isValid() ? A->getLocation()
                                                    : D->getLocation();
    if (Key == "stable")
      continue; // fit on variables, fields and types
    if (Key == "completion-flag") {
      if (IsVariable && VD->hasGlobalStorage())
        continue;
      diag(Loc, "DMA_COMPLETION_FLAG on %select{a type|a field|a variable "
                "with automatic storage}0; only a global or static variable "
                "can be set by a completion interrupt and is tracked as a "
                "flag")
          << (IsField ? 1 : IsVariable ? 2 : 0);
      continue;
    }
    static const char *const KnownElsewhere[] = {
        "owned", "dir", "len", "len-arg", "handle", "in-ram",
        "success-returns", "success-nonneg", "returns-handle", "waits",
        "aborts", "poll-busy", "poll-done", "error-test",
        "completion-callback", "cache-clean", "cache-invalidate"};
    if (llvm::is_contained(KnownElsewhere, Key))
      diag(Loc, "'%0' does not apply to %select{a type|a field|a variable}1; "
                "it belongs on a function or one of its parameters")
          << Key << (IsField ? 1 : IsVariable ? 2 : 0);
    else
      diag(Loc, "unknown annotation 'dmasafe:%0'") << Key;
  }
}

} // namespace tidy
} // namespace dmasafe
