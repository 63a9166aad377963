//===- UnknownCallees.cpp - A handle given to a function nobody describes ===//
#include "UnknownCallees.h"
#include "semantics/LibraryAccess.h"

#include "clang/AST/Decl.h"

using namespace clang;

namespace dmasafe {

bool mayCompleteGivenHandle(const FunctionDecl *Callee, llvm::StringRef Family,
                            ApiDescription &Api) {
  if (!Callee || Api.lookup(Callee))
    return false; // a contract says what it does
  const IdentifierInfo *Name = Callee->getIdentifier();
  if (Name && libraryAccess(Name->getName()))
    return false;
  return !Api.describesHeaderOf(Family, Callee);
}

} // namespace dmasafe
