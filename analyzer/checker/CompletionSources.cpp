//===- CompletionSources.cpp - Which functions run when a transfer ends ---===//
//
// A completion callback has a fixed name in some APIs (STM32 HAL's
// HAL_UART_TxCpltCallback: a contract says so) and is handed over at run
// time in others (Zephyr's uart_callback_set(dev, cb, data), the callback
// argument of spi_transceive_cb, `dma_config.dma_callback`): a contract's
// `callback` names the parameter or member, and the function found there is
// a completion callback of that contract's API.
//
// One walk over the translation unit finds both, and every kernel object a
// signal function (k_sem_give) is called on, so that a wait on an object
// nobody in the TU signals can be told from one signalled elsewhere.
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;
using namespace ento;

namespace dmasafe {
namespace {

/// The defined function \p E names (`cb`, `&cb`, through casts), or null.
const FunctionDecl *functionNamedBy(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_AddrOf)
    E = UO->getSubExpr()->IgnoreParenCasts();
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *FD = DRE ? dyn_cast<FunctionDecl>(DRE->getDecl()) : nullptr;
  const FunctionDecl *Def = nullptr;
  return FD && FD->hasBody(Def) && Def->getBody() ? Def : nullptr;
}

/// The member at the end of the dotted \p Path from the struct \p T points
/// to (or is), looking into anonymous structs and unions; null if none.
const FieldDecl *memberAt(QualType T, StringRef Path, ASTContext &Ctx) {
  SmallVector<StringRef, 4> Parts;
  Path.split(Parts, '.');
  const FieldDecl *Found = nullptr;
  for (StringRef Part : Parts) {
    if (T->isPointerType())
      T = T->getPointeeType();
    const RecordDecl *RD = T->getAsRecordDecl();
    if (!RD || !RD->getDefinition())
      return nullptr;
    Found = nullptr;
    for (const NamedDecl *D :
         RD->getDefinition()->lookup(&Ctx.Idents.get(Part))) {
      if (const auto *F = dyn_cast<FieldDecl>(D))
        Found = F;
      else if (const auto *IF = dyn_cast<IndirectFieldDecl>(D))
        Found = IF->getAnonField();
    }
    if (!Found)
      return nullptr;
    T = Found->getType();
  }
  return Found ? Found->getCanonicalDecl() : nullptr;
}

class SourceScan {
public:
  SourceScan(const DmaChecker &Chk, ASTContext &Ctx, CompletionSources &Out)
      : Chk(Chk), Ctx(Ctx), Out(Out) {}

  void run() {
    forEachDecl(Ctx.getTranslationUnitDecl(), [&](const Decl *D) {
      if (const auto *FD = dyn_cast<FunctionDecl>(D))
        noteContract(FD);
    });
    forEachDecl(Ctx.getTranslationUnitDecl(), [&](const Decl *D) {
      if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
        if (FD->doesThisDeclarationHaveABody())
          scan(FD->getBody());
      } else if (const auto *VD = dyn_cast<VarDecl>(D)) {
        scan(VD->getInit());
      }
    });
  }

private:
  template <typename Fn> static void forEachDecl(const DeclContext *DC, Fn F) {
    for (const Decl *D : DC->decls()) {
      if (const auto *Inner = dyn_cast<LinkageSpecDecl>(D))
        forEachDecl(Inner, F);
      else
        F(D);
    }
  }

  /// A callback by contract, or a struct member a contract registers.
  void noteContract(const FunctionDecl *FD) {
    const IdentifierInfo *II = FD->getIdentifier();
    // Only named functions have contracts worth a lookup here; most
    // declarations of a TU have none, and the model check is by name.
    if (!II)
      return;
    const FunctionContract *Model = Chk.Api.lookupModel(II->getName());
    if (FD->doesThisDeclarationHaveABody()) {
      const FunctionContract *FC = Chk.Api.lookup(FD);
      if (FC && FC->hasRole(Role::CompletionCallback))
        addCallback(FD, {Chk.familyId(FC->Api), FC->Completes});
    }
    if (!Model || !Model->Callback || Model->Callback->Field.empty())
      return;
    const FunctionContract *FC = Chk.Api.lookup(FD);
    if (!FC || !FC->Callback || FC->Callback->Param >= FD->getNumParams())
      return;
    if (const FieldDecl *F =
            memberAt(FD->getParamDecl(FC->Callback->Param)->getType(),
                     FC->Callback->Field, Ctx))
      CallbackFields[F] = {Chk.familyId(FC->Api), std::nullopt};
  }

