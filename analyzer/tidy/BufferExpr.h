//===- BufferExpr.h - Which object an expression designates ---------------===//
//
// The checks reason about a buffer as a variable (plus, for a struct, the
// top-level field). These helpers map the expressions C code uses to name a
// buffer (`buf`, `&buf[2]`, `buf + 4`, `&s.payload`, `(void *)p`) to that
// variable (handles are named by ObjectKey.h).
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

/// A buffer: a variable, or one top-level field of a struct variable (of
/// one element of an array of structs: `q[1].data`), or what a pointer
/// member of one points to (`d->rx`, `console.rx`). Var may be a pointer
/// variable (the buffer is what it points to).
struct BufferRef {
  const clang::VarDecl *Var = nullptr;
  const clang::FieldDecl *Field = nullptr;
  /// The element of an array of structs (or of what a pointer points to)
  /// the buffer is in, when the index is a constant: `q[1].data`, `&q[1]`.
  std::optional<uint64_t> Row;
  /// The element is picked by a non-constant index (`q[i].data`).
  bool RowVariable = false;
  /// The buffer is what the pointer member Field points to, not the member.
  bool ThroughMember = false;

  explicit operator bool() const { return Var != nullptr; }
  /// Whether \p Other may name (part of) the same storage. Two members of
  /// one union share it; two elements with distinct constant indices do
  /// not.
  bool overlaps(const BufferRef &Other) const;
  bool isThroughPointer() const {
    return Var && Var->getType()->isPointerType();
  }
};

/// The whole of variable \p VD (what it points to, for a pointer).
inline BufferRef bufferOfVar(const clang::VarDecl *VD) {
  BufferRef R;
  R.Var = VD;
  return R;
}

/// The object an lvalue expression designates (`buf[i]`, `s.f`, `*p`).
BufferRef resolveObject(const clang::Expr *E);
/// The object a pointer-valued expression points into (`buf`, `&x`,
/// `p + 1`, `(void *)&s.payload`).
BufferRef resolvePointer(const clang::Expr *E);

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

/// The value of \p E when it is an integer constant expression.
std::optional<int64_t> constantInt(const clang::Expr *E,
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
/// How a message names a buffer, as the analyzer does: "'buf'", or "the
/// buffer pointed to by 'p'" for what a pointer points to.
std::string bufferText(const BufferRef &B);

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_BUFFEREXPR_H
