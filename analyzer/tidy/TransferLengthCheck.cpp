//===- TransferLengthCheck.cpp - dmasafe-transfer-length -------------------===//
#include "TransferLengthCheck.h"

#include "BufferExpr.h"
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
  // call that only constrains storage (usb_bulk_msg) does its I/O at once.
  if (!K || !(K->hasRole(Role::Start) || K->hasRole(Role::Arm) ||
              K->hasRole(Role::RequiresStorage)))
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
    diag(Arg->getBeginLoc(),
         "DMA transfer of %0 bytes by %1 overruns %2, which has %3 bytes"
         "%select{| from this offset}4")
        << static_cast<unsigned long long>(*Bytes) << Callee << Ex->Object
        << static_cast<unsigned long long>(Room) << (Ex->Offset != 0);
    diag(Ex->Object->getLocation(), "%0 declared here", DiagnosticIDs::Note)
        << Ex->Object;
  }
}

} // namespace tidy
} // namespace dmasafe
