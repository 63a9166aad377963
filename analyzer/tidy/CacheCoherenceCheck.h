//===- CacheCoherenceCheck.h - dmasafe-cache-coherence ---------------------===//
#ifndef DMASAFE_TIDY_CACHECOHERENCECHECK_H
#define DMASAFE_TIDY_CACHECOHERENCECHECK_H

#include "FlowCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace dmasafe {
namespace tidy {

/// dmasafe.CacheCoherence in one function (CacheFlow.h), on a core with a
/// data cache: a start on bytes the CPU left dirty, a read of received
/// bytes with no invalidate since the completion, a receive buffer not in
/// whole cache lines (with the alignment and size fix-its).
///
/// Options, as the analyzer checker's: DataCache (auto: from the target;
/// present; absent), CacheLineSize (0: the core's), NonCacheableSections
/// (';'-separated, besides the conventional ones).
class CacheCoherenceCheck : public FlowCheck {
public:
  CacheCoherenceCheck(llvm::StringRef Name,
                      clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void checkFunction(const clang::FunctionDecl &FD, const FunctionFlow &Flow,
                     clang::ASTContext &Ctx) override;

private:
  std::string DataCache;
  unsigned CacheLineSize;
  std::string NonCacheableSections;
  /// Receive buffers reported at their definition (once per unit).
  llvm::DenseSet<const clang::VarDecl *> ReportedDefinitions;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_CACHECOHERENCECHECK_H
