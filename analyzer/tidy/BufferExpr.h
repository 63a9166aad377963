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

#include "api/ApiDescription.h"
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

/// Bytes of storage a pointer expression points into: the named array,
/// field or object, its size, and the constant offset of the pointer.
struct BufferExtent {
  const clang::NamedDecl *Object;
  uint64_t Size;
  uint64_t Offset;
};
/// For `buf`, `&buf[k]`, `buf + k`, `&s.field`, `&obj` with constant sizes
/// and offsets; std::nullopt otherwise.
std::optional<BufferExtent> pointerExtent(const clang::Expr *E,
                                          const clang::ASTContext &Ctx);

/// The length in bytes of buffer \p B of a start call, when constant.
std::optional<uint64_t> constantTransferBytes(const clang::CallExpr &Call,
                                              const BufferParam &B,
                                              const clang::ASTContext &Ctx);

/// The bytes [begin, end) of its array variable an element or row
/// designates (`buf[3]`, `pp[1][2]`, `pp[1]`); for a non-constant last
/// index (`pp[1][j]`) the whole array it subscripts.
std::optional<std::pair<uint64_t, uint64_t>>
lvalueBytes(const clang::Expr *E, const clang::ASTContext &Ctx);

/// Whether \p E (a pointer or an lvalue) lies in a row of a
/// multi-dimensional array chosen by a non-constant index (`bufs[i]`,
/// `bufs[i][0]`): which bytes it covers is unknown.
bool hasVariableRowIndex(const clang::Expr *E, const clang::ASTContext &Ctx);

/// The printable name of a buffer: "buf" or "s.payload".
std::string bufferName(const BufferRef &B);

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_BUFFEREXPR_H
