//===- RegisteredCallbacks.cpp - Completion callbacks handed over at run time //
#include "RegisteredCallbacks.h"
#include "MemberLookup.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

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

/// The member at the end of the dotted \p Path in the struct \p T is or
/// points to, looking into anonymous structs and unions; null if none.
const FieldDecl *memberAt(QualType T, llvm::StringRef Path) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Path.split(Parts, '.');
  const FieldDecl *Found = nullptr;
  for (llvm::StringRef Part : Parts) {
    if (T->isPointerType())
      T = T->getPointeeType();
    const RecordDecl *RD = T->getAsRecordDecl();
    if (!RD || !RD->getDefinition())
      return nullptr;
    Found = memberNamed(RD, Part);
    if (!Found)
      return nullptr;
    T = Found->getType();
  }
  return Found ? Found->getCanonicalDecl() : nullptr;
}

/// One walk over the unit: callbacks passed as arguments, members that
/// registering functions read a callback from, and the functions stored
/// into members (matched against those members at the end, since the
/// store may come before the registering call).
class CallbackScan : public RecursiveASTVisitor<CallbackScan> {
public:
  explicit CallbackScan(ApiDescription &Api) : Api(Api) {}

  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    const FunctionContract *K = Callee ? Api.lookup(Callee) : nullptr;
    if (!K || !K->Callback || K->Callback->Param >= CE->getNumArgs())
      return true;
    const Expr *Arg = CE->getArg(K->Callback->Param);
    if (K->Callback->Field.empty())
      add(functionNamedBy(Arg), K->Api);
    else if (const FieldDecl *F =
                 memberAt(Arg->IgnoreParenImpCasts()->getType(),
                          K->Callback->Field))
      CallbackFields.try_emplace(F, K->Api);
    return true;
  }

  /// `cfg.dma_callback = on_done;`
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() != BO_Assign)
      return true;
    const auto *ME = dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts());
    if (const auto *F = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr)
      store(F, BO->getRHS());
    return true;
  }

  /// `struct dma_config cfg = {.dma_callback = on_done};`
  bool VisitInitListExpr(InitListExpr *ILE) {
    // The walk sees the syntactic form (designators); the semantic one has
    // one initializer per field.
    if (!ILE->isSemanticForm())
      ILE = ILE->getSemanticForm();
    if (!ILE)
      return true;
    const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
    if (!RD || !RD->getDefinition())
      return true;
    if (RD->isUnion()) {
      if (const FieldDecl *F = ILE->getInitializedFieldInUnion())
        if (ILE->getNumInits() > 0)
          store(F, ILE->getInit(0));
      return true;
    }
    for (const FieldDecl *F : RD->getDefinition()->fields())
      if (F->getFieldIndex() < ILE->getNumInits())
        store(F, ILE->getInit(F->getFieldIndex()));
    return true;
  }

  std::vector<RegisteredCallback> result() {
    for (const auto &[Field, Fn] : Stored) {
      auto It = CallbackFields.find(Field);
      if (It != CallbackFields.end())
        add(Fn, It->second);
    }
    return std::move(Callbacks);
  }

private:
  void add(const FunctionDecl *Fn, const std::string &ApiName) {
    if (!Fn)
      return;
    for (const RegisteredCallback &Old : Callbacks)
      if (Old.Definition == Fn && Old.Api == ApiName)
        return;
    Callbacks.push_back({Fn, ApiName});
  }

  void store(const FieldDecl *F, const Expr *Value) {
    if (const FunctionDecl *Fn = functionNamedBy(Value))
      Stored.push_back({F->getCanonicalDecl(), Fn});
  }

  ApiDescription &Api;
  std::vector<RegisteredCallback> Callbacks;
  /// Members a registering call reads a callback from, with its API.
  llvm::DenseMap<const FieldDecl *, std::string> CallbackFields;
  std::vector<std::pair<const FieldDecl *, const FunctionDecl *>> Stored;
};

} // namespace

std::vector<RegisteredCallback> registeredCallbacks(const ASTContext &Ctx,
                                                    ApiDescription &Api) {
  CallbackScan Scan(Api);
  Scan.TraverseDecl(Ctx.getTranslationUnitDecl());
  return Scan.result();
}

} // namespace dmasafe
