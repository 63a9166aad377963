//===- MappingDisciplineCheck.h - dmasafe-mapping-discipline ---------------===//
#ifndef DMASAFE_TIDY_MAPPINGDISCIPLINECHECK_H
#define DMASAFE_TIDY_MAPPINGDISCIPLINECHECK_H

#include "FlowCheck.h"

namespace dmasafe {
namespace tidy {

/// dmasafe.MappingDiscipline in one function (MappingFlow.h): a Linux
/// streaming mapping unmapped, synced or kept without its error test, an
/// unmap or sync of a mapping its test found failed, and an unmap or sync
/// naming another size or direction than the map.
class MappingDisciplineCheck : public FlowCheck {
public:
  MappingDisciplineCheck(llvm::StringRef Name,
                         clang::tidy::ClangTidyContext *Context)
      : FlowCheck(Name, Context) {}
  void checkFunction(const clang::FunctionDecl &FD, const FunctionFlow &Flow,
                     clang::ASTContext &Ctx) override;

private:
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_MAPPINGDISCIPLINECHECK_H
