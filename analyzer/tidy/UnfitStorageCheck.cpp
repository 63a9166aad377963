//===- UnfitStorageCheck.cpp - dmasafe-unfit-storage -----------------------===//
#include "UnfitStorageCheck.h"

#include "BufferExpr.h"
#include "FieldPath.h"
#include "PointerOrigin.h"
#include "api/KernelStorage.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace dmasafe {
namespace tidy {

static QualType storageType(const BufferRef &B) {
  return B.Field ? B.Field->getType() : B.Var->getType();
}

/// The function whose body holds \p Call (a field path is resolved there).
static const FunctionDecl *enclosingFunction(const CallExpr &Call,
                                             ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(Call);
  while (!Parents.empty()) {
    if (const auto *FD = Parents[0].get<FunctionDecl>())
      return FD;
    Parents = Ctx.getParents(Parents[0]);
  }
  return nullptr;
}

void UnfitStorageCheck::registerPPCallbacks(const SourceManager &,
                                            Preprocessor *PP, Preprocessor *) {
  // The command line's macros are defined once preprocessing starts, after
  // this: ask when the matches come.
  this->PP = PP;
}

void UnfitStorageCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(describedCall(), this);
}

void UnfitStorageCheck::check(const MatchFinder::MatchResult &Result) {
  const auto [Call, Found] = contractedCall(Result);
  if (!Found)
    return;
  // The allocator lookups below may move the cached contract.
  const FunctionContract K = *Found;
  const FunctionDecl *Callee = Call->getDirectCallee();
  std::string CalleeName = text::quoted(Callee->getNameAsString());
  ASTContext &Ctx = *Result.Context;
  for (const BufferParam &B : K.Buffers) {
    if (B.Param >= Call->getNumArgs())
      continue;
    const Expr *Arg = Call->getArg(B.Param);
    SourceLocation Where = Arg->getBeginLoc();
    // A buffer behind a field path (`tx_buf` of a `spi_transfer`): what
    // this function stored there, never the struct itself.
    BufferRef Buffer;
    if (B.Field.empty()) {
      Buffer = resolvePointer(Arg);
    } else {
      const FunctionDecl *FD = enclosingFunction(*Call, Ctx);
      if (!FD)
        continue;
      FieldPathBuffer FB = FieldStores(*FD, Ctx).resolve(Arg, B.Field);
      if (!FB.Buffer || !FB.Pointer)
        continue;
      Buffer = FB.Buffer;
      Arg = FB.Pointer;
    }
    // An API that never takes the stack wants DMA-capable memory (the
    // Linux kernel): there, const data is read-only memory, not flash.
    bool Kernel = B.ForbidsStack;
    if (B.RequiresRam) {
      if (isa<StringLiteral>(Arg->IgnoreParenCasts())) {
        diag(Where, "%0") << tidyText(
            text::constantStorage("a string literal", CalleeName, Kernel));
        continue;
      }
      BufferRef R = Buffer;
      if (R && !R.isThroughPointer() && R.Var->hasGlobalStorage() &&
          Ctx.getBaseElementType(storageType(R)).isConstQualified()) {
        diag(Where, "%0") << tidyText(text::constantStorage(
            text::quoted(bufferName(R)), CalleeName, Kernel));
        diag(R.Var->getLocation(), "%0", DiagnosticIDs::Note)
            << text::declaredNote(text::quoted(R.Var->getNameAsString()),
                                  "const");
      }
    }
    if (B.ForbidsVmalloc)
      checkKernelMapping(Buffer, Where, Callee, *Call, Ctx);
    if (B.RequiresStable || B.ForbidsStack) {
      BufferRef R = Buffer;
      if (!R || R.isThroughPointer() || !R.Var->hasLocalStorage() ||
          ApiDescription::isMarkedStable(R.Var))
        continue;
      diag(Where, "%0") << tidyText(text::stackStorage(
          text::quoted(bufferName(R)), CalleeName, B.ForbidsStack));
      diag(R.Var->getLocation(), "%0", DiagnosticIDs::Note)
          << text::declaredNote(text::quoted(R.Var->getNameAsString()),
                                "on the stack");
    }
  }
}

void UnfitStorageCheck::checkKernelMapping(const BufferRef &R,
                                           SourceLocation Where,
                                           const FunctionDecl *Callee,
                                           const CallExpr &Call,
                                           ASTContext &Ctx) {
  if (!R)
    return;
  std::string CalleeName = text::quoted(Callee->getNameAsString());
  std::string Subject =
      text::subject("DMA buffer", text::quoted(bufferName(R)));
  if (R.isThroughPointer()) {
    // What a pointer member of the allocation points to is not the
    // allocation.
    const FunctionDecl *FD = enclosingFunction(Call, Ctx);
    if (R.ThroughMember || !FD)
      return;
    if (const FunctionDecl *From =
            vmallocOrigin(R.Var, FD->getBody(), state().Api))
      diag(Where, "%0") << tidyText(
          text::vmallocStorage(Subject, From->getName(), CalleeName));
    return;
  }
  if (PP && isModuleStaticData(R.Var) && isLoadableModuleUnit(*PP))
    diag(Where, "%0") << tidyText(
        text::moduleStaticStorage(Subject, CalleeName));
}

} // namespace tidy
} // namespace dmasafe
