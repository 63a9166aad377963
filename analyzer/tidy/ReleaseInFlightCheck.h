//===- ReleaseInFlightCheck.h - dmasafe-release-in-flight -----------------===//
#ifndef DMASAFE_TIDY_RELEASEINFLIGHTCHECK_H
#define DMASAFE_TIDY_RELEASEINFLIGHTCHECK_H

#include "FlowCheck.h"

namespace dmasafe {
namespace tidy {

/// The rule dmasafe.ReleaseInFlight within one function: an automatic
/// (stack) buffer handed to a DMA transfer that is not completed on every
/// path before the buffer's scope ends or the function returns: the engine
/// then writes into, or reads from, whatever reuses that stack. (A free or
/// realloc in flight is the analyzer's only.)
///
/// Option SuggestStatic (default false): offer `static` as a fix-it. Off by
/// default because it is wrong in a reentrant function or one called from
/// several contexts; a note explains the choice instead.
class ReleaseInFlightCheck : public FlowCheck {
public:
  ReleaseInFlightCheck(llvm::StringRef Name,
                         clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void checkFunction(const clang::FunctionDecl &FD, const FunctionFlow &Flow,
                     clang::ASTContext &Ctx) override;

private:
  const bool SuggestStatic;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_RELEASEINFLIGHTCHECK_H
