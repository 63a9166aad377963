//===- InterruptHandlers.cpp - Completion seen by an interrupt vector -----===//
#include "InterruptHandlers.h"
#include "RegisterModel.h"
#include "StmtWalk.h"
#include "compat/LLVMCompat.h"

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
      .Case("irq_set_exclusive_handler", true)
      .Case("irq_add_shared_handler", true)
      .Case("NVIC_SetVector", true)
      .Case("irq_connect_dynamic", true)
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
  anyStmtUnder(S, [&](const Stmt *Cur) {
    if (const auto *CE = dyn_cast<CallExpr>(Cur))
      if (const FunctionDecl *Callee = CE->getDirectCallee())
        if (Callee->getIdentifier() && registersVector(Callee->getName()))
          for (const Expr *Arg : CE->arguments())
            if (const FunctionDecl *FD = functionNamedBy(Arg))
              Out.insert(FD->getCanonicalDecl());
    return false;
  });
}

/// The completion the call \p CE observes or ends (a poll-done, an abort,
/// a wait), with its handle when that is a constant, or none.
std::optional<VectorCompletion> completionCall(const CallExpr *CE,
                                               ApiDescription &Api,
                                               const ASTContext &Ctx) {
  const FunctionContract *FC = Api.lookup(CE->getDirectCallee());
  if (!FC || !(FC->hasRole(Role::PollDone) || FC->hasRole(Role::Abort) ||
               FC->hasRole(Role::Wait)))
    return std::nullopt;
  VectorCompletion Seen{FC->Api, std::nullopt};
  Expr::EvalResult R;
  if (FC->Handle.K == HandleSpec::Kind::Param &&
      FC->Handle.Param < CE->getNumArgs() &&
      CE->getArg(FC->Handle.Param)->EvaluateAsInt(R, Ctx))
    Seen.Channel = R.Val.getInt().getExtValue();
  return Seen;
}

/// \p Seen after \p Earlier in one vector: the later family, and a channel
/// only when both name the same one.
VectorCompletion merged(const std::optional<VectorCompletion> &Earlier,
                        VectorCompletion Seen) {
  if (Earlier && Earlier->Api == Seen.Api && Earlier->Channel != Seen.Channel)
    Seen.Channel = std::nullopt;
  return Seen;
}

/// Whether \p Cond observes a completion: reads a status register or calls
/// a poll-done function; sets \p Seen.
bool observesCompletion(const Expr *Cond, ApiDescription &Api,
                        const ASTContext &Ctx, VectorCompletion &Seen) {
  if (!Cond)
    return false;
  if (readsStatusRegister(Cond, Api.registerBlocks(), Seen.Api)) {
    Seen.Channel = std::nullopt;
    return true;
  }
  return anyStmtUnder(Cond, [&](const Stmt *S) {
    const auto *CE = dyn_cast<CallExpr>(S);
    auto F = CE ? completionCall(CE, Api, Ctx) : std::nullopt;
    if (F)
      Seen = *F;
    return F.has_value();
  });
}

/// Walks one vector's body.
class VectorWalk {
public:
  using Visitor =
      llvm::function_ref<void(const Expr *, const VectorCompletion &)>;
  VectorWalk(ApiDescription &Api, const ASTContext &Ctx, Visitor Visit)
      : Api(Api), Ctx(Ctx), Visit(Visit) {}

  /// Visits the writes of a vector: a write under a test that observes a
  /// completion belongs to that test's family; any other write to a
  /// variable belongs to the family the vector acknowledges or stops
  /// anywhere in its body. A vector sets its flag, then disables the
  /// channel (libopencm3's usart_dma example: its status test reads ISR
  /// through an address macro, which no register block describes), as
  /// often as the other way round.
  void walkVector(const Stmt *Body) {
    Reporting = false;
    walk(Body, std::nullopt);
    Reporting = true;
    walk(Body, std::nullopt);
  }

  void walk(const Stmt *S, const std::optional<VectorCompletion> &Guard) {
    if (!S)
      return;
    if (const auto *If = dyn_cast<IfStmt>(S)) {
      VectorCompletion Seen;
      std::optional<VectorCompletion> Then = Guard;
      if (observesCompletion(If->getCond(), Api, Ctx, Seen))
        Then = Seen;
      walk(If->getCond(), Guard);
      walk(If->getThen(), Then);
      walk(If->getElse(), Guard);
      return;
    }
    if (const auto *Sw = dyn_cast<SwitchStmt>(S)) {
      VectorCompletion Seen;
      std::optional<VectorCompletion> Body = Guard;
      if (observesCompletion(Sw->getCond(), Api, Ctx, Seen))
        Body = Seen;
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
      if (auto F = completionCall(CE, Api, Ctx))
        Cleared = merged(Cleared, *F);
    }
    if (Written) {
      const std::vector<RegisterBlock> &Blocks = Api.registerBlocks();
      std::optional<RegisterAccess> A = registerAccessOf(Written, Blocks);
      if (A && (findControl(A->Block->Clears, A->Member) ||
                findControl(A->Block->Stops, A->Member) ||
                findControl(A->Block->Status, A->Member)))
        Cleared = merged(Cleared, {A->Block->Api, std::nullopt});
      else if (!A && Reporting && (Guard || Cleared))
        Visit(Written, Guard ? *Guard : *Cleared);
    }
    for (const Stmt *Child : S->children())
      walk(Child, Guard);
  }

private:
  ApiDescription &Api;
  const ASTContext &Ctx;
  Visitor Visit;
  /// The family the vector acknowledges or stops.
  std::optional<VectorCompletion> Cleared;
  /// Off while a first pass finds Cleared.
  bool Reporting = true;
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
  return compat::endsWith(N, "_IRQHandler") || compat::endsWith(N, "_isr") ||
         compat::startsWith(N, "isr_");
}

void forEachInterruptCompletionWrite(
    const ASTContext &Ctx, ApiDescription &Api,
    llvm::function_ref<void(const Expr *, const VectorCompletion &)> Visit) {
  Api.loadUsedModels(Ctx.Idents); // the register blocks of the unit's models
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
      VectorWalk(Api, Ctx, Visit).walkVector(FD->getBody());
}

} // namespace dmasafe
