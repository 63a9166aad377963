//===- TransferLengthCheck.h - dmasafe-transfer-length ---------------------===//
#ifndef DMASAFE_TIDY_TRANSFERLENGTHCHECK_H
#define DMASAFE_TIDY_TRANSFERLENGTHCHECK_H

#include "DmasafeCheck.h"

namespace dmasafe {
namespace tidy {

/// A transfer longer than the buffer it names, when both are constants:
/// `uart_send_dma(&u, buf, 64)` on `char buf[32]`, or from `&buf[30]`. The
/// length is the DMA_LEN argument times its unit (DMA_LEN_UNITS), or the
/// model's fixed length.
class TransferLengthCheck : public DmasafeCheck {
public:
  using DmasafeCheck::DmasafeCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result)
      override;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_TRANSFERLENGTHCHECK_H
