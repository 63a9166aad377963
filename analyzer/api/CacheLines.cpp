//===- CacheLines.cpp - A receive buffer in whole data cache lines --------===//
#include "api/CacheLines.h"

#include "semantics/CacheModel.h"
#include "semantics/FindingText.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/TypeLoc.h"

using namespace clang;

namespace dmasafe {

bool cacheFollows(const VarDecl &VD, const CacheModel &Cache) {
  if (const auto *S = VD.getAttr<SectionAttr>())
    if (Cache.isNonCacheableSection(S->getName()))
      return false;
  // A scalar variable is no DMA buffer; leaving its writes out keeps the
  // analyzer's paths that differ only there mergeable.
  QualType T = VD.getType();
  return T->isArrayType() || T->isRecordType();
}

std::optional<PartialLines> partialLinesOf(const VarDecl &VD,
                                           const ASTContext &Ctx,
                                           int64_t Line) {
  QualType Ty = VD.getType();
  if (Line <= 0 || Ty->isIncompleteType() || !Ty->isConstantSizeType())
    return std::nullopt;
  int64_t Align = Ctx.getDeclAlign(&VD).getQuantity();
  int64_t Size = Ctx.getTypeSizeInChars(Ty).getQuantity();
  bool Aligned = Align % Line == 0;
  bool Whole = Size % Line == 0;
  if (Aligned && Whole)
    return std::nullopt;
  PartialLines P;
  P.Text = text::partialCacheLines(text::quoted(VD.getNameAsString()), Line,
                                   Aligned, Align, Whole, Size);
  SourceLocation Begin = VD.getBeginLoc();
  if (!Aligned && Begin.isFileID())
    P.Fixes.push_back(FixItHint::CreateInsertion(
        Begin, "__attribute__((aligned(" + std::to_string(Line) + "))) "));
  const auto *AT = Ctx.getAsConstantArrayType(Ty);
  TypeSourceInfo *TSI = VD.getTypeSourceInfo();
  if (Whole || !AT || !TSI || AT->getElementType()->isArrayType())
    return P;
  int64_t Elem = Ctx.getTypeSizeInChars(AT->getElementType()).getQuantity();
  int64_t Rounded = (Size + Line - 1) / Line * Line;
  if (auto ATL = TSI->getTypeLoc().getAs<ConstantArrayTypeLoc>())
    if (const Expr *Bound = ATL.getSizeExpr())
      if (Elem > 0 && Rounded % Elem == 0 && Bound->getBeginLoc().isFileID() &&
          Bound->getEndLoc().isFileID())
        P.Fixes.push_back(FixItHint::CreateReplacement(
            CharSourceRange::getTokenRange(Bound->getSourceRange()),
            std::to_string(Rounded / Elem)));
  return P;
}

} // namespace dmasafe
