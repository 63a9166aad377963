//===- PolledHandles.h - The handles a function's body polls -------------===//
//
// A polling wait of a project's own (`spi_wait(h)`: a loop on h->State, or
// on HAL_SPI_GetState(h), with a timeout) is inlined by the analyzer until
// its loop reaches the block-visit bound; the path still polling then is
// replayed with the call as an unknown one, and the function is not inlined
// again in the unit. The completion inside it would be lost there. A call
// to such a function that the analyzer did not inline is taken to have
// completed the transfers on the handles it polls: when unsure, say
// nothing.
//
// No checker or clang-tidy type appears here.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_POLLEDHANDLES_H
#define DMASAFE_API_POLLEDHANDLES_H

#include "ApiDescription.h"

#include <optional>
#include <string>
#include <vector>

namespace clang {
class FieldDecl;
class FunctionDecl;
} // namespace clang

namespace dmasafe {

/// A parameter of a function that its body polls or waits for.
struct PolledHandle {
  unsigned Param = 0;
  /// The handle is this member of what the parameter points to
  /// (`spi->spi->State` polls `spi->spi`); null: the parameter itself.
  const clang::FieldDecl *Member = nullptr;
  std::string Api; ///< the API family of the poll
  /// Only the transfers of this direction (a UART's RxState); unset: all.
  std::optional<Direction> Dir;
};

/// What the body of \p Def polls: a ready member read through a parameter
/// (`h->State`) or through a member of what it points to (`s->spi->State`,
/// also under `&`), or a modelled poll-done, poll-busy or wait call given a
/// parameter as its handle (`HAL_SPI_GetState(h)`).
std::vector<PolledHandle> handlesPolledBy(const clang::FunctionDecl *Def,
                                          ApiDescription &Api);

} // namespace dmasafe

#endif // DMASAFE_API_POLLEDHANDLES_H
