//===- TransferLengthCheck.cpp - dmasafe-transfer-length -------------------===//
#include "TransferLengthCheck.h"

#include "BufferExpr.h"
#include "semantics/Transitions.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace dmasafe {
namespace tidy {


void TransferLengthCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(describedCall(), this);
}

void TransferLengthCheck::check(const MatchFinder::MatchResult &Result) {
  const auto [Call, K] = contractedCall(Result);
  // An arm (Zephyr dma_reload) hands its buffers over as a start does; a
  // blocking transfer or a call that only constrains storage (usb_bulk_msg)
  // does its I/O at once, on as many bytes.
  if (!K || !checksBuffersAtCall(K->Roles))
    return;
  const FunctionDecl *Callee = Call->getDirectCallee();
  const ASTContext &Ctx = *Result.Context;
  for (const BufferParam &B : K->Buffers) {
    // A buffer named through a member is not the argument's storage.
    if (B.Param >= Call->getNumArgs() || !B.Field.empty())
      continue;
    std::optional<uint64_t> Bytes = constantTransferBytes(*Call, B, Ctx);
    if (!Bytes)
      continue;
    const Expr *Arg = Call->getArg(B.Param);
    std::optional<BufferExtent> Ex = pointerExtent(Arg, Ctx);
    if (!Ex || Ex->Offset > Ex->Size)
      continue;
    uint64_t Room = Ex->Size - Ex->Offset;
    if (*Bytes <= Room)
      continue;
    diag(Arg->getBeginLoc(), "%0") << tidyText(text::transferOverrun(
        *Bytes, Callee ? text::quoted(Callee->getNameAsString()) : "",
        text::quoted(Ex->Object->getNameAsString()), Ex->Size, Ex->Offset));
    diag(Ex->Object->getLocation(), "%0", DiagnosticIDs::Note)
        << text::declaredNote(text::quoted(Ex->Object->getNameAsString()), "");
  }
}

} // namespace tidy
} // namespace dmasafe
