//===- PointerOrigin.cpp - Where a local pointer's value comes from ------===//
#include "PointerOrigin.h"

#include "api/KernelStorage.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace dmasafe {
namespace tidy {
namespace {

bool refersTo(const Expr *E, const VarDecl *V) {
  const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts());
  return DRE && DRE->getDecl() == V;
}

/// Collects the values stored into V and whether anything else may set it.
class Assignments : public RecursiveASTVisitor<Assignments> {
public:
  Assignments(const VarDecl *V, ApiDescription &Api) : V(V), Api(Api) {}

  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->isAssignmentOp() && refersTo(BO->getLHS(), V)) {
      if (BO->getOpcode() != BO_Assign)
        Unknown = true; // p += n is still the allocator's, but say nothing
      else
        value(BO->getRHS());
    }
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *UO) {
    if (UO->getOpcode() == UO_AddrOf && refersTo(UO->getSubExpr(), V))
      Unknown = true;
    return true;
  }

  /// A value V takes: a vmalloc-kind allocation, a null constant, or
  /// anything else.
  void value(const Expr *E) {
    E = E->IgnoreParenCasts();
    if (E->isNullPointerConstant(V->getASTContext(),
                                 Expr::NPC_ValueDependentIsNotNull))
      return;
    const FunctionDecl *From = vmallocAllocator(dyn_cast<CallExpr>(E), Api);
    if (!From)
      Unknown = true;
    else if (!Origin)
      Origin = From;
  }

  const VarDecl *V;
  ApiDescription &Api;
  const FunctionDecl *Origin = nullptr;
  bool Unknown = false;
};

} // namespace

const FunctionDecl *vmallocOrigin(const VarDecl *V, const Stmt *Body,
                                  ApiDescription &Api) {
  if (!V || !Body || isa<ParmVarDecl>(V) || !V->hasLocalStorage() ||
      !V->getType()->isPointerType())
    return nullptr;
  Assignments A(V, Api);
  if (const Expr *Init = V->getInit())
    A.value(Init);
  A.TraverseStmt(const_cast<Stmt *>(Body));
  return A.Unknown ? nullptr : A.Origin;
}

} // namespace tidy
} // namespace dmasafe
