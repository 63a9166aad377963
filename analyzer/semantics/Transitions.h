//===- Transitions.h - What each role does to a transfer's state ----------===//
//
// The transition table of DESIGN.md's ownership model, for both front-ends:
// which effect a call of each role has, and what that effect does to one
// transfer (in flight or armed) given whether the call's handle is the
// transfer's (as the front-end decides: the analyzer's constraints, the
// tidy flow's declarations). Each front-end's dispatch is an exhaustive
// switch over Effect: a new role must say its effect here, and a new effect
// does not compile until every front-end handles it.
//
//   effect     in flight, handle   armed, handle        (Unknown: like Same
//              Same     Unknown    Same     Unknown      where it ends a
//   End        Drop     Drop       Drop     Drop         transfer: when unsure,
//   Poll(done) Drop     Drop       Keep     Keep         stop tracking)
//   GiveBack   ToArmed  Keep       Keep     Keep
//   Run        Keep     Keep       ToInFl.  Keep
//   HandOver   Keep     Keep       ToInFl.  Keep
//   other      Keep everywhere; Different: Keep everywhere
//   (Maintain changes no transfer: it cleans or invalidates cache lines,
//   which only the cache rules follow)
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_SEMANTICS_TRANSITIONS_H
#define DMASAFE_SEMANTICS_TRANSITIONS_H

#include "semantics/Roles.h"

#include <optional>

namespace dmasafe {

/// What a call does to the transfers of a path, on its success branch.
enum class Effect {
  SetUp,      ///< arm: its buffers are set up on the handle, not running
  HandOver,   ///< start: its buffers are in flight (armed when trigger is 0)
  Run,        ///< trigger: what is armed on the handle runs
  GiveBack,   ///< suspend: in flight on the handle -> armed
  WaitObject, ///< wait-signal: ends what the object's signallers cover
  End,        ///< wait, abort: the handle's transfers end, armed ones too
  Poll,       ///< poll-busy, poll-done, error-test: End on one branch only
  Maintain,   ///< cache-clean, cache-invalidate: no transfer changes; the
              ///< cache state of its bytes does (CacheModel.h)
  Nothing,    ///< changes no transfer (checked before the call, if at all)
  Interrupt,  ///< completion-callback: the interrupt's, never a call's
};

Effect effectOf(Role R);
/// The effect of a function with roles \p Roles: that of its first role in
/// the order of Effect (a wait that also frees waits).
Effect effectOf(llvm::ArrayRef<Role> Roles);

/// Whether a call of \p R may rewrite what its pointer arguments other
/// than its buffers reach (the driver object, a descriptor). Only set-up
/// calls do: a wait, poll or abort leaves the handle object as it was.
bool rewritesArguments(Role R);

/// Whether a call of \p R has its buffers' storage and length checked where
/// it is called: it hands them to the engine (start, arm, transfer) or only
/// constrains them (requires-storage).
bool checksBuffersAtCall(Role R);
bool checksBuffersAtCall(llvm::ArrayRef<Role> Roles);

/// Whether a call of one of \p Roles cleans or invalidates cache lines
/// (Effect::Maintain), whatever else it does (NuttX's edma set-up cleans).
bool maintainsCache(llvm::ArrayRef<Role> Roles);

/// How a Poll role's result reads: the branch on which the transfers on its
/// handle are over, and whether on that branch they never started (an
/// error test: `dma_mapping_error` is nonzero when the mapping failed).
struct PollReading {
  bool OverWhenNonZero;
  bool OverMeansFailed;
};
/// The reading of the first Poll role of \p Roles; none without one.
std::optional<PollReading> pollReadingOf(llvm::ArrayRef<Role> Roles);

/// Whether a call's handle is a transfer's handle.
enum class HandleMatch { Same, Different, Unknown };
enum class TransferKind { InFlight, Armed };
enum class Change { Keep, Drop, ToInFlight, ToArmed };

/// The table above.
Change changeOf(Effect E, TransferKind K, HandleMatch M);

} // namespace dmasafe

#endif // DMASAFE_SEMANTICS_TRANSITIONS_H
