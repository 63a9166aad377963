//===- StmtWalk.h - Every statement under one, without recursion ----------===//
//
// The rules that read a whole body or condition (what a function does
// before a start, whether it waits somewhere, which handlers a unit
// registers, whether a loop tests a status register) visit every statement
// under a root, in no particular order. A worklist, not recursion: a deeply
// nested expression cannot overflow the stack.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_STMTWALK_H
#define DMASAFE_API_STMTWALK_H

#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace dmasafe {

/// Calls \p Visit on \p Root and on every statement under it until \p Visit
/// returns true; returns whether it did.
inline bool anyStmtUnder(const clang::Stmt *Root,
                         llvm::function_ref<bool(const clang::Stmt *)> Visit) {
  llvm::SmallVector<const clang::Stmt *, 32> Work{Root};
  while (!Work.empty()) {
    const clang::Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (Visit(S))
      return true;
    for (const clang::Stmt *Child : S->children())
      Work.push_back(Child);
  }
  return false;
}

} // namespace dmasafe

#endif // DMASAFE_API_STMTWALK_H
