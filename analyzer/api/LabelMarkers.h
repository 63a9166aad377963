//===- LabelMarkers.h - dmasafe markers on the labels of a body ----------===//
//
// Neither front-end visits label declarations by itself (the analyzer's
// declaration callbacks and clang-tidy's declaration matchers do not reach
// them), so both walk a function body for its labels here.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_LABELMARKERS_H
#define DMASAFE_API_LABELMARKERS_H

#include "ApiDescription.h"
#include <vector>

namespace dmasafe {

/// The problems of markers on the labels in \p FD's body (none has an
/// effect there); empty when \p FD has no body.
std::vector<ContractProblem> labelMarkerProblems(const clang::FunctionDecl *FD);

} // namespace dmasafe

#endif // DMASAFE_API_LABELMARKERS_H
