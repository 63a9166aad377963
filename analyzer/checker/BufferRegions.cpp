//===- BufferRegions.cpp - The regions and lengths a contract's buffers name ===//
//
// A contract names a buffer by parameter (and a member path from what the
// parameter points to); the analyzer needs the region and the byte range.
// A member path goes through pointers and embedded structs, and through
// anonymous struct/union members (ESP-IDF's spi_transaction_t).
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"
#include "api/MemberLookup.h"

#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;
using namespace ento;

namespace dmasafe {
namespace {

/// What the initializer list of a local struct gives the member \p FR, when
/// the path's store has no value for it: CSA's region store leaves a union
/// member initialized in a list unknown (`{.tx_buffer = tx_buf}`, ESP-IDF's
/// spi_transaction_t). Only a variable or its address is followed.
SVal initializedMember(const FieldRegion *FR, CheckerContext &C) {
  SmallVector<const FieldDecl *, 4> Chain;
  const MemRegion *R = FR;
  while (const auto *F = dyn_cast<FieldRegion>(R)) {
    Chain.insert(Chain.begin(), F->getDecl());
    R = F->getSuperRegion();
  }
  const auto *VR = dyn_cast<VarRegion>(R);
  const auto *VD = VR ? dyn_cast<VarDecl>(VR->getDecl()) : nullptr;
  const Expr *Init = VD && VD->isLocalVarDecl() ? VD->getInit() : nullptr;
  for (const FieldDecl *F : Chain) {
    const auto *ILE = dyn_cast_or_null<InitListExpr>(
        Init ? Init->IgnoreImplicit() : nullptr);
    if (!ILE)
      return UnknownVal();
    if (F->getParent()->isUnion())
      Init = ILE->getInitializedFieldInUnion() == F && ILE->getNumInits()
                 ? ILE->getInit(0)
                 : nullptr;
    else
      Init = F->getFieldIndex() < ILE->getNumInits()
                 ? ILE->getInit(F->getFieldIndex())
                 : nullptr;
  }
  const Expr *E = Init ? Init->IgnoreParenCasts() : nullptr;
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_AddrOf)
    E = UO->getSubExpr()->IgnoreParenCasts();
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E);
  const auto *Target = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!Target)
    return UnknownVal();
  // A static struct's initializer names only static storage.
  const LocationContext *LC = VR->getStackFrame();
  MemRegionManager &MRM = C.getSValBuilder().getRegionManager();
  return loc::MemRegionVal(
      MRM.getVarRegion(Target, LC ? LC : C.getLocationContext()));
}

/// The value of member \p FR, from the store or else its initializer.
SVal memberValue(const FieldRegion *FR, QualType FT, ProgramStateRef State,
                 CheckerContext &C) {
  SVal V = State->getSVal(FR, FT);
  return V.isUnknown() ? initializedMember(FR, C) : V;
}

/// The member region a '.'-separated field path from the object \p Obj of
/// type \p T ends at, going through pointers and embedded structs between
/// the steps; null when a step is missing or unknown.
const FieldRegion *memberRegion(const MemRegion *Obj, QualType T,
                                StringRef Path, ProgramStateRef State,
                                CheckerContext &C) {
  MemRegionManager &MRM = C.getSValBuilder().getRegionManager();
  SmallVector<StringRef, 4> Parts;
  Path.split(Parts, '.');
  for (size_t I = 0; I < Parts.size(); ++I) {
    const auto *SR = dyn_cast_or_null<SubRegion>(Obj);
    const RecordDecl *RD = T.isNull() ? nullptr : T->getAsRecordDecl();
    if (!SR || !RD || !RD->getDefinition())
      return nullptr;
    // A member may sit in an anonymous struct or union (ESP-IDF's
    // spi_transaction_t): walk the chain of fields that leads to it.
    SmallVector<const FieldDecl *, 2> Chain = memberChain(RD, Parts[I]);
    if (Chain.empty())
      return nullptr;
    const FieldRegion *FR = nullptr;
    for (const FieldDecl *F : Chain) {
      FR = MRM.getFieldRegion(F, SR);
      SR = FR;
    }
    if (I + 1 == Parts.size())
      return FR;
    QualType FT = Chain.back()->getType().getCanonicalType();
    if (FT->isArrayType() || FT->isRecordType()) {
      Obj = FR;
      T = FT;
      continue;
    }
    if (!FT->isPointerType() && !FT->isIntegerType())
      return nullptr;
    Obj = regionOfValue(memberValue(FR, FT, State, C));
    T = FT->isPointerType() ? FT->getPointeeType() : QualType();
  }
  return nullptr;
}

