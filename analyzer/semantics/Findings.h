//===- Findings.h - One name per rule, for both front-ends -----------------===//
//
// The rules of Findings.def and their names: the analyzer checker
// (dmasafe.InFlightAccess), the clang-tidy check (dmasafe-in-flight-access),
// the documentation page (docs/checks/InFlightAccess.md), and the clang-tidy
// names a rule had before (still accepted, with a deprecation notice).
// No CSA or clang-tidy type here.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_SEMANTICS_FINDINGS_H
#define DMASAFE_SEMANTICS_FINDINGS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>

namespace dmasafe {

/// A rule, as both front-ends report it (Findings.def).
enum class Finding {
#define DMASAFE_FINDING(Id, BugType, Description) Id,
#include "semantics/Findings.def"
};

/// Every rule, in the order of Findings.def.
llvm::ArrayRef<Finding> allFindings();
/// "InFlightAccess".
llvm::StringRef findingName(Finding F);
// The names below live as long as the program: the analyzer's checker
// registry keeps references to them.
/// "dmasafe.InFlightAccess".
llvm::StringRef analyzerCheckerName(Finding F);
/// "dmasafe-in-flight-access": "dmasafe-" + the kebab case of its name.
llvm::StringRef tidyCheckName(Finding F);
/// "docs/checks/InFlightAccess.md", relative to the source tree.
llvm::StringRef docsPage(Finding F);
/// The analyzer's bug type ("DMA buffer accessed in flight").
llvm::StringRef bugTypeOf(Finding F);
/// What the rule checks (the checker's help text).
llvm::StringRef descriptionOf(Finding F);

/// The rule a clang-tidy check name (current or renamed) names.
std::optional<Finding> findingOfTidyCheck(llvm::StringRef CheckName);
/// The clang-tidy names \p F had before (dmasafe-access-in-flight).
llvm::ArrayRef<llvm::StringRef> renamedTidyChecks(Finding F);

} // namespace dmasafe

#endif // DMASAFE_SEMANTICS_FINDINGS_H
