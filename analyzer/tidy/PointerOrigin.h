//===- PointerOrigin.h - Where a local pointer's value comes from --------===//
//
// A one-function check cannot follow values through memory, but a local
// pointer that is only ever set from calls to one kind of allocator
// (`p = vzalloc(n)`, `p = kvmalloc(n, GFP_KERNEL)`) points to that
// allocator's memory wherever it is used. Any other assignment, or its
// address escaping (`&p`), and it may point anywhere: no origin.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_POINTERORIGIN_H
#define DMASAFE_TIDY_POINTERORIGIN_H

#include "api/ApiDescription.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

namespace dmasafe {
namespace tidy {

/// The vmalloc-kind allocator that every value of local pointer \p V in
/// \p Body comes from (its initializer and each assignment; a null
/// constant is no value), or null when one comes from elsewhere, \p V is a
/// parameter, or its address is taken.
const clang::FunctionDecl *vmallocOrigin(const clang::VarDecl *V,
                                         const clang::Stmt *Body,
                                         ApiDescription &Api);

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_POINTERORIGIN_H
