//===- FieldPath.h - The buffer a model's field path names, in one function ===//
//
// A model may name a buffer through fields of a parameter: `buffers.buf`
// (Zephyr SPI: the data of the first spi_buf of a spi_buf_set) or
// `head_block.source_address` (Zephyr dma_config: an address stored as an
// integer in the block the configuration points to). The analyzer reads
// what those fields hold from its program state. The clang-tidy checks see
// one function, so they follow a field that holds a pointer or an address
// only when the function itself stores exactly one buffer there, in a local
// struct (automatic or static):
//
//   struct dma_block_config blk = {0};
//   blk.source_address = (uint32_t)(uintptr_t)tx_buf;   // the buffer
//   struct dma_config cfg = {.head_block = &blk};        // the next hop
//   dma_config(dev, ch, &cfg);   // head_block.source_address -> tx_buf
//
// Two different buffers stored in one field, a whole-struct assignment, a
// global or a struct reached through a pointer name no buffer: when
// unsure, say nothing. A last field that is an array inside the object
// (`payload`) is that part of the object, as for a one-field path. A member
// of an anonymous struct or union is the enclosing struct's, as in C
// (api/MemberLookup.h): `t.tx_buffer = buf` and `{.tx_buffer = buf}` store
// into spi_transaction_t's tx_buffer alike.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_FIELDPATH_H
#define DMASAFE_TIDY_FIELDPATH_H

#include "BufferExpr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <utility>

namespace clang {
class ASTContext;
class Expr;
class FieldDecl;
class FunctionDecl;
class InitListExpr;
class RecordDecl;
class VarDecl;
} // namespace clang

namespace dmasafe {
namespace tidy {

/// A buffer found behind a field path, and the pointer expression that
/// names it (the stored value, or the argument itself for an array field).
struct FieldPathBuffer {
  BufferRef Buffer;
  const clang::Expr *Pointer = nullptr;
};

/// What one function stores into the pointer and integer fields of its
/// local structs, collected once.
class FieldStores {
public:
  FieldStores(const clang::FunctionDecl &FD, const clang::ASTContext &Ctx);

  /// The buffer at \p Path (field names separated by '.') of the object
  /// the pointer argument \p Arg points to; an empty Buffer when unknown.
  FieldPathBuffer resolve(const clang::Expr *Arg, llvm::StringRef Path) const;

private:
  /// The one buffer-naming value stored into \p Var.\p F, or null.
  const clang::Expr *storedValue(const clang::VarDecl *Var,
                                 const clang::FieldDecl *F) const;
  void addInitializer(const clang::VarDecl *Var);
  /// The initializers \p ILE gives the fields of \p RD in \p Var.
  void addInitializers(const clang::VarDecl *Var, const clang::RecordDecl *RD,
                       const clang::InitListExpr *ILE);
  void addAssignment(const clang::Expr *LHS, const clang::Expr *RHS);

  const clang::ASTContext &Ctx;
  llvm::DenseMap<std::pair<const clang::VarDecl *, const clang::FieldDecl *>,
                 llvm::SmallVector<const clang::Expr *, 2>>
      Stores;
  /// Structs assigned as a whole: their fields hold anything.
  llvm::DenseSet<const clang::VarDecl *> Overwritten;
  class Collector;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_FIELDPATH_H
