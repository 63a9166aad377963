//===- TidyApiState.h - One API description per translation unit ----------===//
//
// Every dmasafe check asks the same ApiDescription: annotations are read
// once per declaration and model files are parsed once per translation
// unit, however many checks are enabled. The state also caches the
// per-function dataflow, which two checks report from.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_TIDYAPISTATE_H
#define DMASAFE_TIDY_TIDYAPISTATE_H

#include "TransferFlow.h"
#include "api/ApiDescription.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
namespace tidy {
class ClangTidyContext;
} // namespace tidy
} // namespace clang

namespace dmasafe {
namespace tidy {

class TidyApiState {
public:
  /// The state shared by the checks of one translation unit that see the
  /// same model files. Checks hold it for their lifetime, which is one
  /// translation unit, so a new unit gets a fresh state.
  static std::shared_ptr<TidyApiState>
  acquire(clang::tidy::ClangTidyContext *Context, llvm::StringRef ModelFiles,
          bool ParseUnusedModels);

  ApiDescription Api;
  /// "file:line:col: message" of each model file that failed to load.
  std::vector<std::string> LoadErrors;
  /// How many of LoadErrors a check has reported (once per unit).
  size_t LoadErrorsReported = 0;

  /// The options of dmasafe-cache-coherence, set when it is enabled: the
  /// flow then follows the data cache of the unit's target.
  struct CacheOptions {
    DataCachePresence Presence = DataCachePresence::Auto;
    unsigned LineSize = 0;
    std::string NonCacheableSections;
  };
  std::optional<CacheOptions> CacheRules;

  /// The dataflow of \p FD, computed on first use.
  const FunctionFlow &flowOf(const clang::FunctionDecl &FD,
                             clang::ASTContext &Ctx);

private:
  TidyApiState(llvm::StringRef ModelFiles, bool ParseUnusedModels);
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionFlow>>
      Flows;
  /// Flags, callbacks and signals of the unit (the checker asks the same).
  std::unique_ptr<CompletionKnowledge> Completion;
  /// The target's cache, from CacheRules and the unit's target.
  std::optional<CacheModel> Cache;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_TIDYAPISTATE_H
