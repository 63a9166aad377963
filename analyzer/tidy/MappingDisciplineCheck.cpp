//===- MappingDisciplineCheck.cpp - dmasafe-mapping-discipline -------------===//
#include "MappingDisciplineCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace dmasafe {
namespace tidy {

void MappingDisciplineCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(describedCall(),
               forCallable(functionDecl(isDefinition()).bind("fn"))),
      this);
}

void MappingDisciplineCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  if (!FD || !Done.insert(FD).second)
    return;
  for (const RuleFinding &F : state().flowOf(*FD, *Result.Context).Mappings) {
    diag(F.At, "%0") << tidyText(F.Text);
    if (F.NoteAt.isValid())
      diag(F.NoteAt, "%0", DiagnosticIDs::Note) << F.Note;
  }
}

} // namespace tidy
} // namespace dmasafe
