//===- RegisteredCallbacks.h - Completion callbacks handed over at run time ===//
//
// Some APIs name their completion callback (STM32 HAL's
// HAL_UART_TxCpltCallback: its contract says so); others take it at run
// time: Zephyr's uart_callback_set(dev, cb, data), the callback argument of
// spi_transceive_cb, the `dma_callback` member of the struct dma_config
// handed to dma_config. A contract's `callback` names that parameter or
// member; the function found there is a completion callback too, so the
// variables it writes are completion flags:
//
//   static void on_done(const struct device *d, void *u, uint32_t ch, int s) {
//     done = true;                       // a completion flag
//   }
//   struct dma_config cfg = {.dma_callback = on_done, ...};
//   dma_config(dev, ch, &cfg); dma_start(dev, ch);
//   while (!done) {}                     // completes the transfer
//
// The analyzer finds the same functions for its own state
// (checker/CompletionSources.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_REGISTEREDCALLBACKS_H
#define DMASAFE_TIDY_REGISTEREDCALLBACKS_H

#include "api/ApiDescription.h"
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace dmasafe {
namespace tidy {

/// The definitions of the functions the translation unit hands over as
/// completion callbacks through a contract's `callback` parameter or
/// member, each once.
std::vector<const clang::FunctionDecl *>
registeredCallbacks(const clang::ASTContext &Ctx, ApiDescription &Api);

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_REGISTEREDCALLBACKS_H
