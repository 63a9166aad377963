//===- CacheFlow.h - Data cache lines over one function's flow ------------===//
//
// The cache rules of dmasafe.CacheCoherence (checker/CacheCoherence.h) in
// the tidy flow, on a core with a data cache (semantics/CacheModel.h). Per
// transfer and CFG point the flow keeps whether its bytes are Clean or
// Dirty (FlowState::Dirt) and Fresh or Stale (FlowState::Staleness):
//
//   CPU write overlapping its buffer  -> Dirty
//   clean or invalidate covering it   -> Clean (part of it: still Dirty,
//                                        partly cleaned)
//   it starts running                 -> reported when Dirty on every path;
//                                        device-to-memory: Stale (and other
//                                        transfers on its buffer Fresh: the
//                                        later completion counts)
//   invalidate covering it, not in
//     flight or armed on any path     -> Fresh (part: still Stale, partly
//                                        invalidated)
//   invalidate while it may run       -> Stale still (it does not count)
//   CPU read of its buffer, complete
//     on every path                   -> reported when Stale on every
//                                        path; then Fresh (one report)
//   its start's failure branch        -> Fresh (it received nothing)
//
// A device-to-memory start on a whole array or struct variable that is not
// in whole cache lines is reported at the variable (api/CacheLines.h). A
// maintenance call whose address the flow cannot follow, or that names no
// buffer (SCB_CleanDCache), covers everything; so does one whose bytes or
// the transfer's are not known as constants (when unsure, say nothing).
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_CACHEFLOW_H
#define DMASAFE_TIDY_CACHEFLOW_H

#include "FlowState.h"
#include "TransferFlow.h"
#include <map>
#include <vector>

namespace dmasafe {
namespace tidy {

class CacheFlow {
public:
  CacheFlow(FunctionFlow &Out, const clang::ASTContext &Ctx,
            const CacheModel &Cache)
      : Out(Out), Ctx(Ctx), Cache(Cache) {}

  /// Whether the rules apply to buffer \p B.
  bool follows(const BufferRef &B) const;
  /// Transfer \p T starts running at \p Call (on every path reaching it:
  /// \p EveryPath).
  void started(unsigned T, bool EveryPath, const clang::CallExpr *Call,
               FlowState &S, bool Report);
  /// The branch where \p T's start failed: it received nothing.
  void startFailed(unsigned T, FlowState &S) const;
  void write(const AccessPlace &A, FlowState &S) const;
  void read(const AccessPlace &A, const clang::Expr *At, FlowState &S,
            bool Report);
  /// A function no model, annotation or library table describes receives
  /// a pointer into \p A's buffer: it may have cleaned or invalidated its
  /// lines (a board's flush helper in another file), so what was dirty or
  /// stale there is forgotten. When unsure, say nothing.
  void givenToUnknownCallee(const AccessPlace &A, FlowState &S) const;
  /// A cache-clean or cache-invalidate call.
  void maintain(const clang::CallExpr *Call, const FunctionContract &K,
                FlowState &S);

private:
  enum class Coverage { None, Part, All };
  using Bytes = std::pair<uint64_t, uint64_t>;
  /// How much of \p T the buffer argument \p B of maintenance call \p Call
  /// covers; for a part, which bytes (\p Part).
  Coverage coverage(const clang::CallExpr *Call, const BufferParam &B,
                    const TransferSite &T, Bytes &Part) const;

  FunctionFlow &Out;
  const clang::ASTContext &Ctx;
  const CacheModel &Cache;
  /// The bytes partial invalidates after a completion covered, per
  /// transfer (on any path): a read there is not reported.
  std::map<unsigned, std::vector<Bytes>> PartlyInvalidated;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_CACHEFLOW_H
