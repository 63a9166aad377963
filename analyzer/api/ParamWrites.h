//===- ParamWrites.h - Which members of its arguments a body changes ------===//
//
// A summarized call is evaluated by its contract, not its body. Without more,
// every object its pointer arguments reach may change, as with any call core
// cannot see into: a sensor's `type` and `source`, which the caller tested
// before the start, come back as new values and the caller's other branches
// open (a second start on the same sensor). What the body itself shows is
// better: `sensor->rx_complete = 0; start(&sensor->data[0])` changes two
// members and leaves the rest as they were.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_PARAMWRITES_H
#define DMASAFE_API_PARAMWRITES_H

#include "ApiDescription.h"

#include <vector>

namespace clang {
class FunctionDecl;
}

namespace dmasafe {

/// For each parameter of \p FD that points to a struct and is used only as
/// `p->member` (read, written or its address taken), the members the body
/// may change: assigned, incremented, or their address taken. A parameter
/// used any other way (passed on, copied, dereferenced whole, a union) has
/// no entry: anything it reaches may change.
std::vector<FunctionContract::ParamWrites>
paramWritesOf(const clang::FunctionDecl *FD);

} // namespace dmasafe

#endif // DMASAFE_API_PARAMWRITES_H
