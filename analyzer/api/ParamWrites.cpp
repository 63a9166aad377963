//===- ParamWrites.cpp - Which members of its arguments a body changes ----===//
#include "ParamWrites.h"
#include "StmtWalk.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"
#include "llvm/ADT/STLExtras.h"

#include <set>

using namespace clang;

namespace dmasafe {
namespace {

const Stmt *parentOf(const ParentMap &PM, const Stmt *S) {
  return PM.getParent(const_cast<Stmt *>(S));
}

/// Whether the lvalue \p E (`p->m`, `p->m.x`, `p->m[i]`) is changed where it
/// is used: the left of an assignment, the operand of ++/--, or its address
/// taken (an array member decays to a pointer that is passed on).
bool changedAt(const ParentMap &PM, const Expr *E) {
  const Stmt *Child = E;
  const Stmt *P = parentOf(PM, Child);
  // Up through what still names part of the member's own bytes.
  while (P) {
    if (isa<ParenExpr>(P)) {
    } else if (const auto *M = dyn_cast<MemberExpr>(P); M && !M->isArrow()) {
    } else if (const auto *Cast = dyn_cast<ImplicitCastExpr>(P);
               Cast && Cast->getCastKind() == CK_ArrayToPointerDecay) {
      const Stmt *Up = parentOf(PM, P);
      const auto *Sub = dyn_cast_or_null<ArraySubscriptExpr>(Up);
      if (!Sub || Sub->getBase() != P)
        return true; // the array's address goes somewhere
      P = Up;        // an element of the member array
    } else {
      break;
    }
    Child = P;
    P = parentOf(PM, P);
  }
  if (!P)
    return false;
  if (const auto *B = dyn_cast<BinaryOperator>(P))
    return B->isAssignmentOp() && B->getLHS() == Child;
  if (const auto *U = dyn_cast<UnaryOperator>(P))
    return U->isIncrementDecrementOp() || U->getOpcode() == UO_AddrOf;
  return false;
}

const RecordDecl *structPointee(const ParmVarDecl *P) {
  QualType T = P->getType();
  if (!T->isPointerType() || T->getPointeeType().isConstQualified())
    return nullptr;
  const RecordDecl *RD = T->getPointeeType()->getAsRecordDecl();
  if (!RD || RD->isUnion() || !RD->getDefinition())
    return nullptr;
  return RD;
}

} // namespace

std::vector<FunctionContract::ParamWrites>
paramWritesOf(const FunctionDecl *FD) {
  std::vector<FunctionContract::ParamWrites> Out;
  Stmt *Body = FD ? FD->getBody() : nullptr;
  if (!Body)
    return Out;
  ParentMap PM(Body);
  for (unsigned I = 0; I < FD->getNumParams(); ++I) {
    const ParmVarDecl *P = FD->getParamDecl(I);
    if (!structPointee(P))
      continue;
    std::set<std::string> Changed;
    bool OnlyMembers = true;
    anyStmtUnder(Body, [&](const Stmt *S) {
      const auto *Ref = dyn_cast<DeclRefExpr>(S);
      if (!Ref || Ref->getDecl() != P)
        return false;
      // `p` read as a pointer, then `->member` of it.
      const Stmt *Load = parentOf(PM, Ref);
      const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(Load);
      const auto *M = Cast && Cast->getCastKind() == CK_LValueToRValue
                          ? dyn_cast_or_null<MemberExpr>(parentOf(PM, Cast))
                          : nullptr;
      const auto *Field =
          M && M->isArrow() ? dyn_cast<FieldDecl>(M->getMemberDecl()) : nullptr;
      if (!Field || Field->getName().empty()) {
        OnlyMembers = false; // passed on, copied, or an anonymous member
        return true;
      }
      if (changedAt(PM, M))
        Changed.insert(Field->getName().str());
      return false;
    });
    if (OnlyMembers)
      Out.push_back({I, {Changed.begin(), Changed.end()}});
  }
  return Out;
}

} // namespace dmasafe
