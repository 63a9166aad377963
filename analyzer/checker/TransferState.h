//===- TransferState.h - One DMA transfer, as the analyzer sees it --------===//
//
// The path-sensitive state of the dmasafe checkers is one map, as
// FuchsiaHandleChecker's HStateMap: from the transfer's symbol (conjured
// by the start for each buffer it hands over) to a TransferState: which
// bytes of which memory region, in which direction, under which handle, and
// whether the engine owns them now (in flight) or only has them set up on a
// handle (armed). A buffer with no entry is CPU-owned. Completing a
// transfer removes its entry; nothing else is remembered, so a completed
// buffer is indistinguishable from one never handed to the engine, and the
// failure branch of a start is the state in which the start never happened
// (both merge again).
//
// Where a transfer started is not stored: it is the node of the exploded
// graph where its symbol became in flight (startSiteOf), as Fuchsia's
// getAcquireSite finds it.
//
// A handle that names several buffers (a memory-to-memory copy, an SPI
// TransmitReceive) has one entry per buffer, all with the same handle: a wait
// on that handle removes them all.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_CHECKER_TRANSFERSTATE_H
#define DMASAFE_CHECKER_TRANSFERSTATE_H

#include "UnknownRows.h"
#include "api/ApiDescription.h"

#include "clang/StaticAnalyzer/Core/PathSensitive/ExplodedGraph.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramState.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SVals.h"
#include "llvm/ADT/FoldingSet.h"
#include "llvm/ADT/ImmutableMap.h"
#include "llvm/ADT/ImmutableSet.h"
#include <optional>

namespace dmasafe {

/// The bytes of a region a transfer covers.
struct OwnedBytes {
  /// Base region of the buffer (a variable, heap symbol, string...).
  const clang::ento::MemRegion *Base = nullptr;
  /// The region as named at the start (`s.data`, `rx`), for messages.
  const clang::ento::MemRegion *Named = nullptr;
  /// First byte owned, relative to Base.
  int64_t Offset = 0;
  /// Bytes owned; none = the whole region (length unknown).
  std::optional<int64_t> Length;
  /// At an offset unknown through one array index (`bufs[i]`): the element
  /// and bytes, for the checks that can ask the path which element it is
  /// (findOverlap); the others take the whole region (Offset 0, no Length).
  UnknownRow Row;

  bool operator==(const OwnedBytes &O) const {
    return Base == O.Base && Named == O.Named && Offset == O.Offset &&
           Length == O.Length && Row == O.Row;
  }
};

/// One buffer of one transfer. Immutable value stored in the state.
class TransferState {
  enum class Kind {
    InFlight, ///< the engine owns the bytes: the CPU must keep off
    Armed     ///< set up on its handle (or suspended): the CPU owns them
  };

public:
  /// How the transfer is found again by a wait, poll or abort.
  enum class HandleKind {
    Buffer,   ///< no handle: named by its buffer pointer
    Argument, ///< a driver-object pointer or a channel number
    Returned  ///< the start's return value: lost when its symbol dies
  };

  static TransferState inFlight(const OwnedBytes &Bytes, Direction Dir,
                                HandleKind HK, clang::ento::SVal Handle,
                                unsigned Family) {
    return TransferState(Kind::InFlight, Bytes, Dir, HK, Handle, Family);
  }
  static TransferState armed(const OwnedBytes &Bytes, Direction Dir,
                             HandleKind HK, clang::ento::SVal Handle,
                             unsigned Family) {
    return TransferState(Kind::Armed, Bytes, Dir, HK, Handle, Family);
  }
  /// The same transfer, running (a trigger) or set aside (a suspend).
  TransferState toInFlight() const { return withKind(Kind::InFlight); }
  TransferState toArmed() const { return withKind(Kind::Armed); }
  /// The same transfer, begun by a start whose result the code has not
  /// tested yet: it exists only where \p SucceedsIf (the start's success
  /// condition over its result symbol) holds, and the test decides
  /// (resolvePendingStarts) instead of a path split at the call.
  TransferState pendingOn(clang::ento::DefinedOrUnknownSVal SucceedsIf) const {
    TransferState T = *this;
    T.SucceedsIf = SucceedsIf;
    return T;
  }
  /// The same transfer, its start known to have succeeded.
  TransferState decided() const {
    return pendingOn(clang::ento::UnknownVal());
  }
  /// The same mapping, awaiting the error test its family has
  /// (semantics/MappingDiscipline.h), or past it.
  TransferState awaitingTest(bool Awaits = true) const {
    TransferState T = *this;
    T.Untested = Awaits;
    return T;
  }
  bool isUntested() const { return Untested; }
  /// The same transfer under another handle.
  TransferState withHandle(HandleKind NewKind, clang::ento::SVal NewHandle) const {
    TransferState T = *this;
    T.HK = NewKind;
    T.Handle = NewHandle;
    return T;
  }

  bool isInFlight() const { return K == Kind::InFlight; }
  bool isArmed() const { return K == Kind::Armed; }
  /// Whether its start's success is still undecided (see pendingOn).
  bool isPending() const { return !SucceedsIf.isUnknown(); }
  clang::ento::DefinedOrUnknownSVal succeedsIf() const { return SucceedsIf; }

