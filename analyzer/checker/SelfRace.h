//===- SelfRace.h - A function racing with its own previous call ----------===//
//
// dmasafe.SelfRaceModeling: the printf-over-DMA bug (SelfRace.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_CHECKER_SELFRACE_H
#define DMASAFE_CHECKER_SELFRACE_H

#include "DmaChecker.h"

#include "llvm/ADT/DenseMap.h"
#include <utility>

namespace dmasafe {

class SelfRace : public clang::ento::Checker<clang::ento::check::EndFunction> {
public:
  /// The checker whose state, options and bug types this one shares.
  const DmaChecker *Chk = nullptr;

  void checkEndFunction(const clang::ReturnStmt *RS,
                        clang::ento::CheckerContext &C) const;

  /// What a function's body holds before a start (SelfRace.cpp).
  struct BodyFacts {
    const clang::Stmt *FirstWrite = nullptr; ///< of the buffer, before the start
    const clang::Stmt *FirstCheck = nullptr; ///< a condition, loop or unknown call
    bool RotatingBuffer = false;             ///< an element picked by a variable
  };

private:
  mutable llvm::DenseSet<const clang::Stmt *> Reported;
  /// Per body: whether it waits, polls or aborts anywhere.
  mutable llvm::DenseMap<const clang::Stmt *, bool> BodyCompletes;
  /// Per (buffer, start): the facts of the body that holds the start.
  mutable llvm::DenseMap<std::pair<const clang::VarDecl *, const clang::Stmt *>,
                         BodyFacts>
      Facts;
};

} // namespace dmasafe

#endif // DMASAFE_CHECKER_SELFRACE_H
