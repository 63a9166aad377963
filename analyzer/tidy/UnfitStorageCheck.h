//===- UnfitStorageCheck.h - dmasafe-unfit-storage -------------------------===//
#ifndef DMASAFE_TIDY_UNFITSTORAGECHECK_H
#define DMASAFE_TIDY_UNFITSTORAGECHECK_H

#include "BufferExpr.h"
#include "DmasafeCheck.h"

namespace dmasafe {
namespace tidy {

/// A buffer in memory the engine cannot use, as the contract says:
///   - const static data or a string literal where the parameter is
///     DMA_IN_RAM (the linker places them in flash, out of the engine's
///     reach on nRF EasyDMA and similar);
///   - an automatic (stack) buffer not marked DMA_STABLE where the
///     parameter is DMA_STABLE, or where the API never accepts stack memory;
///   - memory the kernel cannot map for DMA where the API says `no-vmalloc`:
///     a local pointer only ever set from vmalloc-kind allocators, or
///     writable static data of a loadable module (api/KernelStorage.h).
class UnfitStorageCheck : public DmasafeCheck {
public:
  using DmasafeCheck::DmasafeCheck;
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result)
      override;

private:
  void checkKernelMapping(const BufferRef &R, clang::SourceLocation Where,
                          const clang::FunctionDecl *Callee,
                          const clang::CallExpr &Call, clang::ASTContext &Ctx);
  /// The unit's preprocessor: whether it is a module object (-DMODULE).
  clang::Preprocessor *PP = nullptr;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_UNFITSTORAGECHECK_H
