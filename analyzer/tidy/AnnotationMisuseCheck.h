//===- AnnotationMisuseCheck.h - dmasafe-annotation-misuse -----------------===//
#ifndef DMASAFE_TIDY_ANNOTATIONMISUSECHECK_H
#define DMASAFE_TIDY_ANNOTATIONMISUSECHECK_H

#include "DmasafeCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace dmasafe {
namespace tidy {

/// dmasafe annotations that say something wrong or nothing at all: every
/// problem the API description finds in a function's markers (a marker on
/// the wrong parameter, DMA_LEN_ARG out of range, conflicting roles...),
/// markers on variables, fields and types that do not apply there, and
/// model entries that do not fit the function's real declaration. A wrong
/// marker or entry is ignored by every check, so it must not go unnoticed.
class AnnotationMisuseCheck : public DmasafeCheck {
public:
  using DmasafeCheck::DmasafeCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result)
      override;

private:
  void checkFunction(const clang::FunctionDecl *FD);
  void checkStorageDecl(const clang::Decl *D);
  void report(const std::vector<ContractProblem> &Problems,
              clang::SourceLocation Fallback);
  llvm::DenseSet<const clang::Decl *> Done;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_ANNOTATIONMISUSECHECK_H
