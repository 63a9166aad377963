//===- FlowCheck.h - A check that reports the one-function flow ------------===//
//
// The base of the checks that report what TransferFlow found in a function
// (in-flight accesses, escapes, mapping and cache findings): it matches the
// function definitions that call a described function and hands each one's
// flow, computed once per unit for every such check (TidyApiState), to
// checkFunction once.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_FLOWCHECK_H
#define DMASAFE_TIDY_FLOWCHECK_H

#include "DmasafeCheck.h"
#include "TransferFlow.h"
#include "llvm/ADT/DenseSet.h"

namespace dmasafe {
namespace tidy {

class FlowCheck : public DmasafeCheck {
public:
  using DmasafeCheck::DmasafeCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) final;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) final;

protected:
  /// Reports this check's findings in \p FD's flow.
  virtual void checkFunction(const clang::FunctionDecl &FD,
                             const FunctionFlow &Flow,
                             clang::ASTContext &Ctx) = 0;
  /// Reports a mapping or cache finding: its text, fix-its and note.
  void report(const RuleFinding &F);

private:
  llvm::DenseSet<const clang::FunctionDecl *> Done;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_FLOWCHECK_H
