//===- ModelEntries.h - Where each `functions:` entry of a model file lies -===//
//
// A unit that uses one function of a vendor model would parse every entry
// of it: stm32-hal.yaml costs a one-receive file more than its analysis.
// An entry only ever applies to a declaration of its own name, so the
// entries a unit does not name can be left out of the parse. This finds the
// lines each entry spans, with a text scan the build runs on the shipped
// models (analyzer/indexer); ShippedModelIndex.h blanks the unused ones.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_MODELENTRIES_H
#define DMASAFE_API_MODELENTRIES_H

#include "semantics/Roles.h"

#include "llvm/ADT/StringRef.h"
#include <cstddef>
#include <vector>

namespace dmasafe {

/// The whole lines [Begin, End) of one item of the top-level `functions:`
/// list, comments after it up to the next item included.
struct ModelEntrySpan {
  size_t Begin;
  size_t End;
};

/// The items of \p Text's top-level `functions:` block sequence (items
/// indented under the key, as the shipped models write them), in order.
/// Empty when there is no such sequence: a flow list, items at column 0,
/// no `functions:` key. Everything outside the spans (the file's `api:`
/// and `headers:`, `registers:`, comments before the first item) belongs
/// to no entry.
std::vector<ModelEntrySpan> functionEntrySpans(llvm::StringRef Text);

/// The roles a front-end looks for among all the models a unit loaded.
inline constexpr Role EnumeratedRoles[] = {Role::Wait, Role::ErrorTest};

/// Whether an entry's text may hold a role that a front-end looks for
/// among all the models a unit loaded, not by the name of a call (the
/// wait a message suggests, the error test a mapping awaits:
/// ApiDescription::models()). Such an entry is parsed whatever the unit
/// names. A text test, so it may keep more than it needs, never fewer
/// (`dmasafe-model-index --check-entries` holds it to the parse).
bool entryMayBeEnumerated(llvm::StringRef EntryText);

} // namespace dmasafe

#endif // DMASAFE_API_MODELENTRIES_H
