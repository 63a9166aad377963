//===- RenamedCheck.h - The clang-tidy names rules had before --------------===//
//
// A .clang-tidy file written before the rules had one name each enables
// dmasafe-access-in-flight or dmasafe-stack-buffer-escape, and sets their
// options (semantics/Findings.def lists the old names). An old name enabled
// alone still runs the rule's check, with a one-line notice naming the new
// name; its findings keep the old name, as clang-tidy drops a finding whose
// check is not enabled. When the new name is enabled too (`dmasafe-*`
// matches both), the old one is a check that does nothing, so no finding is
// reported twice, and options under the old name still apply.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_RENAMEDCHECK_H
#define DMASAFE_TIDY_RENAMEDCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace dmasafe {
namespace tidy {

/// The old name of a rule whose new name is enabled: nothing to do.
class RenamedCheck : public clang::tidy::ClangTidyCheck {
public:
  using ClangTidyCheck::ClangTidyCheck;
};

/// "check 'OLD' is renamed 'NEW'; ..." as a configuration warning.
void noticeRenamedCheck(clang::tidy::ClangTidyContext &Ctx,
                        llvm::StringRef OldName, llvm::StringRef NewName);

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_RENAMEDCHECK_H
