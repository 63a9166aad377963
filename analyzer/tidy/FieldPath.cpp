//===- FieldPath.cpp - The buffer a model's field path names --------------===//
#include "FieldPath.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace dmasafe {
namespace tidy {

namespace {

const FieldDecl *fieldNamed(const RecordDecl *RD, llvm::StringRef Name) {
  for (const FieldDecl *F : RD->fields())
    if (F->getName() == Name)
      return F;
  return nullptr;
}

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
  if (const VarDecl *VD = F ? localStruct(ME->getBase()) : nullptr)
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
  for (const FieldDecl *F : RD->fields())
    if (F->getFieldIndex() < ILE->getNumInits())
      Stores[{VD, F}].push_back(ILE->getInit(F->getFieldIndex()));
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
    const FieldDecl *F = RD ? fieldNamed(RD, Parts[I]) : nullptr;
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
