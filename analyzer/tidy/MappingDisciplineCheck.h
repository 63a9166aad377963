//===- MappingDisciplineCheck.h - dmasafe-mapping-discipline ---------------===//
#ifndef DMASAFE_TIDY_MAPPINGDISCIPLINECHECK_H
#define DMASAFE_TIDY_MAPPINGDISCIPLINECHECK_H

#include "DmasafeCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace dmasafe {
namespace tidy {

/// dmasafe.MappingDiscipline in one function (MappingFlow.h): a Linux
/// streaming mapping unmapped, synced or kept without its error test, an
/// unmap or sync of a mapping its test found failed, and an unmap or sync
/// naming another size or direction than the map.
class MappingDisciplineCheck : public DmasafeCheck {
public:
  MappingDisciplineCheck(llvm::StringRef Name,
                         clang::tidy::ClangTidyContext *Context)
      : DmasafeCheck(Name, Context) {}
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result)
      override;

private:
  llvm::DenseSet<const clang::FunctionDecl *> Done;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_MAPPINGDISCIPLINECHECK_H
