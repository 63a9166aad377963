//===- LabelMarkers.cpp - dmasafe markers on the labels of a body --------===//
#include "LabelMarkers.h"

#include "clang/AST/Decl.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/Stmt.h"

using namespace clang;

namespace dmasafe {
namespace {
struct LabelCollector : RecursiveASTVisitor<LabelCollector> {
  std::vector<ContractProblem> Problems;
  bool VisitLabelStmt(LabelStmt *S) {
    for (ContractProblem &P : validateStorageMarkers(S->getDecl()))
      Problems.push_back(std::move(P));
    return true;
  }
};
} // namespace

std::vector<ContractProblem> labelMarkerProblems(const FunctionDecl *FD) {
  if (!FD || !FD->doesThisDeclarationHaveABody())
    return {};
  LabelCollector C;
  C.TraverseStmt(FD->getBody());
  return std::move(C.Problems);
}

} // namespace dmasafe
