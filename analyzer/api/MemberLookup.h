//===- MemberLookup.h - A member of a struct by name, as C finds it -------===//
//
// Model files name buffers and callbacks by member paths (`tx_buffer`,
// `cfg.callback`). C finds a member of an anonymous struct or union as if
// it were the enclosing record's own (ESP-IDF's spi_transaction_t keeps
// tx_buffer in one): so does this lookup, for the model checks, the
// analyzer's regions and the clang-tidy checks alike.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_MEMBERLOOKUP_H
#define DMASAFE_API_MEMBERLOOKUP_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

namespace dmasafe {

/// The fields from record \p RD down to its member \p Name: the member
/// alone, or the anonymous structs and unions that hold it, then the
/// member. Empty when \p RD (its definition) has no such member.
llvm::SmallVector<const clang::FieldDecl *, 2>
memberChain(const clang::RecordDecl *RD, llvm::StringRef Name);

/// The member \p Name of \p RD (the last field of memberChain), or null.
const clang::FieldDecl *memberNamed(const clang::RecordDecl *RD,
                                    llvm::StringRef Name);

} // namespace dmasafe

#endif // DMASAFE_API_MEMBERLOOKUP_H
