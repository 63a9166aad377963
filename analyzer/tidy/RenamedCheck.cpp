//===- RenamedCheck.cpp - The clang-tidy names rules had before ------------===//
#include "RenamedCheck.h"

namespace dmasafe {
namespace tidy {

void noticeRenamedCheck(clang::tidy::ClangTidyContext &Ctx,
                        llvm::StringRef OldName, llvm::StringRef NewName) {
  Ctx.configurationDiag("check '%0' is renamed '%1': enable '%1' (the "
                        "old name will go)")
      << OldName << NewName;
}

} // namespace tidy
} // namespace dmasafe
