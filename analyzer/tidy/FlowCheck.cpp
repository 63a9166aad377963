//===- FlowCheck.cpp - A check that reports the one-function flow ----------===//
#include "FlowCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace dmasafe {
namespace tidy {

void FlowCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(describedCall(),
               forCallable(functionDecl(isDefinition()).bind("fn"))),
      this);
}

void FlowCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  if (!FD || !Done.insert(FD).second)
    return;
  checkFunction(*FD, state().flowOf(*FD, *Result.Context), *Result.Context);
}

void FlowCheck::report(const RuleFinding &F) {
  {
    auto D = diag(F.At, "%0") << tidyText(F.Text);
    for (const FixItHint &H : F.Fixes)
      D << H;
  }
  if (F.NoteAt.isValid())
    diag(F.NoteAt, "%0", DiagnosticIDs::Note) << F.Note;
}

} // namespace tidy
} // namespace dmasafe
