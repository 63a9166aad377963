//===- MappingDisciplineCheck.cpp - dmasafe-mapping-discipline -------------===//
#include "MappingDisciplineCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace dmasafe {
namespace tidy {

void MappingDisciplineCheck::checkFunction(const FunctionDecl &,
                                           const FunctionFlow &Flow,
                                           ASTContext &) {
  for (const RuleFinding &F : Flow.Mappings)
    report(F);
}

} // namespace tidy
} // namespace dmasafe
