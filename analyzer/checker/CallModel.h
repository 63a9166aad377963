//===- CallModel.h - One call of a function with a contract ---------------===//
//
// A function with a contract is evaluated from it instead of being inlined
// (evalCall): the contract says what it does to transfers, and its body
// (register writes in a vendor header) says nothing the checker could use.
//
// evaluateCall (CallModel.cpp) does what every modelled call does: reads the
// buffers a start hands over before anything is invalidated, conjures the
// return value, invalidates what the pointer arguments reach and the
// globals (keeping the caller's pointers the arguments read), and splits on
// the contract's success condition. The success branch then goes to the
// effect of the call's role, found in one table (roleEffect); the effects
// live in TransferStarts.cpp (start, arm, trigger) and TransferEnds.cpp
// (wait, abort, poll, suspend, wait-signal).
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_CHECKER_CALLMODEL_H
#define DMASAFE_CHECKER_CALLMODEL_H

#include "DmaChecker.h"
#include "semantics/Transitions.h"

#include "llvm/ADT/SmallVector.h"

namespace dmasafe {

/// A buffer a start or arm hands over, with the symbol that will key it.
struct NewTransfer {
  clang::ento::SymbolRef Key;
  TransferState T;
};


/// What evalCall knows about the call being evaluated.
struct ModelledCall {
  ModelledCall(const DmaChecker &Chk, const FunctionContract &FC,
               const clang::ento::CallEvent &Call,
               clang::ento::CheckerContext &C);

  const DmaChecker &Chk;
  const FunctionContract &FC;
  const clang::ento::CallEvent &Call;
  clang::ento::CheckerContext &C;
  const clang::CallExpr *CE;
  const clang::LocationContext *LCtx;
  /// The conjured return value (unknown for a void function).
  clang::ento::SVal Ret;
  /// Start and arm: the buffers handed over, read before the call.
  llvm::SmallVector<NewTransfer, 2> Handed;

  /// The handle argument (normalized), or unknown.
  clang::ento::SVal handleArg() const;
  /// Whether two handles name the same transfer, as the constraints decide.
  HandleMatch sameHandle(clang::ento::ProgramStateRef State, clang::ento::SVal A,
                  clang::ento::SVal B) const;
  /// The branches where the trigger argument is nonzero and zero. Without a
  /// trigger argument, or when its value cannot be split on, the call
  /// triggers: the zero branch is null.
  std::pair<clang::ento::ProgramStateRef, clang::ento::ProgramStateRef>
  splitOnTrigger(clang::ento::ProgramStateRef State) const;
};

/// Splits \p State on "\p V is nonzero" (both when it cannot tell).
std::pair<clang::ento::ProgramStateRef, clang::ento::ProgramStateRef>
splitNonZero(clang::ento::ProgramStateRef State, clang::ento::SVal V);

/// Whether two handles name the same transfer (or channel), as the path's
/// constraints decide: a model's handle argument and a register channel.
HandleMatch compareHandles(clang::ento::ProgramStateRef State,
                           clang::ento::SVal A, clang::ento::SVal B,
                           clang::ento::SValBuilder &SVB);

/// A handle as stored and compared: constant channel numbers widened to one
/// type, so that a `uint8_t` channel 2 equals an `int` 2.
clang::ento::SVal normalizeHandle(clang::ento::SVal V,
                                  clang::ento::CheckerContext &C);

/// MappingChecks.cpp: remembers \p Handle as a mapping its error test found
/// failed, until the path can no longer reach it.
clang::ento::ProgramStateRef noteFailedMapping(clang::ento::ProgramStateRef State,
                                               clang::ento::SVal Handle);
clang::ento::ProgramStateRef
forgetDeadFailedMappings(clang::ento::ProgramStateRef State,
                         clang::ento::SymbolReaper &SR);

/// Evaluates \p Call from \p FC (every role but a completion callback).
void evaluateCall(const DmaChecker &Chk, const FunctionContract &FC,
                  const clang::ento::CallEvent &Call,
                  clang::ento::CheckerContext &C);

// --- Effects of the roles on the success branch (see roleEffect) ---------
// Each adds the transitions of the call from \p State.

/// TransferStarts.cpp: the buffers a start or arm hands over.
void collectTransfers(ModelledCall &M, clang::ento::ProgramStateRef State);
/// The engine may write \p Transfers' buffers and complete them at any
/// time: what the CPU knew of their contents is gone, and the completion
/// flags of the call's API get fresh values.
clang::ento::ProgramStateRef engineMayWrite(ModelledCall &M,
                                            clang::ento::ProgramStateRef State,
                                            llvm::ArrayRef<NewTransfer> Transfers);
/// Start: in flight (or armed, when its trigger is zero).
void onStart(ModelledCall &M, clang::ento::ProgramStateRef State);
/// Arm: set up on the handle, not running.
void onArm(ModelledCall &M, clang::ento::ProgramStateRef State);
/// Trigger: what is armed on the handle (or mask) runs.
void onTrigger(ModelledCall &M, clang::ento::ProgramStateRef State);
/// The transfer in flight that makes this start fail (FailsWhenBusy), with
/// its symbol, if any; and the note for reports about it.
std::optional<std::pair<clang::ento::SymbolRef, TransferState>>
busyWith(const ModelledCall &M, clang::ento::ProgramStateRef State);
const clang::ento::NoteTag *
busyNote(ModelledCall &M, clang::ento::SymbolRef Key, const TransferState &T);

/// TransferEnds.cpp.
void onWaitOrAbort(ModelledCall &M, clang::ento::ProgramStateRef State);
void onPoll(ModelledCall &M, clang::ento::ProgramStateRef State);
void onSuspend(ModelledCall &M, clang::ento::ProgramStateRef State);
void onWaitSignal(ModelledCall &M, clang::ento::ProgramStateRef State);

} // namespace dmasafe

#endif // DMASAFE_CHECKER_CALLMODEL_H
