//===- BufferExpr.cpp - Which object an expression designates -------------===//
#include "BufferExpr.h"

#include "clang/AST/ASTContext.h"
#include "semantics/FindingText.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace dmasafe {
namespace tidy {

bool BufferRef::overlaps(const BufferRef &Other) const {
  if (!Var || Var != Other.Var || ThroughMember != Other.ThroughMember)
    return false;
  if (Row && Other.Row && *Row != *Other.Row)
    return false;
  if (!Field || !Other.Field || Field == Other.Field)
    return true;
  // Members of one union are the same bytes.
  const RecordDecl *P = Field->getParent();
  return P == Other.Field->getParent() && P->isUnion();
}

static BufferRef withField(BufferRef R, const ValueDecl *Member) {
  // Only the first field below the variable matters: `s.a.b` is part of
  // `s.a`, and a transfer on `s.a` must not make `s.len` in flight.
  // An anonymous struct or union is no name of its own: its members are
  // (`pk.raw` of `struct { union { char raw[8]; ... }; } pk`).
  // A member of what a pointer member points to (`h->Instance->DR`, a
  // register block) is deeper than a buffer is named: nothing.
  if (R.ThroughMember)
    return {};
  if (R && (!R.Field || R.Field->isAnonymousStructOrUnion()))
    R.Field = dyn_cast<FieldDecl>(Member);
  return R;
}

/// `q[k]` of an array of structs (or through a pointer to them): element k.
static BufferRef withRow(BufferRef R, const ArraySubscriptExpr *ASE) {
  if (!R || R.Field || R.ThroughMember || R.Row || R.RowVariable ||
      !ASE->getType()->isRecordType())
    return R;
  Expr::EvalResult V;
  const Expr *Idx = ASE->getIdx();
  if (!Idx->isValueDependent() &&
      Idx->EvaluateAsInt(V, R.Var->getASTContext()) &&
      !V.Val.getInt().isNegative())
    R.Row = V.Val.getInt().getLimitedValue();
  else
    R.RowVariable = true;
  return R;
}

BufferRef resolveObject(const Expr *E) {
  if (!E)
    return {};
  E = E->IgnoreParens();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      return bufferOfVar(VD);
    return {};
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    BufferRef Base = ME->isArrow() ? resolvePointer(ME->getBase())
                                   : resolveObject(ME->getBase());
    return withField(Base, ME->getMemberDecl());
  }
  if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E))
    return withRow(resolvePointer(ASE->getBase()), ASE);
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_Deref)
      return resolvePointer(UO->getSubExpr());
  return {};
}

BufferRef resolvePointer(const Expr *E) {
  if (!E)
    return {};
  E = E->IgnoreParenCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_AddrOf)
      return resolveObject(UO->getSubExpr());
    return {};
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() == BO_Add || BO->getOpcode() == BO_Sub) {
      if (BO->getLHS()->getType()->isPointerType())
        return resolvePointer(BO->getLHS());
      if (BO->getOpcode() == BO_Add &&
          BO->getRHS()->getType()->isPointerType())
        return resolvePointer(BO->getRHS());
    }
    return {};
  }
  // After the casts are gone an array is still an lvalue of array type.
  if (E->getType()->isArrayType())
    return resolveObject(E);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (VD && VD->getType()->isPointerType())
      return bufferOfVar(VD);
  }
  // A pointer held in a member (`d->rx`, `console.rx`): the buffer is what
  // it points to, while the member keeps its value.
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (!ME->getType()->isPointerType())
      return {};
    BufferRef R = resolveObject(ME);
    if (!R || R.Field != ME->getMemberDecl())
      return {};
    R.ThroughMember = true;
    return R;
  }
  return {};
}

std::optional<int64_t> constantInt(const Expr *E, const ASTContext &Ctx) {
  Expr::EvalResult R;
  if (!E || E->isValueDependent() || !E->EvaluateAsInt(R, Ctx) ||
      R.Val.getInt().getSignificantBits() > 64)
    return std::nullopt;
  return R.Val.getInt().getExtValue();
}

namespace {

std::optional<uint64_t> constantSize(QualType T, const ASTContext &Ctx) {
  if (T.isNull() || T->isIncompleteType() || T->isDependentType() ||
      !T->isConstantSizeType())
    return std::nullopt;
  return Ctx.getTypeSizeInChars(T).getQuantity();
}

/// A trailing array of 0 or 1 elements is the old flexible-array idiom:
/// the object really extends past it.
bool isTrailingArrayIdiom(const FieldDecl *F, const ASTContext &Ctx) {
  const auto *CAT = Ctx.getAsConstantArrayType(F->getType());
  if (!CAT || CAT->getSize().ugt(1))
    return false;
  const FieldDecl *Last = nullptr;
  for (const FieldDecl *Each : F->getParent()->fields())
    Last = Each;
  return Last == F;
}

/// The named object an lvalue designates, with its size.
std::optional<BufferExtent> objectExtent(const Expr *E,
                                         const ASTContext &Ctx) {
  E = E->IgnoreParens();
  const ValueDecl *D = nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    D = dyn_cast<VarDecl>(DRE->getDecl());
  else if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (F && !isTrailingArrayIdiom(F, Ctx))
      D = F;
  }
  else if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
    // A row of a multi-dimensional array (`pp[1]`): the rows before it
    // are not part of it.
    auto Base = pointerExtent(ASE->getBase(), Ctx);
    auto Index = constantInt(ASE->getIdx(), Ctx);
    auto Elem = constantSize(ASE->getType(), Ctx);
    if (!Base || !Index || !Elem || *Index < 0)
      return std::nullopt;
    Base->Offset += uint64_t(*Index) * *Elem;
    return Base;
  }
  if (!D)
    return std::nullopt;
  if (auto Size = constantSize(D->getType(), Ctx))
    return BufferExtent{D, *Size, 0};
  return std::nullopt;
}

} // namespace