/// The buffer a field path names: an embedded array, or what a pointer
/// (or an integer address) member points to.
const MemRegion *followFieldPath(const MemRegion *Obj, QualType T,
                                 StringRef Path, ProgramStateRef State,
                                 CheckerContext &C) {
  const FieldRegion *FR = memberRegion(Obj, T, Path, State, C);
  if (!FR)
    return nullptr;
  QualType FT = FR->getDecl()->getType().getCanonicalType();
  if (FT->isArrayType())
    return FR;
  if (!FT->isPointerType() && !FT->isIntegerType())
    return nullptr;
  return regionOfValue(memberValue(FR, FT, State, C));
}

} // namespace

const MemRegion *regionOfValue(SVal V) {
  if (auto L = V.getAs<loc::MemRegionVal>())
    return L->getRegion();
  if (auto LI = V.getAs<nonloc::LocAsInteger>())
    return LI->getLoc().getAsRegion();
  return nullptr;
}

BufferRef describeRegion(const MemRegion *R) {
  BufferRef B;
  if (!R)
    return B;
  B.Region = R;
  B.Base = R->getBaseRegion();
  RegionOffset RO = R->getAsOffset();
  if (RO.isValid() && !RO.hasSymbolicOffset() && RO.getRegion() == B.Base)
    B.Offset = RO.getOffset() / 8;
  return B;
}

OwnedBytes ownedBytesAt(const BufferRef &Ref) {
  OwnedBytes Bytes;
  Bytes.Base = Ref.Base;
  Bytes.Named = Ref.Region;
  // Name the array, not an element of it; an element of an array of
  // structs is a buffer of its own (`q[1]`), as nameOf says.
  while (const auto *ER = dyn_cast<ElementRegion>(Bytes.Named)) {
    if (ER->getElementType()->isRecordType())
      break;
    Bytes.Named = ER->getSuperRegion();
  }
  Bytes.Offset = Ref.Offset.value_or(0);
  return Bytes;
}

const MemRegion *bufferRegion(const BufferParam &B, const CallEvent &Call,
                              ProgramStateRef State, CheckerContext &C) {
  if (B.Param >= Call.getNumArgs())
    return nullptr;
  const MemRegion *R = regionOfValue(Call.getArgSVal(B.Param));
  if (B.Field.empty())
    return R;
  QualType T = Call.getArgExpr(B.Param)->getType();
  return T->isPointerType()
             ? followFieldPath(R, T->getPointeeType(), B.Field, State, C)
             : nullptr;
}

namespace {

/// Whether \p A and \p B name the same variable or member path (`buf`,
/// `priv->rxbuffer`), casts aside.
bool sameLocation(const Expr *A, const Expr *B) {
  A = A->IgnoreParenCasts();
  B = B->IgnoreParenCasts();
  if (const auto *DA = dyn_cast<DeclRefExpr>(A))
    if (const auto *DB = dyn_cast<DeclRefExpr>(B))
      return DA->getDecl() == DB->getDecl();
  if (const auto *MA = dyn_cast<MemberExpr>(A))
    if (const auto *MB = dyn_cast<MemberExpr>(B))
      return MA->getMemberDecl() == MB->getMemberDecl() &&
             MA->isArrow() == MB->isArrow() &&
             sameLocation(MA->getBase(), MB->getBase());
  return false;
}

/// The bytes from \p B's address to its end argument: both in one region
/// at known offsets (`priv->rxend` = `buf + n`), or the end written as the
/// start plus a count (`(uintptr_t)buf + n`, where the analyzer does not
/// keep the integer value of a global's address).
std::optional<int64_t> lengthToEnd(const BufferParam &B, const CallEvent &Call,
                                   ProgramStateRef State, CheckerContext &C) {
  unsigned E = *B.LenEndParam;
  if (E >= Call.getNumArgs() || B.Param >= Call.getNumArgs())
    return std::nullopt;
  BufferRef Start = describeRegion(bufferRegion(B, Call, State, C));
  BufferRef End = describeRegion(regionOfValue(Call.getArgSVal(E)));
  if (Start.Base && Start.Base == End.Base && Start.Offset && End.Offset)
    return *End.Offset >= *Start.Offset
               ? std::optional<int64_t>(*End.Offset - *Start.Offset)
               : std::nullopt;
  const auto *Add =
      dyn_cast<BinaryOperator>(Call.getArgExpr(E)->IgnoreParenCasts());
  if (!B.Field.empty() || !Add || Add->getOpcode() != BO_Add ||
      !sameLocation(Add->getLHS(), Call.getArgExpr(B.Param)))
    return std::nullopt;
  const Expr *Count = Add->getRHS();
  Expr::EvalResult R;
  if (Count->EvaluateAsInt(R, C.getASTContext()))
    return R.Val.getInt().isNegative()
               ? std::nullopt
               : std::optional<int64_t>(R.Val.getInt().getExtValue());
  const llvm::APSInt *V =
      C.getSValBuilder().getKnownValue(State, C.getSVal(Count));
  if (!V || V->isNegative() || V->getActiveBits() > 47)
    return std::nullopt;
  return static_cast<int64_t>(V->getZExtValue());
}

} // namespace

