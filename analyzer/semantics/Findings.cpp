//===- Findings.cpp - One name per rule, for both front-ends ---------------===//
#include "semantics/Findings.h"

#include "llvm/ADT/StringExtras.h"

namespace dmasafe {

namespace {

struct Entry {
  Finding Id;
  llvm::StringRef Name;
  llvm::StringRef BugType;
  llvm::StringRef Description;
};

constexpr Entry Entries[] = {
#define DMASAFE_FINDING(Id, BugType, Description)                              \
  {Finding::Id, #Id, BugType, Description},
#include "semantics/Findings.def"
};

const Entry &entryOf(Finding F) { return Entries[static_cast<unsigned>(F)]; }

struct Renamed {
  llvm::StringRef OldName;
  Finding Id;
};

constexpr Renamed RenamedChecks[] = {
#define DMASAFE_RENAMED_TIDY_CHECK(OldName, Id) {OldName, Finding::Id},
#include "semantics/Findings.def"
};

} // namespace

llvm::ArrayRef<Finding> allFindings() {
  static const Finding All[] = {
#define DMASAFE_FINDING(Id, BugType, Description) Finding::Id,
#include "semantics/Findings.def"
  };
  return All;
}

llvm::StringRef findingName(Finding F) { return entryOf(F).Name; }

namespace {

/// "dmasafe-" + the kebab case of \p Name.
std::string kebabCheckName(llvm::StringRef Name) {
  std::string Out = "dmasafe";
  for (char C : Name) {
    if (llvm::toLower(C) != C) { // upper case (llvm::isUpper is LLVM 17+)
      Out += '-';
      Out += llvm::toLower(C);
    } else {
      Out += C;
    }
  }
  return Out;
}

struct Names {
  std::string Analyzer, Tidy, Docs;
};

const Names &namesOf(Finding F) {
  static const std::vector<Names> All = [] {
    std::vector<Names> V;
    for (Finding G : allFindings()) {
      llvm::StringRef N = findingName(G);
      V.push_back({("dmasafe." + N).str(), kebabCheckName(N),
                   ("docs/checks/" + N + ".md").str()});
    }
    return V;
  }();
  return All[static_cast<unsigned>(F)];
}

} // namespace

llvm::StringRef analyzerCheckerName(Finding F) { return namesOf(F).Analyzer; }

llvm::StringRef tidyCheckName(Finding F) { return namesOf(F).Tidy; }

llvm::StringRef docsPage(Finding F) { return namesOf(F).Docs; }

llvm::StringRef bugTypeOf(Finding F) { return entryOf(F).BugType; }

llvm::StringRef descriptionOf(Finding F) { return entryOf(F).Description; }

std::optional<Finding> findingOfTidyCheck(llvm::StringRef CheckName) {
  for (Finding F : allFindings())
    if (CheckName == tidyCheckName(F))
      return F;
  for (const Renamed &R : RenamedChecks)
    if (CheckName == R.OldName)
      return R.Id;
  return std::nullopt;
}

llvm::ArrayRef<llvm::StringRef> renamedTidyChecks(Finding F) {
  // Few renamed names: one static list per rule, built once.
  static const auto Lists = [] {
    std::vector<std::vector<llvm::StringRef>> L(allFindings().size());
    for (const Renamed &R : RenamedChecks)
      L[static_cast<unsigned>(R.Id)].push_back(R.OldName);
    return L;
  }();
  return Lists[static_cast<unsigned>(F)];
}

} // namespace dmasafe
