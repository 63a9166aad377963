//===- BufferExpr.h - Which object an expression designates ---------------===//
//
// The checks reason about a buffer as a variable (plus, for a struct, the
// top-level field). These helpers map the expressions C code uses to name a
// buffer (`buf`, `&buf[2]`, `buf + 4`, `&s.payload`, `(void *)p`) to that
// variable, and turn handle expressions into keys that compare equal when
// they name the same handle (`&huart2`, `chan`, `3`, `dev->dma`).
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_BUFFEREXPR_H
#define DMASAFE_TIDY_BUFFEREXPR_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include <optional>
#include <string>

namespace dmasafe {
namespace tidy {

/// A buffer: a variable, or one top-level field of a struct variable.
/// Var may be a pointer variable (the buffer is what it points to).
struct BufferRef {
  const clang::VarDecl *Var = nullptr;
  const clang::FieldDecl *Field = nullptr;

  explicit operator bool() const { return Var != nullptr; }
  /// Whether \p Other names (part of) the same storage.
  bool overlaps(const BufferRef &Other) const {
    return Var && Var == Other.Var &&
           (!Field || !Other.Field || Field == Other.Field);
  }
  bool isThroughPointer() const {
    return Var && Var->getType()->isPointerType();
  }
};

/// The object an lvalue expression designates (`buf[i]`, `s.f`, `*p`).
BufferRef resolveObject(const clang::Expr *E);
/// The object a pointer-valued expression points into (`buf`, `&x`,
/// `p + 1`, `(void *)&s.payload`).
BufferRef resolvePointer(const clang::Expr *E);

/// A key naming a handle or buffer expression; equal keys name the same
/// thing. std::nullopt when the expression is too complex to compare.
std::optional<std::string> expressionKey(const clang::Expr *E,
                                         const clang::ASTContext &Ctx);

/// The key expressionKey gives a reference to \p D.
std::string declKey(const clang::Decl *D);

/// The printable name of a buffer: "buf" or "s.payload".
std::string bufferName(const BufferRef &B);

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_BUFFEREXPR_H
