//===- TransferFlow.h - Which buffers are in flight where, in one function -===//
//
// A forward dataflow over the function's CFG. Each start or arm call site
// (one per buffer it hands over) is a transfer; per CFG point a transfer is
// "not in flight", "armed" and/or "in flight" on the paths reaching that
// point:
//
//   start(buf...)                          -> in flight
//   arm(buf...), start with trigger 0      -> armed (the CPU still owns it)
//   trigger, or a triggered start, on the
//     handle it is armed on                -> in flight
//   arming the same direction on its handle -> not in flight (replaced)
//   suspend on its handle                  -> armed, until the next trigger
//   wait/abort on the same handle          -> not in flight (nor armed)
//   a successful wait on a kernel object
//     (wait-signal role) that a completion
//     callback of its family gives          -> not in flight
//   a wait with a success condition whose
//     result is tested                     -> not in flight on its success
//                                             branch only
//   a start its API refuses on a busy
//     handle (fails-when-busy)             -> takes nothing
//   branch where poll-busy is 0 / poll-done is nonzero /
//     a completion flag of its family
//     (and direction) is set               -> not in flight
//   branch where the start reported failure -> not in flight (took nothing)
//   branch where a trigger reported failure -> armed again
//
// The findings of several checks come out of one pass, so they share the
// work:
//   - an automatic buffer whose lifetime ends while some path has it in
//     flight (release-in-flight);
//   - a CPU access to a buffer that every path has in flight
//     (in-flight-access). "Every path" keeps correlated branches quiet:
//     when unsure, say nothing;
//   - a mapping unmapped, synced or kept untested, or unmapped after its
//     test failed, or unmapped with another size or direction than its map
//     (mapping-discipline, MappingFlow.h);
//   - a start on bytes the CPU left dirty in the data cache, a read of
//     received bytes with no invalidate since the completion, a receive
//     buffer not in whole cache lines (cache-coherence, CacheFlow.h).
//
// The CFG comes from AnalysisDeclContext and the blocks are visited in the
// order of clang's ForwardDataflowWorklist (as UninitializedValues does);
// the lattice is sparse (FlowState.h), so a function costs what it is long
// times the transfers in flight at once, not times all it started.
//
// Handles are compared by declaration and member path (ObjectKey.h); a
// handle or a wait argument too complex to compare completes every
// transfer it might name. Completion flags and signals come from the
// translation unit's CompletionKnowledge, the analyzer's own.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_TRANSFERFLOW_H
#define DMASAFE_TIDY_TRANSFERFLOW_H

#include "BufferExpr.h"
#include "ObjectKey.h"
#include "api/ApiDescription.h"
#include "api/CompletionKnowledge.h"
#include "semantics/CacheModel.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class CallExpr;
class Expr;
class FunctionDecl;
class Stmt;
class VarDecl;
} // namespace clang

namespace dmasafe {
namespace tidy {

/// One buffer handed to the engine by one start call.
struct TransferSite {
  const clang::CallExpr *Start = nullptr;
  /// Copied from the start's contract: an annotated contract lives in a
  /// cache that moves as more functions are looked up.
  SuccessCondition Success;
  std::string Api;
  BufferRef Buffer;
  Direction Dir = Direction::Bidirectional;
  /// The handle naming the transfer; nullopt when unknown.
  std::optional<ObjectKey> HandleKey;
  /// The buffer argument, for APIs without a handle.
  std::optional<ObjectKey> BufferKey;
  bool HasHandle = false;
  /// The start depends on a trigger argument that is not a constant
  /// (pico-sdk): in flight on some paths, armed on the others.
  bool MaybeTriggered = false;
  /// The call only sets the transfer up on its handle, on some path at
  /// least (an arm role, a trigger argument 0 or unknown): a later trigger
  /// starts it.
  bool Armed = false;
  /// The bytes [begin, end) of Buffer.Var the transfer covers, when the
  /// buffer is an array variable, offset and length are constants and the
  /// transfer does not cover all of it.
  std::optional<std::pair<uint64_t, uint64_t>> Bytes;
  /// The buffer is a row picked by a non-constant index (`bufs[i]`).
  bool RowUnknown = false;
  /// A mapping that awaits this error test (semantics/MappingDiscipline.h);
  /// empty when the start makes none, or its handle is not kept anywhere
  /// the flow can name.
  std::string ErrorTest;
  /// The handle is stored where it outlives the function (a member, a
  /// global, through a pointer), not only in a local variable.
  bool HandleStoredOutside = false;
  /// The cache rules apply to the buffer (on a core with a data cache, not
  /// in a non-cacheable section; api/CacheLines.h).
  bool CacheFollowed = false;
};

/// Where an access lies, for accessMayTouch().
struct AccessPlace {
  BufferRef Ref;
  /// The bytes of Ref.Var it touches, when constant.
  std::optional<std::pair<uint64_t, uint64_t>> Bytes;
  /// It is in a row chosen by a non-constant index.
  bool RowUnknown = false;
};

/// Whether a CPU access at \p A may touch the bytes of transfer \p T: the
/// same storage, unless constant bytes or rows tell them apart.
bool accessMayTouch(const TransferSite &T, const AccessPlace &A);

enum class AccessKind { Read, Write };

struct AccessFinding {
  unsigned Transfer;
  const clang::Expr *Access;
  AccessKind Kind;
  /// Set when the access is a call receiving the buffer (memcpy...).
  const clang::FunctionDecl *ViaCall = nullptr;
  /// The callee is not a known library function (Pedantic mode only).
  bool ViaUnknownCall = false;
};

struct EscapeFinding {
  unsigned Transfer;
  /// The statement that ends the scope: a return, a compound statement.
  const clang::Stmt *ScopeEnd;
  /// In flight on every path, not only on some.
  bool OnEveryPath;
};

/// A finding of the mapping or cache rules, worded (lower case) by
/// semantics/FindingText.h.
struct RuleFinding {
  unsigned Transfer;
  clang::SourceLocation At;
  std::string Text;
  /// A note, where NoteAt is valid.
  clang::SourceLocation NoteAt;
  std::string Note;
  /// A receive buffer not in whole cache lines: the variable, reported at
  /// its definition once per translation unit, with Fixes.
  const clang::VarDecl *Definition = nullptr;
  std::vector<clang::FixItHint> Fixes;
};

struct FunctionFlow {
  std::vector<TransferSite> Transfers;
  std::vector<AccessFinding> Accesses;
  std::vector<EscapeFinding> Escapes;
  /// dmasafe-mapping-discipline.
  std::vector<RuleFinding> Mappings;
  /// dmasafe-cache-coherence (only with a CacheModel that has a cache).
  std::vector<RuleFinding> Cache;
};

/// Runs the dataflow over \p FD's body. \p Cache: the target's data cache
/// and the cache options, when dmasafe-cache-coherence is enabled.
FunctionFlow analyzeTransfers(const clang::FunctionDecl &FD,
                              clang::ASTContext &Ctx, ApiDescription &Api,
                              CompletionKnowledge &Completion,
                              const CacheModel *Cache = nullptr);

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_TRANSFERFLOW_H
