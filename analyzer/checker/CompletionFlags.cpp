//===- CompletionFlags.cpp - The checker's view of completion knowledge ---===//
//
// Which variables are completion flags, which kernel objects completion
// signals, and which functions completion callbacks is decided once per
// translation unit by api/CompletionKnowledge.h, for this checker and the
// clang-tidy checks alike. Here: the one instance per TU, and the region a
// flag has in the program state.
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"

#include "clang/AST/ASTContext.h"

using namespace clang;
using namespace ento;

namespace dmasafe {

CompletionKnowledge &DmaChecker::completion(ASTContext &Ctx) const {
  if (!Completion)
    Completion = std::make_unique<CompletionKnowledge>(Ctx, Api);
  return *Completion;
}

const MemRegion *flagRegion(const CompletionFlag &F, const MemRegion *Base,
                            MemRegionManager &MRM) {
  for (const FieldDecl *FD : F.Path)
    Base = MRM.getFieldRegion(FD, cast<SubRegion>(Base));
  return Base;
}

} // namespace dmasafe
