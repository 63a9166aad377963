//===- RegisteredCallbacks.h - Completion callbacks handed over at run time ===//
//
// Some APIs name their completion callback (STM32 HAL's
// HAL_UART_TxCpltCallback: its contract says so); others take it at run
// time: Zephyr's uart_callback_set(dev, cb, data), the callback argument of
// spi_transceive_cb, the `dma_callback` member of the struct dma_config
// handed to dma_config. A contract's `callback` names that parameter or
// member; the function found there is a completion callback of the
// contract's API, so the variables it writes are completion flags and the
// kernel objects it gives are completion signals:
//
//   static void on_done(const struct device *d, void *u, uint32_t ch, int s) {
//     done = true;                       // a completion flag
//   }
//   struct dma_config cfg = {.dma_callback = on_done, ...};
//   dma_config(dev, ch, &cfg); dma_start(dev, ch);
//   while (!done) {}                     // completes the transfer
//
// Both front-ends ask this one walk.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_REGISTEREDCALLBACKS_H
#define DMASAFE_API_REGISTEREDCALLBACKS_H

#include "ApiDescription.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace dmasafe {

/// A function the translation unit hands over as a completion callback.
struct RegisteredCallback {
  const clang::FunctionDecl *Definition;
  std::string Api; ///< the API family of the contract that takes it
};

/// The defined functions the translation unit hands over through a
/// contract's `callback` parameter or member, each once per API.
std::vector<RegisteredCallback>
registeredCallbacks(const clang::ASTContext &Ctx, ApiDescription &Api);

} // namespace dmasafe

#endif // DMASAFE_API_REGISTEREDCALLBACKS_H
