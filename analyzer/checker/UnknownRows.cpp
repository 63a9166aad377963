//===- UnknownRows.cpp - Array elements picked by an index the path lacks -===//
#include "UnknownRows.h"
#include "compat/AnalyzerCompat.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecordLayout.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"
#include <limits>

using namespace clang;
using namespace clang::ento;

namespace dmasafe {

namespace {

std::optional<int64_t> sizeOf(QualType T, ASTContext &Ctx) {
  if (T.isNull() || T->isIncompleteType() || !T->isConstantSizeType())
    return std::nullopt;
  int64_t S = Ctx.getTypeSizeInChars(T).getQuantity();
  return S > 0 ? std::optional<int64_t>(S) : std::nullopt;
}

/// The bytes from \p Ancestor's start to \p R's, through constant indices
/// and fields only; none when some step is unknown or \p Ancestor is not
/// above \p R.
std::optional<int64_t> offsetWithin(const MemRegion *R,
                                    const MemRegion *Ancestor,
                                    ASTContext &Ctx) {
  int64_t Off = 0;
  while (R != Ancestor) {
    if (const auto *ER = dyn_cast<ElementRegion>(R)) {
      auto Index = ER->getIndex().getAs<nonloc::ConcreteInt>();
      std::optional<int64_t> Size = sizeOf(ER->getElementType(), Ctx);
      if (!Index || !Size)
        return std::nullopt;
      Off += compat::apsInt(Index->getValue()).getSExtValue() * *Size;
      R = ER->getSuperRegion();
    } else if (const auto *FR = dyn_cast<FieldRegion>(R)) {
      const FieldDecl *FD = FR->getDecl();
      if (FD->isBitField() || FD->getParent()->isInvalidDecl())
        return std::nullopt;
      Off += Ctx.getASTRecordLayout(FD->getParent())
                 .getFieldOffset(FD->getFieldIndex()) /
             Ctx.getCharWidth();
      R = FR->getSuperRegion();
    } else {
      return std::nullopt;
    }
  }
  return Off;
}

bool sameArray(const ElementRegion *A, const ElementRegion *B) {
  return A->getSuperRegion() == B->getSuperRegion() &&
         A->getElementType().getCanonicalType() ==
             B->getElementType().getCanonicalType();
}

/// The element of \p Row's array that \p R lies in, if any.
const ElementRegion *elementIn(const MemRegion *R, const UnknownRow &Row) {
  while (const auto *SR = dyn_cast<SubRegion>(R)) {
    if (const auto *ER = dyn_cast<ElementRegion>(R))
      if (sameArray(ER, Row.Element))
        return ER;
    R = SR->getSuperRegion();
  }
  return nullptr;
}

RowHit decide(ProgramStateRef In, ProgramStateRef Out) {
  if (In && !Out)
    return RowHit::Yes;
  if (!In)
    return RowHit::No;
  return RowHit::Unsure;
}

int64_t floorDiv(int64_t A, int64_t B) {
  return A / B - ((A % B != 0) && ((A < 0) != (B < 0)));
}

/// \p State where \p Element's index is within its array (a start on
/// `bufs[i]` with `i` past the end is undefined: not a path to judge); the
/// state unchanged when the array's extent is not a constant.
ProgramStateRef withIndexInBounds(ProgramStateRef State,
                                  const ElementRegion *Element) {
  const auto *Array = dyn_cast<TypedValueRegion>(Element->getSuperRegion());
  const auto *AT = Array ? dyn_cast<ConstantArrayType>(
                               Array->getValueType()->getUnqualifiedDesugaredType())
                         : nullptr;
  auto Index = Element->getIndex().getAs<DefinedOrUnknownSVal>();
  if (!AT || !Index || Index->isUnknown() || AT->getSize().isZero())
    return State;
  SValBuilder &SVB = State->getStateManager().getSValBuilder();
  BasicValueFactory &BVF = SVB.getBasicValueFactory();
  QualType IndexTy = SVB.getArrayIndexType();
  return State
      ->assumeInclusiveRange(
          *Index, BVF.getValue(0, IndexTy),
          BVF.getValue(static_cast<int64_t>(AT->getSize().getZExtValue() - 1),
                       IndexTy))
      .first;
}

/// Whether the row's index puts its bytes on [Lo, Hi) of the array
/// (bytes from the array's start; Hi none: to the end).
RowHit rangeHit(ProgramStateRef State, const UnknownRow &Row, int64_t Lo,
                std::optional<int64_t> Hi, int64_t ElementSize) {
  // Element I holds [I * E + Offset, I * E + Offset + Length): it meets
  // [Lo, Hi) when First <= I <= Last.
  int64_t First = floorDiv(Lo - Row.Offset - Row.Length, ElementSize) + 1;
  int64_t Last = Hi ? floorDiv(*Hi - Row.Offset - 1, ElementSize)
                    : std::numeric_limits<int32_t>::max();
  if (First > Last)
    return RowHit::No;
  auto Index = Row.Element->getIndex().getAs<DefinedOrUnknownSVal>();
  if (!Index || Index->isUnknown())
    return RowHit::Unsure;
  State = withIndexInBounds(State, Row.Element);
  if (!State)
    return RowHit::Unsure;
  BasicValueFactory &BVF =
      State->getStateManager().getSValBuilder().getBasicValueFactory();
  QualType IndexTy =
      State->getStateManager().getSValBuilder().getArrayIndexType();
  auto [In, Out] = State->assumeInclusiveRange(
      *Index, BVF.getValue(First, IndexTy), BVF.getValue(Last, IndexTy));
  return decide(In, Out);
}

/// Whether the indices of two elements of one array are equal.
RowHit sameIndex(ProgramStateRef State, const ElementRegion *A,
                 const ElementRegion *B) {
  if (A->getIndex() == B->getIndex())
    return RowHit::Yes;
  auto IA = A->getIndex().getAs<DefinedOrUnknownSVal>();
  auto IB = B->getIndex().getAs<DefinedOrUnknownSVal>();
  if (!IA || !IB)
    return RowHit::Unsure;
  SValBuilder &SVB = State->getStateManager().getSValBuilder();
  DefinedOrUnknownSVal Eq = SVB.evalEQ(State, *IA, *IB);
  if (Eq.isUnknown())
    return RowHit::Unsure;
  auto [Equal, Differ] = State->assume(Eq);
  return decide(Equal, Differ);
}

bool bytesMeet(int64_t A, int64_t ALen, int64_t B, std::optional<int64_t> BLen) {
  return (!BLen || B + *BLen > A) && B < A + ALen;
}

} // namespace

UnknownRow unknownRowOf(const MemRegion *R, std::optional<int64_t> Length,
                        ASTContext &Ctx) {
  if (!R || !Length || *Length <= 0)
    return {};
  // The nearest element with an index that is not a constant.
  const ElementRegion *Element = nullptr;
  for (const MemRegion *P = R; const auto *SR = dyn_cast<SubRegion>(P);
       P = SR->getSuperRegion())
    if (const auto *ER = dyn_cast<ElementRegion>(P);
        ER && !ER->getIndex().getAs<nonloc::ConcreteInt>()) {
      Element = ER;
      break;
    }
  if (!Element)
    return {};
  std::optional<int64_t> Size = sizeOf(Element->getElementType(), Ctx);
  std::optional<int64_t> Inner = offsetWithin(R, Element, Ctx);
  RegionOffset Above = Element->getSuperRegion()->getAsOffset();
  if (!Size || !Inner || !Above.isValid() || Above.hasSymbolicOffset() ||
      *Inner + *Length > *Size)
    return {};
  return {Element, *Inner, *Length};
}

RowHit rowHit(ProgramStateRef State, const UnknownRow &Row,
              const MemRegion *Region, std::optional<int64_t> From,
              std::optional<int64_t> Size, ASTContext &Ctx) {
  std::optional<int64_t> ElementSize =
      sizeOf(Row.Element->getElementType(), Ctx);
  if (!ElementSize)
    return RowHit::Unsure;
  if (const ElementRegion *Other = Region ? elementIn(Region, Row) : nullptr) {
    std::optional<int64_t> Inner = offsetWithin(Region, Other, Ctx);
    bool InElement = Inner && Size && *Inner + *Size <= *ElementSize;
    if (!Other->getIndex().getAs<nonloc::ConcreteInt>() || InElement) {
      RowHit Same = sameIndex(State, Row.Element, Other);
      if (Same != RowHit::Yes)
        return Same;
      // The same element: an unknown place in it may be the row's bytes.
      return !Inner || bytesMeet(Row.Offset, Row.Length, *Inner, Size)
                 ? RowHit::Yes
                 : RowHit::No;
    }
    // A constant element, the access running on past it (memset over
    // several rows): bytes of the array.
    if (!Inner)
      return RowHit::Unsure;
    int64_t Lo = compat::apsInt(
                     Other->getIndex().castAs<nonloc::ConcreteInt>().getValue())
                         .getSExtValue() *
                     *ElementSize +
                 *Inner;
    return rangeHit(State, Row, Lo,
                    Size ? std::optional<int64_t>(Lo + *Size) : std::nullopt,
                    *ElementSize);
  }
  // Bytes of the base region: those of the array, from its own offset.
  RegionOffset Array = Row.Element->getSuperRegion()->getAsOffset();
  if (!From)
    return RowHit::Unsure;
  int64_t Lo = *From - Array.getOffset() / Ctx.getCharWidth();
  return rangeHit(State, Row, Lo,
                  Size ? std::optional<int64_t>(Lo + *Size) : std::nullopt,
                  *ElementSize);
}

RowHit rowsHit(ProgramStateRef State, const UnknownRow &A, const UnknownRow &B,
               ASTContext &Ctx) {
  if (!sameArray(A.Element, B.Element))
    return RowHit::Unsure;
  RowHit Same = sameIndex(State, A.Element, B.Element);
  if (Same != RowHit::Yes)
    return Same;
  return bytesMeet(A.Offset, A.Length, B.Offset, B.Length) ? RowHit::Yes
                                                            : RowHit::No;
}

} // namespace dmasafe
