//===- InterruptHandlers.cpp - Completion seen by an interrupt vector -----===//
#include "InterruptHandlers.h"
#include "RegisterModel.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace dmasafe {
namespace {

/// Calls that install an interrupt vector given as a function argument.
bool registersVector(llvm::StringRef Callee) {
  return llvm::StringSwitch<bool>(Callee)
      .Cases("irq_set_exclusive_handler", "irq_add_shared_handler",
             "NVIC_SetVector", "irq_connect_dynamic", true)
      .Default(false);
}

const FunctionDecl *functionNamedBy(const Expr *E) {
  E = E->IgnoreParenCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_AddrOf)
      E = UO->getSubExpr()->IgnoreParenCasts();
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  return DRE ? dyn_cast<FunctionDecl>(DRE->getDecl()) : nullptr;
}

/// Functions the TU passes to a vector registration call.
void collectRegistered(const Stmt *S,
                       llvm::SmallPtrSetImpl<const FunctionDecl *> &Out) {
  llvm::SmallVector<const Stmt *, 32> Work{S};
  while (!Work.empty()) {
    const Stmt *Cur = Work.pop_back_val();
    if (!Cur)
      continue;
    if (const auto *CE = dyn_cast<CallExpr>(Cur))
      if (const FunctionDecl *Callee = CE->getDirectCallee())
        if (Callee->getIdentifier() && registersVector(Callee->getName()))
          for (const Expr *Arg : CE->arguments())
            if (const FunctionDecl *FD = functionNamedBy(Arg))
              Out.insert(FD->getCanonicalDecl());
    for (const Stmt *Child : Cur->children())
      Work.push_back(Child);
  }
}

/// The API family whose completion the call \p CE observes or ends
/// (a poll-done, an abort, a wait), or none.
std::optional<std::string> completionCall(const CallExpr *CE,
                                          ApiDescription &Api) {
  const FunctionContract *FC = Api.lookup(CE->getDirectCallee());
  if (FC && (FC->hasRole(Role::PollDone) || FC->hasRole(Role::Abort) ||
             FC->hasRole(Role::Wait)))
    return FC->Api;
  return std::nullopt;
}

/// Whether \p Cond observes a completion: reads a status register or calls
/// a poll-done function; sets \p Family.
bool observesCompletion(const Expr *Cond, ApiDescription &Api,
                        std::string &Family) {
  if (!Cond)
    return false;
  if (readsStatusRegister(Cond, Api.registerBlocks(), Family))
    return true;
  llvm::SmallVector<const Stmt *, 16> Work{Cond};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *CE = dyn_cast<CallExpr>(S))
      if (auto F = completionCall(CE, Api)) {
        Family = *F;
        return true;
      }
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
  return false;
}

/// Walks one vector's body in source order.
class VectorWalk {
public:
  VectorWalk(ApiDescription &Api,
             llvm::function_ref<void(const Expr *, llvm::StringRef)> Visit)
      : Api(Api), Visit(Visit) {}

  void walk(const Stmt *S, const std::optional<std::string> &Guard) {
    if (!S)
      return;
    if (const auto *If = dyn_cast<IfStmt>(S)) {
      std::string Family;
      std::optional<std::string> Then = Guard;
      if (observesCompletion(If->getCond(), Api, Family))
        Then = Family;
      walk(If->getCond(), Guard);
      walk(If->getThen(), Then);
      walk(If->getElse(), Guard);
      return;
    }
    if (const auto *Sw = dyn_cast<SwitchStmt>(S)) {
      std::string Family;
      std::optional<std::string> Body = Guard;
      if (observesCompletion(Sw->getCond(), Api, Family))
        Body = Family;
      walk(Sw->getBody(), Body);
      return;
    }
    const Expr *Written = nullptr;
    if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
      if (BO->isAssignmentOp())
        Written = BO->getLHS();
    } else if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
      if (UO->isIncrementDecrementOp())
        Written = UO->getSubExpr();
    } else if (const auto *CE = dyn_cast<CallExpr>(S)) {
      if (auto F = completionCall(CE, Api))
        Cleared = *F;
    }
    if (Written) {
      const std::vector<RegisterBlock> &Blocks = Api.registerBlocks();
      std::optional<RegisterAccess> A = registerAccessOf(Written, Blocks);
      if (A && (findControl(A->Block->Clears, A->Member) ||
                findControl(A->Block->Stops, A->Member) ||
                findControl(A->Block->Status, A->Member)))
        Cleared = A->Block->Api;
      else if (!A && (Guard || Cleared))
        Visit(Written, Guard ? *Guard : *Cleared);
    }
    for (const Stmt *Child : S->children())
      walk(Child, Guard);
  }

private:
  ApiDescription &Api;
  llvm::function_ref<void(const Expr *, llvm::StringRef)> Visit;
  /// Set once the vector acknowledged a completion (in source order).
  std::optional<std::string> Cleared;
};

} // namespace

bool isInterruptVectorByDecl(const FunctionDecl *FD) {
  if (!FD)
    return false;
  if (FD->hasAttr<ARMInterruptAttr>() || FD->hasAttr<AnyX86InterruptAttr>() ||
      FD->hasAttr<RISCVInterruptAttr>() || FD->hasAttr<MSP430InterruptAttr>() ||
      FD->hasAttr<AVRInterruptAttr>())
    return true;
  if (!FD->getIdentifier())
    return false;
  llvm::StringRef N = FD->getName();
  return N.ends_with("_IRQHandler") || N.ends_with("_isr") ||
         N.starts_with("isr_");
}

void forEachInterruptCompletionWrite(
    const ASTContext &Ctx, ApiDescription &Api,
    llvm::function_ref<void(const Expr *, llvm::StringRef)> Visit) {
  llvm::SmallVector<const FunctionDecl *, 16> Defined;
  llvm::SmallPtrSet<const FunctionDecl *, 8> Registered;
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody())
      continue;
    Defined.push_back(FD);
    collectRegistered(FD->getBody(), Registered);
  }
  for (const FunctionDecl *FD : Defined)
    if (isInterruptVectorByDecl(FD) ||
        Registered.count(FD->getCanonicalDecl()))
      VectorWalk(Api, Visit).walk(FD->getBody(), std::nullopt);
}

} // namespace dmasafe