std::optional<int64_t> transferLength(const BufferParam &B,
                                      const CallEvent &Call,
                                      ProgramStateRef State,
                                      CheckerContext &C) {
  if (B.LenEndParam)
    return lengthToEnd(B, Call, State, C);
  if (B.FixedLen)
    return static_cast<int64_t>(*B.FixedLen);
  if (!B.LenParam || *B.LenParam >= Call.getNumArgs())
    return std::nullopt;
  SVal Units = Call.getArgSVal(*B.LenParam);
  if (!B.LenField.empty()) {
    QualType T = Call.getArgExpr(*B.LenParam)->getType();
    const FieldRegion *FR =
        T->isPointerType()
            ? memberRegion(regionOfValue(Units), T->getPointeeType(),
                           B.LenField, State, C)
            : nullptr;
    if (!FR || !FR->getDecl()->getType()->isIntegerType())
      return std::nullopt;
    Units = State->getSVal(FR, FR->getDecl()->getType());
  }
  const llvm::APSInt *V = C.getSValBuilder().getKnownValue(State, Units);
  if (!V || V->isNegative() || V->getActiveBits() > 47)
    return std::nullopt;
  return static_cast<int64_t>(V->getZExtValue() * B.LenUnit);
}


std::optional<Direction> directionAtCall(const DirectionFromArg &D,
                                         const CallEvent &Call,
                                         ProgramStateRef State,
                                         CheckerContext &C) {
  if (D.Param >= Call.getNumArgs())
    return std::nullopt;
  SVal V = Call.getArgSVal(D.Param);
  if (!D.Field.empty()) {
    QualType T = Call.getArgExpr(D.Param)->getType();
    const FieldRegion *FR =
        T->isPointerType() ? memberRegion(regionOfValue(V), T->getPointeeType(),
                                          D.Field, State, C)
                           : nullptr;
    if (!FR || !FR->getDecl()->getType()->isIntegralOrEnumerationType())
      return std::nullopt;
    V = State->getSVal(FR, FR->getDecl()->getType());
  }
  const llvm::APSInt *Value = C.getSValBuilder().getKnownValue(State, V);
  if (!Value || Value->getActiveBits() > 63)
    return std::nullopt;
  return D.directionFor(Value->getExtValue());
}

const Stmt *innerScopeOf(const VarDecl *VD, const Stmt *Body) {
  if (!VD || !Body)
    return nullptr;
  const Stmt *Found = nullptr;
  llvm::SmallVector<std::pair<const Stmt *, const Stmt *>, 32> Work;
  Work.push_back({Body, nullptr});
  while (!Work.empty() && !Found) {
    auto [S, Block] = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *DS = dyn_cast<DeclStmt>(S))
      for (const Decl *D : DS->decls())
        if (D == VD)
          Found = Block ? Block : Body;
    const Stmt *Inner = isa<CompoundStmt>(S) ? S : Block;
    for (const Stmt *Child : S->children())
      Work.push_back({Child, Inner});
  }
  return Found == Body ? nullptr : Found;
}

} // namespace dmasafe
