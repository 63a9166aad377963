//===- FlowState.h - The dataflow's lattice: transfers not idle everywhere -===//
//
// Per transfer (one buffer of one start site), the set of situations on the
// paths reaching a CFG point: Idle (not in flight on some path), Busy (in
// flight on some path), Armed (set up on its handle, not started, on some
// path). The state is sparse: a transfer absent from it is Idle on every
// path, which is what most transfers are at most points (started, waited
// for, done). Copies, joins and updates cost what is live, not what the
// function has started so far, so that the cost of a function is linear in
// its size when the transfers in flight at once are few.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_FLOWSTATE_H
#define DMASAFE_TIDY_FLOWSTATE_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>
#include <cstdint>
#include <utility>

namespace dmasafe {
namespace tidy {

class FlowState {
public:
  static constexpr uint8_t Idle = 1;
  static constexpr uint8_t Busy = 2;
  static constexpr uint8_t Armed = 4;

  uint8_t get(unsigned T) const {
    auto It = find(T);
    return It != Entries.end() && It->first == T ? It->second : Idle;
  }
  void set(unsigned T, uint8_t V) {
    auto It = find(T);
    bool Present = It != Entries.end() && It->first == T;
    if (V == Idle) {
      if (Present)
        Entries.erase(It);
    } else if (Present) {
      It->second = V;
    } else {
      Entries.insert(It, {T, V});
    }
  }
  /// The paths where transfer \p T was \p From are now \p To.
  void move(unsigned T, uint8_t From, uint8_t To) {
    uint8_t V = get(T);
    if (V & From)
      set(T, (V & ~From) | To);
  }
  /// Calls \p F on every transfer that is not Idle everywhere; \p F may
  /// change the value (to Idle as well).
  void update(llvm::function_ref<void(unsigned, uint8_t &)> F) {
    for (auto &[T, V] : Entries)
      F(T, V);
    llvm::erase_if(Entries, [](const auto &E) { return E.second == Idle; });
  }
  void forEach(llvm::function_ref<void(unsigned, uint8_t)> F) const {
    for (const auto &[T, V] : Entries)
      F(T, V);
  }
  /// Joins \p O into this state; whether anything changed.
  bool join(const FlowState &O) {
    Entries_t Out;
    Out.reserve(Entries.size() + O.Entries.size());
    auto A = Entries.begin(), AE = Entries.end();
    auto B = O.Entries.begin(), BE = O.Entries.end();
    bool Changed = false;
    while (A != AE || B != BE) {
      if (B == BE || (A != AE && A->first < B->first)) {
        Out.push_back({A->first, uint8_t(A->second | Idle)});
        Changed |= Out.back().second != A->second;
        ++A;
      } else if (A == AE || B->first < A->first) {
        Out.push_back({B->first, uint8_t(B->second | Idle)});
        Changed = true;
        ++B;
      } else {
        Out.push_back({A->first, uint8_t(A->second | B->second)});
        Changed |= Out.back().second != A->second;
        ++A;
        ++B;
      }
    }
    llvm::erase_if(Out, [](const auto &E) { return E.second == Idle; });
    Entries = std::move(Out);
    return Changed;
  }

private:
  using Entries_t = llvm::SmallVector<std::pair<unsigned, uint8_t>, 4>;
  Entries_t::iterator find(unsigned T) {
    return std::lower_bound(
        Entries.begin(), Entries.end(), T,
        [](const auto &E, unsigned Key) { return E.first < Key; });
  }
  Entries_t::const_iterator find(unsigned T) const {
    return std::lower_bound(
        Entries.begin(), Entries.end(), T,
        [](const auto &E, unsigned Key) { return E.first < Key; });
  }
  /// Sorted by transfer; no entry is Idle alone.
  Entries_t Entries;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_FLOWSTATE_H
