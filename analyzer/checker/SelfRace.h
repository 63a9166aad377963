//===- SelfRace.h - A function racing with its own previous call ----------===//
//
// dmasafe.SelfRaceModeling: the printf-over-DMA bug (SelfRace.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_CHECKER_SELFRACE_H
#define DMASAFE_CHECKER_SELFRACE_H

#include "DmaChecker.h"

namespace dmasafe {

class SelfRace : public clang::ento::Checker<clang::ento::check::EndFunction> {
public:
  /// The checker whose state, options and bug types this one shares.
  const DmaChecker *Chk = nullptr;

  void checkEndFunction(const clang::ReturnStmt *RS,
                        clang::ento::CheckerContext &C) const;

private:
  mutable llvm::DenseSet<const clang::Stmt *> Reported;
};

} // namespace dmasafe

#endif // DMASAFE_CHECKER_SELFRACE_H