  const OwnedBytes &bytes() const { return Bytes; }
  const clang::ento::MemRegion *base() const { return Bytes.Base; }
  const clang::ento::MemRegion *named() const { return Bytes.Named; }
  int64_t offset() const { return Bytes.Offset; }
  std::optional<int64_t> length() const { return Bytes.Length; }
  const UnknownRow &row() const { return Bytes.Row; }
  Direction direction() const { return Dir; }
  HandleKind handleKind() const { return HK; }
  clang::ento::SVal handle() const { return Handle; }
  /// The handle, when the transfer has one of its own (not its buffer).
  std::optional<clang::ento::SVal> handleArgument() const {
    if (HK != HandleKind::Argument)
      return std::nullopt;
    return Handle;
  }
  unsigned family() const { return Family; }

  /// The CPU may read the buffer in flight only when the engine only reads.
  bool engineWrites() const { return Dir != Direction::ToDevice; }

  /// Whether bytes [From, From+Size) of base() overlap the owned range; a
  /// missing Size means "to the end of the region".
  bool overlaps(int64_t From, std::optional<int64_t> Size) const;
  /// Whether the owned range covers the whole region (so that an access at
  /// an unknown offset certainly touches it).
  bool coversWholeRegion() const { return Bytes.Offset == 0 && !Bytes.Length; }

  bool operator==(const TransferState &O) const {
    return K == O.K && Bytes == O.Bytes && Dir == O.Dir && HK == O.HK &&
           Handle == O.Handle && Family == O.Family &&
           SucceedsIf == O.SucceedsIf && Untested == O.Untested;
  }
  void Profile(llvm::FoldingSetNodeID &ID) const;
  void print(llvm::raw_ostream &OS) const;
  LLVM_DUMP_METHOD void dump() const;

private:
  TransferState(Kind K, const OwnedBytes &Bytes, Direction Dir, HandleKind HK,
                clang::ento::SVal Handle, unsigned Family)
      : K(K), Bytes(Bytes), Dir(Dir), HK(HK), Handle(Handle), Family(Family) {}
  TransferState withKind(Kind NewKind) const {
    TransferState T = *this;
    T.K = NewKind;
    return T;
  }

  Kind K;
  OwnedBytes Bytes;
  Direction Dir;
  HandleKind HK;
  clang::ento::SVal Handle;
  unsigned Family;
  clang::ento::DefinedOrUnknownSVal SucceedsIf = clang::ento::UnknownVal();
  bool Untested = false;
};

/// Every transfer of the path, in flight or armed, by its symbol.
using TransferMap =
    llvm::ImmutableMap<clang::ento::SymbolRef, TransferState>;

TransferMap transfersOf(clang::ento::ProgramStateRef State);
/// The entry of \p Key, or null.
const TransferState *transferOf(clang::ento::ProgramStateRef State,
                                clang::ento::SymbolRef Key);
/// Whether any transfer of the path is in flight (the checks' fast exit).
bool anyInFlight(clang::ento::ProgramStateRef State);
clang::ento::ProgramStateRef setTransfer(clang::ento::ProgramStateRef State,
                                         clang::ento::SymbolRef Key,
                                         const TransferState &T);
clang::ento::ProgramStateRef removeTransfer(clang::ento::ProgramStateRef State,
                                            clang::ento::SymbolRef Key);
/// The keys of the transfers whose start result is undecided (isPending).
using PendingStarts = llvm::ImmutableSet<clang::ento::SymbolRef>;
PendingStarts pendingStartsOf(clang::ento::ProgramStateRef State);
/// The keys of the transfers whose buffer is on a stack (a stack space
/// region): the only ones that can leave their scope (checkScopesLeft).
using StackTransfers = llvm::ImmutableSet<clang::ento::SymbolRef>;
StackTransfers stackTransfersOf(clang::ento::ProgramStateRef State);
/// An assumption the engine just made: \p Sym is \p Value (evalAssume).
struct AssumedTest {
  clang::ento::SymbolRef Sym;
  bool Value;
};
/// Whether \p Tested mentions \p Result (the symbol a start's success is
/// tested on): an assumption that does not leaves the start undecided, and
/// asking the constraints about every pending start at every assumption was
/// a third of dmasafe's cost with many starts in flight (bench/scale).
bool testsResult(const AssumedTest &Tested, clang::ento::SymbolRef Result);
/// What \p Tested says of \p SucceedsIf without asking the constraints:
/// known when both are the same comparison of the same result with the same
/// constant, or opposite ones (`r != 0` assumed against success `r == 0`),
/// or \p Tested is the result's truth and success its test against zero.
std::optional<bool> successGiven(const AssumedTest &Tested,
                                 clang::ento::SymbolRef SucceedsIf);

/// The node where the transfer \p Key became in flight on the path to
/// \p N (its start, or the trigger of an armed one), or null.
const clang::ento::ExplodedNode *startSiteOf(const clang::ento::ExplodedNode *N,
                                             clang::ento::SymbolRef Key);

/// Prints every entry of \p State, one a line (printState).
void printTransfers(llvm::raw_ostream &Out, clang::ento::ProgramStateRef State,
                    const char *NL, const char *Sep,
                    llvm::function_ref<llvm::StringRef(unsigned)> FamilyName);

} // namespace dmasafe

#endif // DMASAFE_CHECKER_TRANSFERSTATE_H
