//===- UnknownCallees.h - A handle given to a function nobody describes --===//
//
// `uart_flush(&huart1)` after a start, where uart_flush has no contract and
// no body in this unit, may well wait for the transfer or abort it: when
// unsure, say nothing, and both front-ends stop tracking the transfers on
// that handle. Two kinds of function are known not to: the C library
// (semantics/LibraryAccess.h), and a function declared in a header that the
// transfer's own model describes (its `headers:`), since that model lists
// what of the header's API completes: STM32 HAL's HAL_UART_Abort_IT only
// requests an abort that a callback later reports, and is no completion.
//
// No checker or clang-tidy type appears here.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_UNKNOWNCALLEES_H
#define DMASAFE_API_UNKNOWNCALLEES_H

#include "ApiDescription.h"

namespace clang {
class FunctionDecl;
} // namespace clang

namespace dmasafe {

/// Whether a call to \p Callee, whose body the front-end does not follow
/// (none in this unit), given the handle of a transfer of API family
/// \p Family, may have completed that transfer.
bool mayCompleteGivenHandle(const clang::FunctionDecl *Callee,
                            llvm::StringRef Family, ApiDescription &Api);

} // namespace dmasafe

#endif // DMASAFE_API_UNKNOWNCALLEES_H
