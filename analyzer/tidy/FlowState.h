//===- FlowState.h - The dataflow's lattices: what is not idle everywhere -===//
//
// Per transfer (one buffer of one start site), the set of situations on the
// paths reaching a CFG point, in three independent lattices:
//
//   - ownership: Idle (not in flight on some path), Busy (in flight on some
//     path), Armed (set up on its handle, not started, on some path);
//   - mapping (a Linux streaming mapping awaiting its error test,
//     semantics/MappingDiscipline.h): Settled (not mapped, tested, or
//     ended), Untested, Failed (its error test said so);
//   - cache (semantics/CacheModel.h, on a core with a data cache): for its
//     bytes, Clean or Dirty (the CPU wrote them since the last clean), and
//     Fresh or Stale (a device-to-memory transfer on them ran, and no
//     invalidate since its completion).
//
// Each is sparse: a transfer absent from it is in the lattice's resting
// situation (Idle, Settled, Clean and Fresh) on every path, which is what
// most transfers are at most points. Copies, joins and updates cost what is
// live, not what the function has started so far, so that the cost of a
// function is linear in its size when the transfers in flight at once are
// few.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_FLOWSTATE_H
#define DMASAFE_TIDY_FLOWSTATE_H

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>
#include <cstdint>
#include <utility>

namespace dmasafe {
namespace tidy {

/// Sets of situations per transfer; a transfer absent is \p Rest on every
/// path.
template <uint8_t Rest> class SparseSituations {
public:
  uint8_t get(unsigned T) const {
    auto It = find(T);
    return It != Entries.end() && It->first == T ? It->second : Rest;
  }
  void set(unsigned T, uint8_t V) {
    auto It = find(T);
    bool Present = It != Entries.end() && It->first == T;
    if (V == Rest) {
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
  /// Calls \p F on every transfer that is not at rest everywhere; \p F may
  /// change the value (to Rest as well).
  void update(llvm::function_ref<void(unsigned, uint8_t &)> F) {
    for (auto &[T, V] : Entries)
      F(T, V);
    llvm::erase_if(Entries, [](const auto &E) { return E.second == Rest; });
  }
  void forEach(llvm::function_ref<void(unsigned, uint8_t)> F) const {
    for (const auto &[T, V] : Entries)
      F(T, V);
  }
  /// Joins \p O into this state; whether anything changed.
  bool join(const SparseSituations &O) {
    Entries_t Out;
    Out.reserve(Entries.size() + O.Entries.size());
    auto A = Entries.begin(), AE = Entries.end();
    auto B = O.Entries.begin(), BE = O.Entries.end();
    bool Changed = false;
    while (A != AE || B != BE) {
      if (B == BE || (A != AE && A->first < B->first)) {
        Out.push_back({A->first, uint8_t(A->second | Rest)});
        Changed |= Out.back().second != A->second;
        ++A;
      } else if (A == AE || B->first < A->first) {
        Out.push_back({B->first, uint8_t(B->second | Rest)});
        Changed = true;
        ++B;
      } else {
        Out.push_back({A->first, uint8_t(A->second | B->second)});
        Changed |= Out.back().second != A->second;
        ++A;
        ++B;
      }
    }
    llvm::erase_if(Out, [](const auto &E) { return E.second == Rest; });
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
  /// Sorted by transfer; no entry is Rest alone.
  Entries_t Entries;
};

/// Mapping situations (absent: Settled).
namespace mapping {
constexpr uint8_t Settled = 1;
constexpr uint8_t Untested = 2;
constexpr uint8_t Failed = 4;
} // namespace mapping

/// Cache situations of a transfer's bytes (absent: Clean and Fresh).
namespace cache {
constexpr uint8_t Clean = 1;
constexpr uint8_t Dirty = 2;
/// Dirty, and a clean since touched only part of the bytes.
constexpr uint8_t DirtyPartlyCleaned = 4;
constexpr uint8_t Fresh = 1;
constexpr uint8_t Stale = 2;
/// Stale, and an invalidate ran while the transfer did (it does not count).
constexpr uint8_t StaleInvalidatedInFlight = 4;
/// Stale in part: an invalidate after the completion missed bytes.
constexpr uint8_t StalePartlyInvalidated = 8;
} // namespace cache

/// The state of one CFG point: ownership (the class itself), mappings and
/// cache lines.
class FlowState : public SparseSituations<1> {
public:
  static constexpr uint8_t Idle = 1;
  static constexpr uint8_t Busy = 2;
  static constexpr uint8_t Armed = 4;

  SparseSituations<mapping::Settled> Mapping;
  SparseSituations<cache::Clean> Dirt;
  SparseSituations<cache::Fresh> Staleness;

  bool join(const FlowState &O) {
    bool Changed = SparseSituations<1>::join(O);
    Changed |= Mapping.join(O.Mapping);
    Changed |= Dirt.join(O.Dirt);
    Changed |= Staleness.join(O.Staleness);
    return Changed;
  }
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_FLOWSTATE_H
