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
#include <cstdint>
#include <optional>
#include <string>

namespace dmasafe {

/// The error test a mapping made by \p Start must pass, or "" when it
/// makes none (its handle is not returned, or its family has no test). Of
/// several (dma_mapping_error, pci_dma_mapping_error), the one whose name
/// shares the longest prefix with the start's.
std::string errorTestFor(const FunctionContract &Start,
                         const ApiDescription &Api);

/// Whether a call of \p K names a mapping by its handle argument and ends
/// it or hands it on: an unmap (wait, abort), a sync for the CPU (suspend)
/// or for the device (trigger). Such a call on an untested or failed
/// mapping is a finding.
bool namesMapping(const FunctionContract &K);

/// The size and direction a map, unmap or sync call names, as far as its
/// front-end knows the arguments' values.
struct MappingShape {
  std::optional<int64_t> Length;
  std::optional<Direction> Dir;
};
/// What map call \p Map names: its first buffer's length parameter and
/// direction.
MappingShape shapeOfMap(const FunctionContract &Map, ArgValue Arg);
/// What unmap or sync \p End names again (its function-level `length` and
/// `direction`).
MappingShape shapeNamedBy(const FunctionContract &End, ArgValue Arg);
/// The finding's text when \p Callee (\p Unmap: an unmap, else a sync)
/// names the mapping of \p Mapping otherwise than its map did: an unmap
/// another size or direction, a sync more bytes or, unless the map was
/// bidirectional, another direction; "" when they agree or are not known.
std::string mappingMismatch(llvm::StringRef Mapping, llvm::StringRef Callee,
                            const MappingShape &Map, const MappingShape &Named,
                            bool Unmap);

} // namespace dmasafe

#endif // DMASAFE_SEMANTICS_MAPPINGDISCIPLINE_H
