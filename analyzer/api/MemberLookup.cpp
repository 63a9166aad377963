//===- MemberLookup.cpp - A member of a struct by name, as C finds it -----===//
#include "api/MemberLookup.h"

// Type::getAsRecordDecl is defined inline here (LLVM 22: not in TypeBase.h,
// nor exported by libclang-cpp).
#include "clang/AST/Type.h"

using namespace clang;

namespace dmasafe {

llvm::SmallVector<const FieldDecl *, 2> memberChain(const RecordDecl *RD,
                                                    llvm::StringRef Name) {
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD || Name.empty())
    return {};
  for (const FieldDecl *F : RD->fields()) {
    if (F->getName() == Name)
      return {F};
    if (!F->isAnonymousStructOrUnion())
      continue;
    llvm::SmallVector<const FieldDecl *, 2> Inner =
        memberChain(F->getType()->getAsRecordDecl(), Name);
    if (!Inner.empty()) {
      Inner.insert(Inner.begin(), F);
      return Inner;
    }
  }
  return {};
}

const FieldDecl *memberNamed(const RecordDecl *RD, llvm::StringRef Name) {
  llvm::SmallVector<const FieldDecl *, 2> Chain = memberChain(RD, Name);
  return Chain.empty() ? nullptr : Chain.back();
}

} // namespace dmasafe
