//===- Transitions.cpp - The role -> effect -> change tables --------------===//
#include "semantics/Transitions.h"

#include "llvm/ADT/STLExtras.h"

namespace dmasafe {

Effect effectOf(Role R) {
  switch (R) {
  case Role::Arm:
    return Effect::SetUp;
  case Role::Start:
    return Effect::HandOver;
  case Role::Trigger:
    return Effect::Run;
  case Role::Suspend:
    return Effect::GiveBack;
  case Role::WaitSignal:
    return Effect::WaitObject;
  case Role::Wait:
  case Role::Abort:
    return Effect::End;
  case Role::PollBusy:
  case Role::PollDone:
  case Role::ErrorTest:
    return Effect::Poll;
  case Role::CacheClean:
  case Role::CacheInvalidate:
    return Effect::Maintain;
  case Role::Signal:           // read from the TU: completion signals
  case Role::RegisterCallback: // read from the TU: completion callbacks
  case Role::Deallocate:      // a release, checked before the call
  case Role::RequiresStorage: // a storage check before the call
  case Role::Transfer: // done when it returns: checked before, cached after
  case Role::Allocate: // the storage check finds the call that made the memory
    return Effect::Nothing;
  case Role::CompletionCallback:
    return Effect::Interrupt;
  }
  return Effect::Nothing;
}

Effect effectOf(llvm::ArrayRef<Role> Roles) {
  Effect Best = Effect::Interrupt;
  bool Any = false;
  for (Role R : Roles) {
    Effect E = effectOf(R);
    if (!Any || static_cast<unsigned>(E) < static_cast<unsigned>(Best))
      Best = E;
    Any = true;
  }
  return Any ? Best : Effect::Nothing;
}

bool rewritesArguments(Role R) {
  switch (effectOf(R)) {
  case Effect::End:
  case Effect::Poll:
  case Effect::Maintain: // the C view of memory is the same before and after
    return false;
  case Effect::SetUp:
  case Effect::HandOver:
  case Effect::Run:
  case Effect::GiveBack:
  case Effect::WaitObject:
  case Effect::Nothing:
  case Effect::Interrupt:
    return true;
  }
  return true;
}

bool checksBuffersAtCall(Role R) {
  switch (R) {
  case Role::Start:
  case Role::Arm:
  case Role::Transfer:
  case Role::RequiresStorage:
    return true;
  case Role::Trigger: // its buffers were checked where they were set up
  case Role::Suspend:
  case Role::Wait:
  case Role::Abort:
  case Role::PollBusy:
  case Role::PollDone:
  case Role::ErrorTest:
  case Role::CompletionCallback:
  case Role::RegisterCallback:
  case Role::Signal:
  case Role::WaitSignal:
  case Role::CacheClean: // maintenance of any memory is fine
  case Role::CacheInvalidate:
  case Role::Deallocate: // a release: the in-flight rules look at it
  case Role::Allocate:
    return false;
  }
  return false;
}

bool checksBuffersAtCall(llvm::ArrayRef<Role> Roles) {
  return llvm::any_of(Roles, [](Role R) { return checksBuffersAtCall(R); });
}

bool maintainsCache(llvm::ArrayRef<Role> Roles) {
  return llvm::any_of(
      Roles, [](Role R) { return effectOf(R) == Effect::Maintain; });
}

static std::optional<PollReading> pollReadingOf(Role R) {
  switch (effectOf(R)) {
  case Effect::Poll:
    break;
  case Effect::SetUp:
  case Effect::HandOver:
  case Effect::Run:
  case Effect::GiveBack:
  case Effect::WaitObject:
  case Effect::End:
  case Effect::Maintain:
  case Effect::Nothing:
  case Effect::Interrupt:
    return std::nullopt;
  }
  return PollReading{/*OverWhenNonZero=*/R != Role::PollBusy,
                     /*OverMeansFailed=*/R == Role::ErrorTest};
}

std::optional<PollReading> pollReadingOf(llvm::ArrayRef<Role> Roles) {
  for (Role R : Roles)
    if (std::optional<PollReading> P = pollReadingOf(R))
      return P;
  return std::nullopt;
}

Change changeOf(Effect E, TransferKind K, HandleMatch M) {
  if (M == HandleMatch::Different)
    return Change::Keep;
  bool Same = M == HandleMatch::Same;
  bool InFlight = K == TransferKind::InFlight;
  switch (E) {
  case Effect::End:
    return Change::Drop;
  case Effect::Poll:
    return InFlight ? Change::Drop : Change::Keep;
  case Effect::GiveBack:
    return InFlight && Same ? Change::ToArmed : Change::Keep;
  case Effect::Run:
  case Effect::HandOver:
    return !InFlight && Same ? Change::ToInFlight : Change::Keep;
  case Effect::SetUp:
  case Effect::WaitObject:
  case Effect::Maintain:
  case Effect::Nothing:
  case Effect::Interrupt:
    return Change::Keep;
  }
  return Change::Keep;
}

} // namespace dmasafe
