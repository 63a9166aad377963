//===- TransferState.h - One in-flight DMA transfer, as the analyzer sees it -===//
//
// The path-sensitive state of the dmasafe checkers is a map from a transfer
// id to an InFlight value: which bytes of which memory region the engine
// owns, in which direction, under which handle, and where the transfer
// started. A buffer that is not in the map is CPU-owned (a second map holds
// transfers armed on a handle but not running). Completing a
// transfer removes its entries; nothing else is remembered, so a completed
// buffer is indistinguishable from one never handed to the engine.
//
// A handle that names several buffers (a memory-to-memory copy, an SPI
// TransmitReceive) has one entry per buffer, all with the same handle: a wait
// on that handle removes them all.
//
// The map is registered in TransferState.cpp
// and reached only through the functions below, so that every file of the
// checker sees the same program-state traits.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_CHECKER_TRANSFERSTATE_H
#define DMASAFE_CHECKER_TRANSFERSTATE_H

#include "api/ApiDescription.h"

#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramState.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SVals.h"
#include "llvm/ADT/FoldingSet.h"
#include "llvm/ADT/ImmutableMap.h"
#include <optional>

namespace dmasafe {

/// Identifies one buffer entry of one transfer on one path.
using TransferId = unsigned;

/// Matches every API family (a variable marked DMA_COMPLETION_FLAG).
constexpr unsigned AnyFamily = ~0u;

/// One buffer owned by the engine. Immutable value stored in the state.
class InFlight {
public:
  /// How the transfer is found again by a wait, poll or abort.
  enum class HandleKind {
    Buffer,   ///< no handle: named by its buffer pointer
    Argument, ///< a driver-object pointer or a channel number
    Returned  ///< the start's return value: lost when its symbol dies
  };

  /// The same transfer under another kind of handle.
  InFlight withHandleKind(HandleKind K) const {
    InFlight T = *this;
    T.HK = K;
    return T;
  }

  static InFlight start(const clang::ento::MemRegion *Base,
                        const clang::ento::MemRegion *Named, int64_t Offset,
                        std::optional<int64_t> Length, Direction Dir,
                        HandleKind HK, clang::ento::SVal Handle,
                        unsigned Family, const clang::Expr *Origin,
                        const clang::LocationContext *OriginCtx,
                        const clang::Stmt *Scope,
                        clang::ento::SymbolRef Key) {
    return InFlight(Base, Named, Offset, Length, Dir, HK, Handle, Family,
                    Origin, OriginCtx, Scope, Key);
  }

  /// Base region of the buffer (a variable, heap symbol, string...).
  const clang::ento::MemRegion *base() const { return Base; }
  /// The region as named at the start (`s.data`, `rx`), for messages.
  const clang::ento::MemRegion *named() const { return Named; }
  /// First byte owned, relative to base().
  int64_t offset() const { return Offset; }
  /// Bytes owned; none = the whole region (length unknown).
  std::optional<int64_t> length() const { return Length; }
  Direction direction() const { return Dir; }
  HandleKind handleKind() const { return HK; }
  clang::ento::SVal handle() const { return Handle; }
  unsigned family() const { return Family; }
  /// The start call, for notes and for uniqueing lost-transfer reports.
  const clang::Expr *origin() const { return Origin; }
  const clang::LocationContext *originContext() const { return OriginCtx; }
  /// For an automatic buffer declared in an inner block: that block. The
  /// buffer's storage ends when the path leaves it.
  const clang::Stmt *scope() const { return Scope; }
  /// A symbol conjured for this transfer alone: reports mark it interesting
  /// so that only the notes of the transfer they are about speak.
  clang::ento::SymbolRef key() const { return Key; }

  /// The CPU may read the buffer in flight only when the engine only reads.
  bool engineWrites() const { return Dir != Direction::ToDevice; }

  /// Whether bytes [From, From+Size) of base() overlap the owned range; a
  /// missing Size means "to the end of the region".
  bool overlaps(int64_t From, std::optional<int64_t> Size) const;
  /// Whether the owned range covers the whole region (so that an access at
  /// an unknown offset certainly touches it).
  bool coversWholeRegion() const { return Offset == 0 && !Length; }

