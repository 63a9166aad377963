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
    : DmasafeCheck(Name, Context),
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

void CacheCoherenceCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(describedCall(),
               forCallable(functionDecl(isDefinition()).bind("fn"))),
      this);
}

void CacheCoherenceCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  if (!FD || !Done.insert(FD).second)
    return;
  for (const RuleFinding &F : state().flowOf(*FD, *Result.Context).Cache) {
    if (F.Definition && !ReportedDefinitions.insert(F.Definition).second)
      continue;
    {
      auto D = diag(F.At, "%0") << tidyText(F.Text);
      for (const FixItHint &H : F.Fixes)
        D << H;
    }
    if (F.NoteAt.isValid())
      diag(F.NoteAt, "%0", DiagnosticIDs::Note) << F.Note;
  }
}

} // namespace tidy
} // namespace dmasafe
