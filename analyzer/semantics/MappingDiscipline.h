//===- MappingDiscipline.h - A mapping is tested before it is used --------===//
//
// Linux's streaming mappings (dma_map_single, pci_map_single,
// ib_dma_map_single) return an address that may be the error value: only
// the family's error test (dma_mapping_error) tells. DMA-API debug reports
// a mapping unmapped without that test ("device driver failed to check map
// error"); statically, on every path:
//
//   - a start that returns its handle, in an API family that has an
//     error-test function, makes a mapping that awaits its test;
//   - the test's success branch (zero: mapped) clears it, its error branch
//     took nothing: an unmap or sync of that handle there (or later, from
//     where it was stored) ends a mapping that does not exist;
//   - an unmap or sync names the mapping's size and direction again: an
//     unmap must name the map's (DMA-API debug: "frees DMA memory with
//     different size / direction"), a sync no more bytes than were mapped
//     and, unless the map was bidirectional, the map's direction;
//   - an unmap, sync or other end or run on a mapping still awaiting its
//     test is reported, and so is a mapping still awaiting it when the
//     analysis of the function that made it (or of its outermost caller)
//     ends with the handle kept, not returned: the handle in the device
//     struct is used later as an address.
//
// The findings' words are in semantics/FindingText.h.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_SEMANTICS_MAPPINGDISCIPLINE_H
#define DMASAFE_SEMANTICS_MAPPINGDISCIPLINE_H

#include "api/ApiDescription.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace dmasafe {

/// The error test a mapping made by \p Start must pass, or "" when it
/// makes none (its handle is not returned, or its family has no test). Of
/// several (dma_mapping_error, pci_dma_mapping_error), the one whose name
/// shares the longest prefix with the start's.
std::string errorTestFor(const FunctionContract &Start,
                         const ApiDescription &Api);

} // namespace dmasafe

#endif // DMASAFE_SEMANTICS_MAPPINGDISCIPLINE_H