  bool operator==(const InFlight &O) const {
    return Base == O.Base && Named == O.Named && Offset == O.Offset &&
           Length == O.Length && Dir == O.Dir && HK == O.HK &&
           Handle == O.Handle && Family == O.Family && Origin == O.Origin &&
           OriginCtx == O.OriginCtx && Scope == O.Scope && Key == O.Key;
  }
  void Profile(llvm::FoldingSetNodeID &ID) const;
  void print(llvm::raw_ostream &OS) const;
  LLVM_DUMP_METHOD void dump() const;

private:
  InFlight(const clang::ento::MemRegion *Base,
           const clang::ento::MemRegion *Named, int64_t Offset,
           std::optional<int64_t> Length, Direction Dir, HandleKind HK,
           clang::ento::SVal Handle, unsigned Family, const clang::Expr *Origin,
           const clang::LocationContext *OriginCtx, const clang::Stmt *Scope,
           clang::ento::SymbolRef Key)
      : Base(Base), Named(Named), Offset(Offset), Length(Length), Dir(Dir),
        HK(HK), Handle(Handle), Family(Family), Origin(Origin),
        OriginCtx(OriginCtx), Scope(Scope), Key(Key) {}

  const clang::ento::MemRegion *Base;
  const clang::ento::MemRegion *Named;
  int64_t Offset;
  std::optional<int64_t> Length;
  Direction Dir;
  HandleKind HK;
  clang::ento::SVal Handle;
  unsigned Family;
  const clang::Expr *Origin;
  const clang::LocationContext *OriginCtx;
  const clang::Stmt *Scope;
  clang::ento::SymbolRef Key;
};

/// Which transfers a completion event (a flag seen set, a semaphore taken)
/// completes: those of one API family, or of every family, and only those
/// of one direction when the callback behind it says so (HAL's
/// TxCpltCallback completes the TX transfers of its UART, not the RX).
struct CompletionScope {
  unsigned Family = AnyFamily;
  std::optional<Direction> Only;

  bool covers(const InFlight &T) const {
    return (Family == AnyFamily || T.family() == Family) &&
           (!Only || T.direction() == *Only);
  }
  /// The scope of an event raised by both \p A's and \p B's callbacks.
  static CompletionScope either(const CompletionScope &A,
                                const CompletionScope &B) {
    if (A.Family != B.Family)
      return {AnyFamily, std::nullopt};
    if (A.Only != B.Only)
      return {A.Family, std::nullopt};
    return A;
  }
  bool operator==(const CompletionScope &O) const {
    return Family == O.Family && Only == O.Only;
  }
};

using TransferMap = llvm::ImmutableMap<TransferId, InFlight>;

/// All transfers in flight on this path.
TransferMap transfersOf(clang::ento::ProgramStateRef State);
/// Adds \p T under a fresh id (returned through \p Id).
clang::ento::ProgramStateRef addTransfer(clang::ento::ProgramStateRef State,
                                         const InFlight &T, TransferId &Id);
clang::ento::ProgramStateRef removeTransfer(clang::ento::ProgramStateRef State,
                                            TransferId Id);
/// Replaces the entry \p Id (which must exist) with \p T.
clang::ento::ProgramStateRef replaceTransfer(clang::ento::ProgramStateRef State,
                                             TransferId Id, const InFlight &T);

/// Transfers set up on a handle but not running: armed by a start whose
/// trigger was zero (or an arm), or suspended (Linux sync_for_cpu). The CPU
/// owns their buffers; a trigger on the handle moves them to transfersOf().
TransferMap armedOf(clang::ento::ProgramStateRef State);
clang::ento::ProgramStateRef addArmed(clang::ento::ProgramStateRef State,
                                      const InFlight &T);
clang::ento::ProgramStateRef removeArmed(clang::ento::ProgramStateRef State,
                                         TransferId Id);

} // namespace dmasafe

#endif // DMASAFE_CHECKER_TRANSFERSTATE_H
