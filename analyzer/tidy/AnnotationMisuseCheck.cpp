//===- AnnotationMisuseCheck.cpp - dmasafe-annotation-misuse ---------------===//
#include "AnnotationMisuseCheck.h"

#include "DmasafeMatchers.h"

#include "clang/AST/Attr.h"
#include "api/ApiDescription.h"
#include "api/LabelMarkers.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace dmasafe {
namespace tidy {

void AnnotationMisuseCheck::registerMatchers(MatchFinder *Finder) {
  // Annotated functions, and declarations of modelled functions (a model
  // entry that does not fit the real declaration is reported there).
  Finder->addMatcher(functionDecl(isDescribedFunction(&state())).bind("fn"),
                     this);
  Finder->addMatcher(decl(isAnnotatedStorage()).bind("storage"), this);
  // Labels are reached through the bodies that hold them.
  Finder->addMatcher(functionDecl(isDefinition()).bind("body"), this);
}

void AnnotationMisuseCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn"))
    checkFunction(FD);
  if (const auto *D = Result.Nodes.getNodeAs<Decl>("storage"))
    checkStorageDecl(D);
  if (const auto *Body = Result.Nodes.getNodeAs<FunctionDecl>("body"))
    report(labelMarkerProblems(Body), Body->getLocation());
}

void AnnotationMisuseCheck::checkFunction(const FunctionDecl *FD) {
  // Problems cover every redeclaration: report them once, from the first.
  if (!Done.insert(FD->getCanonicalDecl()).second)
    return;
  report(state().Api.problemsOf(FD), FD->getLocation());
}

void AnnotationMisuseCheck::checkStorageDecl(const Decl *D) {
  report(validateStorageMarkers(D), D->getLocation());
}

void AnnotationMisuseCheck::report(
    const std::vector<ContractProblem> &Problems, SourceLocation Fallback) {
  for (const ContractProblem &P : Problems) {
    diag(P.Loc.isValid() ? P.Loc : Fallback, "%0")
        << tidyText(text::annotationMisuse(P.Message));
  }
}

} // namespace tidy
} // namespace dmasafe
