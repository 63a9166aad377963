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
/// and markers on variables, fields and types that do not apply there. A
/// wrong marker is ignored by every check, so it must not go unnoticed.
class AnnotationMisuseCheck : public DmasafeCheck {
public:
  using DmasafeCheck::DmasafeCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result)
      override;

private:
  void checkFunction(const clang::FunctionDecl *FD);
  void checkStorageDecl(const clang::Decl *D);
  llvm::DenseSet<const clang::Decl *> Done;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_ANNOTATIONMISUSECHECK_H
