//===- CacheCoherence.h - DMA buffers and the CPU's data cache ------------===//
//
// dmasafe.CacheCoherence (DESIGN.md, "Cache coherence and barriers"). On a
// core with a write-back data cache (semantics/CacheModel.h: Cortex-M7,
// M55, M85, bare-metal Cortex-A/R; silent elsewhere) the engine reads and
// writes RAM while the CPU reads and writes the cache. For a buffer in
// cacheable memory:
//
//   (a) a start on bytes the CPU wrote since the last clean (or invalidate)
//       covering them: a transfer that reads memory sends stale bytes, one
//       that writes it has its data overwritten when the dirty lines are
//       evicted;
//   (b) a read of bytes a device-to-memory transfer wrote, after it
//       completed, with no invalidate covering them since the completion:
//       the CPU may read the cache's stale copy. An invalidate before the
//       start, or while the transfer runs, does not count: the core may
//       refill the lines speculatively;
//   (c) a clean or invalidate that covers only part of those bytes (the
//       same reports, saying so);
//   (d) a device-to-memory buffer that is not aligned to, or not a whole
//       number of, cache lines: maintaining its lines acts on the
//       neighbouring data that shares them. Reported at the buffer's
//       definition, with the alignment and the rounded size as fix-its.
//
// A blocking transfer (role `transfer`: `spi_transceive_dt`, `spiExchange`)
// starts and completes in the call: (a) applies at the call, and the bytes
// it receives are stale from its return, so an invalidate before the call
// does not count for (b) either.
//
// Per base region the path remembers which bytes are dirty (written, not
// cleaned), and per device-to-memory transfer (its symbol, the key of the
// transfer map) which bytes go stale when it completes:
//
//     CPU write --> dirty --clean/invalidate covering it--> (forgotten)
//                     \--start on it--> (a)
//     RX start --> watched --completion--> stale --invalidate covering it--> (forgotten)
//                                            \--CPU read--> (b)
//
// A clean or invalidate of the whole cache (SCB_CleanDCache()), or one whose
// address cannot be followed, covers everything. Buffers in non-cacheable
// sections are exempt. A memory-to-memory transfer is two: the source reads
// memory, the destination is written.
//
// The transfers are the modeling checker's (TransferState.h): this checker
// looks at them, after each call and store, for starts it has not seen.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_CHECKER_CACHECOHERENCE_H
#define DMASAFE_CHECKER_CACHECOHERENCE_H

#include "DmaChecker.h"
#include "semantics/CacheModel.h"

namespace dmasafe {

class CacheCoherence
    : public clang::ento::Checker<
          clang::ento::check::PreCall, clang::ento::check::PostCall,
          clang::ento::check::Location, clang::ento::check::Bind,
          clang::ento::check::DeadSymbols> {
public:
  /// The checker whose state, bug types and reports this one shares.
  const DmaChecker *Chk = nullptr;
  /// The target's cache (set at registration); none: check nothing.
  std::optional<CacheModel> Cache;

  void checkPreCall(const clang::ento::CallEvent &Call,
                    clang::ento::CheckerContext &C) const;
  void checkPostCall(const clang::ento::CallEvent &Call,
                     clang::ento::CheckerContext &C) const;
  void checkLocation(clang::ento::SVal Loc, bool IsLoad, const clang::Stmt *S,
                     clang::ento::CheckerContext &C) const;
  void checkBind(clang::ento::SVal Loc, clang::ento::SVal Val,
                 const clang::Stmt *S, clang::ento::CheckerContext &C) const;
  /// LLVM 22's check::Bind signature (compat/LLVMCompat.h).
  void checkBind(clang::ento::SVal Loc, clang::ento::SVal Val,
                 const clang::Stmt *S, bool /*AtDeclInit*/,
                 clang::ento::CheckerContext &C) const {
    checkBind(Loc, Val, S, C);
  }
  void checkDeadSymbols(clang::ento::SymbolReaper &SR,
                        clang::ento::CheckerContext &C) const;

private:
  /// A report to emit from the node a callback ends at.
  struct Finding {
    clang::ento::SymbolRef Key;
    TransferState T;
    std::string Msg;
    clang::SourceRange Range;
    bool AtStart; ///< reported at the transfer's start, once per start
  };
  using Findings = llvm::SmallVector<Finding, 1>;

  bool active(clang::ento::CheckerContext &C) const;
  /// Whether the lines of \p Base are the cache's business: cacheable
  /// memory the CPU may have written or read through the cache.
  bool followed(const clang::ento::MemRegion *Base) const;
  /// Looks at transfers in flight not looked at before: (a), and the watch
  /// of a device-to-memory one, with (d).
  clang::ento::ProgramStateRef examineStarts(clang::ento::ProgramStateRef State,
                                             Findings &Out,
                                             clang::ento::CheckerContext &C) const;
  clang::ento::ProgramStateRef
  noteWrite(clang::ento::ProgramStateRef State, const clang::ento::MemRegion *R,
            std::optional<int64_t> Size, clang::ento::CheckerContext &C,
            const clang::ento::NoteTag *&Tag) const;
  /// Finds (b) for a read of \p R; returns the state without the watch.
  clang::ento::ProgramStateRef checkRead(clang::ento::ProgramStateRef State,
                                         const clang::ento::MemRegion *R,
                                         std::optional<int64_t> Size,
                                         const clang::Stmt *S,
                                         Findings &Out) const;
  /// What a clean or invalidate does to the dirty and stale bytes.
  clang::ento::ProgramStateRef maintain(clang::ento::ProgramStateRef State,
                                        const FunctionContract &FC,
                                        const clang::ento::CallEvent &Call,
                                        clang::ento::CheckerContext &C) const;
  /// A call the analyzer did not enter, of a function no model, annotation
  /// or library table describes, that receives a pointer into a buffer:
  /// it may have cleaned or invalidated its lines (a board's flush helper
  /// in another file). The buffer's dirty bytes and the stale bytes of its
  /// completed transfers are forgotten: when unsure, say nothing.
  clang::ento::ProgramStateRef
  forgetAtUnknownCallee(clang::ento::ProgramStateRef State,
                        const clang::ento::CallEvent &Call) const;
  /// A blocking transfer (role `transfer`): (a) for its bytes at the call,
  /// and what it receives is watched as if its completion were the return.
  clang::ento::ProgramStateRef
  transferInCall(clang::ento::ProgramStateRef State, const FunctionContract &FC,
                 const clang::ento::CallEvent &Call, Findings &Out,
                 clang::ento::CheckerContext &C) const;
  /// Adds \p State (with \p Tag), reporting \p Found from it.
  void finish(clang::ento::ProgramStateRef State,
              const clang::ento::NoteTag *Tag, const Findings &Found,
              clang::ento::CheckerContext &C) const;
  void checkLineShape(const TransferState &T, clang::ento::CheckerContext &C) const;

  mutable llvm::DenseSet<const clang::Decl *> ReportedDefinitions;
};

} // namespace dmasafe

#endif // DMASAFE_CHECKER_CACHECOHERENCE_H
