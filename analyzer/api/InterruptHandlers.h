//===- InterruptHandlers.h - Completion seen by an interrupt vector -------===//
//
// DESIGN.md, "Completion": besides the callbacks an API names, firmware
// completes transfers in interrupt vectors that test and clear the DMA
// channel's completion flag themselves:
//
//   void DMA1_Channel7_IRQHandler(void) {
//     if (DMA1->ISR & DMA_ISR_TCIF7) {    // sees the completion flag
//       DMA1->IFCR = DMA_IFCR_CTCIF7;     // clears it
//       tx_done = 1;                      // a completion flag of the family
//     }
//   }
//
// A vector is a function named as one (CMSIS `*_IRQHandler`, libopencm3
// `*_isr`, pico-sdk `isr_*`), one with an interrupt attribute, or one passed
// to a registration call (irq_set_exclusive_handler, irq_add_shared_handler,
// NVIC_SetVector, irq_connect_dynamic). A global it writes in a branch whose
// condition reads a status register of a modelled DMA block or calls a
// poll-done function, or after it stores to a clear or stop register or
// calls an abort, completes that API family's transfers where the code sees
// it set. When every call that shows the completion names one constant
// channel (libopencm3's `dma_disable_channel(DMA1, DMA_CHANNEL7)`), the flag
// completes that channel's transfers only: two channels' vectors and flags
// do not complete each other. No checker or clang-tidy type appears here.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_INTERRUPTHANDLERS_H
#define DMASAFE_API_INTERRUPTHANDLERS_H

#include "ApiDescription.h"

#include "llvm/ADT/STLFunctionalExtras.h"

#include <cstdint>
#include <optional>
#include <string>

namespace clang {
class ASTContext;
class Expr;
class FunctionDecl;
} // namespace clang

namespace dmasafe {

/// Whether \p FD is an interrupt vector by its name or attributes.
bool isInterruptVectorByDecl(const clang::FunctionDecl *FD);

/// What a vector saw or ended: a completion of API family \p Api, on the
/// constant handle \p Channel when the calls that show it name one.
struct VectorCompletion {
  std::string Api;
  std::optional<int64_t> Channel;
};

/// Calls \p Visit(Written, Seen) for every variable write (the assigned or
/// incremented expression) that an interrupt vector of the TU makes where
/// it saw, or in a vector that clears or ends, the completion \p Seen.
void forEachInterruptCompletionWrite(
    const clang::ASTContext &Ctx, ApiDescription &Api,
    llvm::function_ref<void(const clang::Expr *, const VectorCompletion &)>
        Visit);

} // namespace dmasafe

#endif // DMASAFE_API_INTERRUPTHANDLERS_H
