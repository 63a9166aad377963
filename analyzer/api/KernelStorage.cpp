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

std::string vmallocFinding(llvm::StringRef Subject, llvm::StringRef Allocator,
                           llvm::StringRef Callee) {
  return Subject.str() + " is vmalloc'ed memory (from '" + Allocator.str() +
         "'), which " + Callee.str() +
         " cannot map for DMA: it is outside the kernel's linear map; "
         "allocate it with kmalloc (or devm_kmalloc, dma_alloc_coherent)";
}

std::string moduleStaticFinding(llvm::StringRef Subject,
                                llvm::StringRef Callee) {
  return Subject.str() + " is static data of a loadable module, which " +
         Callee.str() +
         " cannot map for DMA: module memory is outside the kernel's "
         "linear map; allocate the buffer with kmalloc (or put it in a "
         "kmalloc'ed struct)";
}

} // namespace dmasafe
