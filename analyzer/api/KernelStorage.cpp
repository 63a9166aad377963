//===- KernelStorage.cpp - Memory the Linux DMA API cannot translate ------===//
#include "KernelStorage.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Lex/Preprocessor.h"

using namespace clang;

namespace dmasafe {

const FunctionDecl *vmallocAllocator(const CallExpr *CE, ApiDescription &Api) {
  const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
  if (!FD)
    return nullptr;
  const FunctionContract *K = Api.lookup(FD);
  return K && K->hasRole(Role::Allocate) &&
                 K->Allocates == StorageKind::Vmalloc
             ? FD
             : nullptr;
}

bool isLoadableModuleUnit(Preprocessor &PP) {
  return PP.isMacroDefined("MODULE");
}

bool isModuleStaticData(const VarDecl *VD) {
  // Const data is read-only memory, reported as such by the `ram` rule.
  return VD && VD->hasGlobalStorage() && !VD->hasExternalStorage() &&
         !VD->getASTContext()
              .getBaseElementType(VD->getType())
              .isConstQualified();
}

} // namespace dmasafe
