//===- CacheCoherenceCheck.cpp - dmasafe-cache-coherence -------------------===//
#include "CacheCoherenceCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/Support/MathExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace dmasafe {
namespace tidy {

CacheCoherenceCheck::CacheCoherenceCheck(llvm::StringRef Name,
                                         clang::tidy::ClangTidyContext *Context)
    : FlowCheck(Name, Context),
      DataCache(Options.get("DataCache", "auto")),
      CacheLineSize(Options.get("CacheLineSize", 0U)),
      NonCacheableSections(Options.get("NonCacheableSections", "")) {
  TidyApiState::CacheOptions Rules;
  if (std::optional<DataCachePresence> P = parseDataCachePresence(DataCache)) {
    Rules.Presence = *P;
  } else {
    configurationDiag("invalid configuration value '%0' for option "
                      "'DataCache'; expected auto, present or absent")
        << DataCache;
  }
  if (CacheLineSize && !llvm::isPowerOf2_32(CacheLineSize)) {
    configurationDiag("invalid configuration value '%0' for option "
                      "'CacheLineSize'; expected 0 (the core's) or a power "
                      "of two (bytes)")
        << CacheLineSize;
    CacheLineSize = 0;
  }
  Rules.LineSize = CacheLineSize;
  Rules.NonCacheableSections = NonCacheableSections;
  state().CacheRules = Rules;
}

void CacheCoherenceCheck::storeOptions(
    clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "DataCache", DataCache);
  Options.store(Opts, "CacheLineSize", CacheLineSize);
  Options.store(Opts, "NonCacheableSections", NonCacheableSections);
}

void CacheCoherenceCheck::checkFunction(const FunctionDecl &,
                                        const FunctionFlow &Flow,
                                        ASTContext &) {
  for (const RuleFinding &F : Flow.Cache)
    if (!F.Definition || ReportedDefinitions.insert(F.Definition).second)
      report(F);
}

} // namespace tidy
} // namespace dmasafe