  void addCallback(const FunctionDecl *FD, StringRef Api) {
    addCallback(FD, {Chk.familyId(Api), std::nullopt});
  }
  void addCallback(const FunctionDecl *FD, CompletionScope Scope) {
    if (!FD)
      return;
    for (const CompletionCallbackFn &Old : Out.Callbacks)
      if (Old.Definition == FD && Old.Scope == Scope)
        return;
    Out.Callbacks.push_back({FD, Scope});
  }

  void scan(const Stmt *Root) {
    SmallVector<const Stmt *, 32> Work{Root};
    while (!Work.empty()) {
      const Stmt *S = Work.pop_back_val();
      if (!S)
        continue;
      if (const auto *CE = dyn_cast<CallExpr>(S))
        scanCall(CE);
      else if (const auto *BO = dyn_cast<BinaryOperator>(S))
        scanAssignment(BO);
      else if (const auto *ILE = dyn_cast<InitListExpr>(S))
        scanInitList(ILE);
      for (const Stmt *Child : S->children())
        Work.push_back(Child);
    }
  }

  void scanCall(const CallExpr *CE) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    const FunctionContract *FC = Callee ? Chk.Api.lookup(Callee) : nullptr;
    if (!FC)
      return;
    if (FC->Callback && FC->Callback->Field.empty() &&
        FC->Callback->Param < CE->getNumArgs())
      addCallback(functionNamedBy(CE->getArg(FC->Callback->Param)), FC->Api);
    if (FC->hasRole(Role::Signal) && FC->Handle.Param < CE->getNumArgs()) {
      Out.Signalled.push_back(signalObjectOf(CE->getArg(FC->Handle.Param)));
      if (FC->FromInterrupt)
        Out.SignalledFromInterrupt.push_back(Out.Signalled.back());
    }
  }

  /// `cfg.dma_callback = on_done;`
  void scanAssignment(const BinaryOperator *BO) {
    if (BO->getOpcode() != BO_Assign || CallbackFields.empty())
      return;
    const auto *ME = dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts());
    const auto *F = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
    if (!F)
      return;
    auto It = CallbackFields.find(F->getCanonicalDecl());
    if (It != CallbackFields.end())
      addCallback(functionNamedBy(BO->getRHS()), It->second);
  }

  /// `struct dma_config cfg = { .dma_callback = on_done };`
  void scanInitList(const InitListExpr *ILE) {
    if (CallbackFields.empty())
      return;
    const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
    if (!RD || !RD->getDefinition())
      return;
    if (RD->isUnion()) {
      const FieldDecl *F = ILE->getInitializedFieldInUnion();
      auto It = F ? CallbackFields.find(F->getCanonicalDecl())
                  : CallbackFields.end();
      if (It != CallbackFields.end() && ILE->getNumInits() > 0)
        addCallback(functionNamedBy(ILE->getInit(0)), It->second);
      return;
    }
    unsigned I = 0;
    for (const FieldDecl *F : RD->getDefinition()->fields()) {
      if (I >= ILE->getNumInits())
        break;
      auto It = CallbackFields.find(F->getCanonicalDecl());
      if (It != CallbackFields.end())
        addCallback(functionNamedBy(ILE->getInit(I)), It->second);
      ++I;
    }
  }

  const DmaChecker &Chk;
  ASTContext &Ctx;
  CompletionSources &Out;
  /// Members that hold a completion callback, with their API.
  llvm::DenseMap<const FieldDecl *, CompletionScope> CallbackFields;
};

} // namespace

const CompletionSources &
DmaChecker::completionSources(ASTContext &Ctx) const {
  if (!Sources) {
    Sources.emplace();
    SourceScan(*this, Ctx, *Sources).run();
  }
  return *Sources;
}

} // namespace dmasafe