std::optional<BufferExtent> pointerExtent(const Expr *E,
                                          const ASTContext &Ctx) {
  E = E->IgnoreParenCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() != UO_AddrOf)
      return std::nullopt;
    const Expr *Sub = UO->getSubExpr()->IgnoreParens();
    if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(Sub)) {
      auto Base = pointerExtent(ASE->getBase(), Ctx);
      auto Index = constantInt(ASE->getIdx(), Ctx);
      auto Elem = constantSize(ASE->getType(), Ctx);
      if (!Base || !Index || !Elem || *Index < 0)
        return std::nullopt;
      Base->Offset += uint64_t(*Index) * *Elem;
      return Base;
    }
    return objectExtent(Sub, Ctx);
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() != BO_Add || !BO->getLHS()->getType()->isPointerType())
      return std::nullopt;
    auto Base = pointerExtent(BO->getLHS(), Ctx);
    auto Count = constantInt(BO->getRHS(), Ctx);
    auto Elem = constantSize(BO->getLHS()->getType()->getPointeeType(), Ctx);
    if (!Base || !Count || !Elem || *Count < 0)
      return std::nullopt;
    Base->Offset += uint64_t(*Count) * *Elem;
    return Base;
  }
  if (E->getType()->isArrayType())
    return objectExtent(E, Ctx);
  return std::nullopt;
}

std::optional<uint64_t> constantTransferBytes(const CallExpr &Call,
                                              const BufferParam &B,
                                              const ASTContext &Ctx) {
  std::optional<uint64_t> Units;
  // A length held in a member of a struct (Zephyr `head_block.block_size`)
  // is what the code stored there, which one call does not show.
  if (!B.LenField.empty())
    return std::nullopt;
  if (B.LenParam) {
    if (*B.LenParam >= Call.getNumArgs())
      return std::nullopt;
    auto V = constantInt(Call.getArg(*B.LenParam), Ctx);
    if (V && *V >= 0)
      Units = uint64_t(*V);
  } else if (B.FixedLen) {
    Units = *B.FixedLen;
  }
  if (!Units)
    return std::nullopt;
  return *Units * B.LenUnit;
}

std::optional<std::pair<uint64_t, uint64_t>>
lvalueBytes(const Expr *E, const ASTContext &Ctx) {
  const auto *ASE = dyn_cast<ArraySubscriptExpr>(E->IgnoreParens());
  if (!ASE)
    return std::nullopt;
  // Only subscripts of array variables: through a pointer the offset from
  // the start of the buffer is unknown.
  auto Base = pointerExtent(ASE->getBase(), Ctx);
  auto Index = constantInt(ASE->getIdx(), Ctx);
  auto Elem = constantSize(ASE->getType(), Ctx);
  if (!Base || !isa<VarDecl>(Base->Object))
    return std::nullopt;
  if (!Index) {
    // `pp[0][j]`: somewhere in row 0.
    auto Whole = constantSize(ASE->getBase()->IgnoreParenImpCasts()->getType(),
                              Ctx);
    if (!ASE->getBase()->IgnoreParenImpCasts()->getType()->isArrayType() ||
        !Whole)
      return std::nullopt;
    return std::make_pair(Base->Offset, Base->Offset + *Whole);
  }
  if (!Elem || *Index < 0)
    return std::nullopt;
  uint64_t Begin = Base->Offset + uint64_t(*Index) * *Elem;
  return std::make_pair(Begin, Begin + *Elem);
}

bool hasVariableRowIndex(const Expr *E, const ASTContext &Ctx) {
  E = E->IgnoreParenCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    return UO->getOpcode() == UO_AddrOf &&
           hasVariableRowIndex(UO->getSubExpr(), Ctx);
  if (const auto *BO = dyn_cast<BinaryOperator>(E))
    return BO->getOpcode() == BO_Add &&
           BO->getLHS()->getType()->isPointerType() &&
           hasVariableRowIndex(BO->getLHS(), Ctx);
  const auto *ASE = dyn_cast<ArraySubscriptExpr>(E);
  if (!ASE)
    return false;
  // `m[i][0]`: the element is in row i, whichever that is.
  if (ASE->getBase()->IgnoreParenImpCasts()->getType()->isArrayType() &&
      isa<ArraySubscriptExpr>(ASE->getBase()->IgnoreParenImpCasts()))
    if (hasVariableRowIndex(ASE->getBase(), Ctx))
      return true;
  return ASE->getType()->isArrayType() && !constantInt(ASE->getIdx(), Ctx);
}

std::string bufferName(const BufferRef &B) {
  if (!B)
    return "";
  std::string Name = B.Var->getName().str();
  if (B.Row)
    Name += "[" + std::to_string(*B.Row) + "]";
  else if (B.RowVariable)
    Name += "[...]";
  if (B.Field)
    Name += (B.isThroughPointer() && !B.Row && !B.RowVariable ? "->" : ".") +
            B.Field->getName().str();
  return Name;
}

std::string bufferText(const BufferRef &B) {
  bool Pointee = B.ThroughMember || (B.isThroughPointer() && !B.Field &&
                                     !B.Row && !B.RowVariable);
  return Pointee ? text::pointee(bufferName(B)) : text::quoted(bufferName(B));
}

} // namespace tidy
} // namespace dmasafe
