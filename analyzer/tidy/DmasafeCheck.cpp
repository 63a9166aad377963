//===- DmasafeCheck.cpp - What every dmasafe clang-tidy check shares -------===//
#include "DmasafeCheck.h"

#include "DmasafeMatchers.h"
#include "ModelPaths.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace dmasafe {
namespace tidy {

namespace {

/// DmasafeParseUnusedModels (local or global), read as text: see boolOption.
bool parseUnusedModels(const clang::tidy::ClangTidyCheck::OptionsView &O) {
  // A std::string up to LLVM 14, a StringRef since 15: keep a copy.
  std::string Raw(O.getLocalOrGlobal("DmasafeParseUnusedModels", llvm::StringRef("")));
  llvm::StringRef Text = llvm::StringRef(Raw).trim();
  return Text.equals_insensitive("true") || Text == "1";
}

} // namespace

DmasafeCheck::DmasafeCheck(llvm::StringRef Name,
                           clang::tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      State(TidyApiState::acquire(
          Context, resolvedModelFiles(*Context, Name),
          parseUnusedModels(Options))),
      Context(Context), Rule(findingOfTidyCheck(Name)) {}

void DmasafeCheck::onStartOfTranslationUnit() { reportLoadErrors(); }

// A model file is parsed at the first lookup that needs it (ApiDescription),
// so its errors are known only once the unit has been matched.
void DmasafeCheck::onEndOfTranslationUnit() { reportLoadErrors(); }

void DmasafeCheck::reportLoadErrors() {
  for (; State->LoadErrorsReported < State->LoadErrors.size();
       ++State->LoadErrorsReported)
    diag("dmasafe: cannot load model file: %0", clang::DiagnosticIDs::Error)
        << State->LoadErrors[State->LoadErrorsReported];
}

std::string DmasafeCheck::optionText(llvm::StringRef LocalName) const {
  std::string Raw(Options.get(LocalName, "")); // see parseUnusedModels
  if (!Raw.empty() || !Rule)
    return Raw;
  for (llvm::StringRef Old : renamedTidyChecks(*Rule)) {
    OptionsView Before(Old, Context->getOptions().CheckOptions, Context);
    std::string OldRaw(Before.get(LocalName, ""));
    if (OldRaw.empty())
      continue;
    configurationDiag("option '%0.%1' is renamed '%2.%1'")
        << Old << LocalName << tidyCheckName(*Rule);
    return OldRaw;
  }
  return Raw;
}

bool DmasafeCheck::boolOption(llvm::StringRef LocalName, bool Default) const {
  std::string Raw = optionText(LocalName);
  llvm::StringRef Text = llvm::StringRef(Raw).trim();
  if (Text.empty())
    return Default;
  if (Text.equals_insensitive("true") || Text == "1")
    return true;
  if (Text.equals_insensitive("false") || Text == "0")
    return false;
  configurationDiag("invalid configuration value '%0' for option '%1'; "
                    "expected a bool")
      << Text << LocalName;
  return Default;
}

void DmasafeCheck::storeBoolOption(
    clang::tidy::ClangTidyOptions::OptionMap &Opts, llvm::StringRef LocalName,
    bool Value) const {
  Options.store(Opts, LocalName, Value ? "true" : "false");
}

StatementMatcher DmasafeCheck::describedCall() const {
  // A cheap filter; the API description decides in check().
  return callExpr(callsDescribedFunction(State.get())).bind("call");
}

std::pair<const clang::CallExpr *, const FunctionContract *>
DmasafeCheck::contractedCall(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<clang::CallExpr>("call");
  if (!Call || Call->isInstantiationDependent())
    return {nullptr, nullptr};
  const clang::FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return {nullptr, nullptr};
  const FunctionContract *K = State->Api.lookup(Callee);
  if (!K)
    return {nullptr, nullptr};
  return {Call, K};
}

} // namespace tidy
} // namespace dmasafe
