//===- UnfitStorageCheck.h - dmasafe-unfit-storage -------------------------===//
#ifndef DMASAFE_TIDY_UNFITSTORAGECHECK_H
#define DMASAFE_TIDY_UNFITSTORAGECHECK_H

#include "DmasafeCheck.h"

namespace dmasafe {
namespace tidy {

/// A buffer in memory the engine cannot use, as the contract says:
///   - const static data or a string literal where the parameter is
///     DMA_IN_RAM (the linker places them in flash, out of the engine's
///     reach on nRF EasyDMA and similar);
///   - an automatic (stack) buffer not marked DMA_STABLE where the
///     parameter is DMA_STABLE, or where the API never accepts stack memory.
class UnfitStorageCheck : public DmasafeCheck {
public:
  using DmasafeCheck::DmasafeCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result)
      override;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_UNFITSTORAGECHECK_H
