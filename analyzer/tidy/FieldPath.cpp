//===- FieldPath.cpp - The buffer a model's field path names --------------===//
#include "FieldPath.h"
#include "api/MemberLookup.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace dmasafe {
namespace tidy {

namespace {

/// A local struct variable of this function (`blk` in `blk.f = v`).
const VarDecl *localStruct(const Expr *E) {
  const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->isLocalVarDecl() ||
      !VD->getType()->isRecordType())
    return nullptr;
  return VD;
}

} // namespace

class FieldStores::Collector : public RecursiveASTVisitor<Collector> {
public:
  explicit Collector(FieldStores &Out) : Out(Out) {}
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->isAssignmentOp())
      // `blk.source_address += 4` leaves an address no one can name: the
      // operator itself is the stored value, and it names no buffer.
      Out.addAssignment(BO->getLHS(), BO->getOpcode() == BO_Assign
                                          ? BO->getRHS()
                                          : static_cast<const Expr *>(BO));
    return true;
  }
  bool VisitVarDecl(VarDecl *VD) {
    Out.addInitializer(VD);
    return true;
  }

private:
  FieldStores &Out;
};

FieldStores::FieldStores(const FunctionDecl &FD, const ASTContext &Ctx)
    : Ctx(Ctx) {
  if (Stmt *Body = FD.getBody())
    Collector(*this).TraverseStmt(Body);
}

void FieldStores::addAssignment(const Expr *LHS, const Expr *RHS) {
  LHS = LHS->IgnoreParenImpCasts();
  if (const VarDecl *Whole = localStruct(LHS)) {
    Overwritten.insert(Whole);
    return;
  }
  const auto *ME = dyn_cast<MemberExpr>(LHS);
  if (!ME || ME->isArrow())
    return;
  const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
  // `t.tx_buffer` with tx_buffer in an anonymous union: the base is `t`'s
  // unnamed member, which belongs to `t`.
  const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
  while (const auto *Anon = dyn_cast<MemberExpr>(Base)) {
    const auto *AF = dyn_cast<FieldDecl>(Anon->getMemberDecl());
    if (Anon->isArrow() || !AF || !AF->isAnonymousStructOrUnion())
      break;
    Base = Anon->getBase()->IgnoreParenImpCasts();
  }
  if (const VarDecl *VD = F ? localStruct(Base) : nullptr)
    Stores[{VD, F}].push_back(RHS);
}

void FieldStores::addInitializer(const VarDecl *VD) {
  if (!VD->isLocalVarDecl() ||
      !VD->getType()->isRecordType() || !VD->getInit())
    return;
  const RecordDecl *RD = VD->getType()->getAsRecordDecl();
  const auto *ILE = dyn_cast<InitListExpr>(VD->getInit()->IgnoreImplicit());
  if (!ILE || !RD || RD->isUnion()) {
    // A copy of another struct or a call's result: fields unknown.
    Overwritten.insert(VD);
    return;
  }
  addInitializers(VD, RD, ILE);
}

void FieldStores::addInitializers(const VarDecl *VD, const RecordDecl *RD,
                                  const InitListExpr *ILE) {
  auto Add = [&](const FieldDecl *F, const Expr *Init) {
    const auto *Inner = dyn_cast<InitListExpr>(Init->IgnoreImplicit());
    const RecordDecl *AnonRD = F->getType()->getAsRecordDecl();
    if (F->isAnonymousStructOrUnion()) {
      if (Inner && AnonRD)
        addInitializers(VD, AnonRD, Inner);
      return;
    }
    Stores[{VD, F}].push_back(Init);
  };
  // An anonymous union's list initializes one member.
  if (RD->isUnion()) {
    if (const FieldDecl *F = ILE->getInitializedFieldInUnion())
      if (ILE->getNumInits() > 0)
        Add(F, ILE->getInit(0));
    return;
  }
  for (const FieldDecl *F : RD->fields())
    if (F->getFieldIndex() < ILE->getNumInits())
      Add(F, ILE->getInit(F->getFieldIndex()));
}

const Expr *FieldStores::storedValue(const VarDecl *Var,
                                     const FieldDecl *F) const {
  if (Overwritten.contains(Var))
    return nullptr;
  auto It = Stores.find({Var, F});
  if (It == Stores.end())
    return nullptr;
  const Expr *Found = nullptr;
  BufferRef FoundRef;
  for (const Expr *V : It->second) {
    // `= {0}` and `= NULL` name no buffer: the field is filled in later.
    const Expr *Bare = V->IgnoreParenImpCasts();
    if (isa<ImplicitValueInitExpr>(Bare) ||
        V->isNullPointerConstant(const_cast<ASTContext &>(Ctx),
                                 Expr::NPC_ValueDependentIsNotNull))
      continue;
    Expr::EvalResult R;
    if (!V->isValueDependent() && V->EvaluateAsInt(R, Ctx) &&
        R.Val.getInt().isZero())
      continue;
    BufferRef Ref = resolvePointer(V);
    if (!Ref)
      return nullptr;
    if (Found && (Ref.Var != FoundRef.Var || Ref.Field != FoundRef.Field))
      return nullptr;
    Found = V;
    FoundRef = Ref;
  }
  return Found;
}

FieldPathBuffer FieldStores::resolve(const Expr *Arg,
                                     llvm::StringRef Path) const {
  BufferRef R = resolvePointer(Arg);
  QualType T = Arg->IgnoreParenImpCasts()->getType()->getPointeeType();
  const Expr *Pointer = Arg;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Path.split(Parts, '.');
  for (size_t I = 0; I < Parts.size(); ++I) {
    if (!R || R.Field || T.isNull())
      return {};
    const RecordDecl *RD = T->getAsRecordDecl();
    RD = RD ? RD->getDefinition() : nullptr;
    const FieldDecl *F = RD ? memberNamed(RD, Parts[I]) : nullptr;
    if (!F)
      return {};
    bool Last = I + 1 == Parts.size();
    QualType FT = F->getType().getCanonicalType();
    if (!FT->isPointerType() && !FT->isIntegerType()) {
      // An array (or struct) inside the object is part of it.
      if (!Last)
        return {};
      R.Field = F;
      return {R, Pointer};
    }
    // A pointer field points somewhere this function cannot see, unless
    // the function stored it itself.
    if (R.isThroughPointer())
      return {};
    Pointer = storedValue(R.Var, F);
    if (!Pointer)
      return {};
    R = resolvePointer(Pointer);
    if (Last)
      return {R, Pointer};
    T = R.isThroughPointer() ? R.Var->getType()->getPointeeType()
                             : R.Var->getType();
  }
  return {};
}

} // namespace tidy
} // namespace dmasafe
