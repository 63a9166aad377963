//===- DmasafeCheck.h - What every dmasafe clang-tidy check shares ---------===//
//
// The base of the dmasafe checks: it acquires the translation unit's shared
// API description (with the model files of the global option
// DmasafeModelFiles) and reports a model file that fails to load as an
// error, once per unit, whichever dmasafe check is enabled.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_DMASAFECHECK_H
#define DMASAFE_TIDY_DMASAFECHECK_H

#include "TidyApiState.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "semantics/FindingText.h"
#include "semantics/Findings.h"
#include <memory>
#include <optional>
#include <string>

namespace dmasafe {
namespace tidy {

/// A finding's text (semantics/FindingText.h) as clang-tidy writes it.
inline std::string tidyText(llvm::StringRef Text) {
  return text::sentence(Text, text::FrontEnd::Tidy);
}

class DmasafeCheck : public clang::tidy::ClangTidyCheck {
public:
  DmasafeCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  /// dmasafe checks C (and C-like C++): no language restriction.
  bool isLanguageVersionSupported(const clang::LangOptions &) const override {
    return true;
  }
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

protected:
  TidyApiState &state() { return *State; }
  /// A boolean check option, also under the rule's renamed check names
  /// (RenamedCheck.h). Read as text rather than through
  /// OptionsView::get<bool>: that template instance is mangled differently
  /// by GCC and by the Clang that built clang-tidy, so a GCC-built plugin
  /// would not load.
  bool boolOption(llvm::StringRef LocalName, bool Default) const;
  void storeBoolOption(clang::tidy::ClangTidyOptions::OptionMap &Opts,
                       llvm::StringRef LocalName, bool Value) const;
  /// Matches a direct call to a function that may have a DMA contract
  /// (annotated or modelled), bound as "call".
  clang::ast_matchers::StatementMatcher describedCall() const;
  /// The call bound by describedCall() and its callee's contract, or
  /// {nullptr, nullptr} when the call is dependent, indirect or has none.
  std::pair<const clang::CallExpr *, const FunctionContract *>
  contractedCall(const clang::ast_matchers::MatchFinder::MatchResult &Result);

private:
  /// Reports the model-file errors not reported yet (read or parsed).
  void reportLoadErrors();
  /// The text of option \p LocalName, under this check's name or, with a
  /// notice, under a name its rule had before; "" when unset.
  std::string optionText(llvm::StringRef LocalName) const;
  std::shared_ptr<TidyApiState> State;
  clang::tidy::ClangTidyContext *Context;
  /// The rule this check reports.
  std::optional<Finding> Rule;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_DMASAFECHECK_H
