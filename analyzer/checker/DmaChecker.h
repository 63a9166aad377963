//===- DmaChecker.h - Path-sensitive DMA buffer-ownership checker ---------===//
//
// Rules (DESIGN.md, "Ownership model"):
//   * A start hands bytes of a buffer to the engine; until a wait, an abort,
//     a poll that reports done, or an observed completion flag gives them
//     back, the engine owns them.
//   * While the engine owns them the CPU must not write them (either
//     direction) nor read them when the engine writes them (device-to-memory
//     and bidirectional transfers); reads of a memory-to-device source are
//     allowed unless InFlightAccess:ReportTxReads is set.         [InFlightAccess]
//   * free/realloc (or another deallocator), leaving the block of an
//     automatic buffer, or returning from its function release storage the
//     engine still uses.                                          [ReleaseInFlight]
//   * A start on bytes already in flight.                         [DoubleStart]
//   * A returned handle (dma_addr_t) or a local handle object that becomes
//     unreachable while its transfer is in flight.                [LostTransfer]
//   * Const data (flash) where the engine needs RAM; a stack buffer where the
//     API forbids the stack or requires stable storage.           [UnfitStorage]
//   * A length larger than the buffer it names.                   [TransferLength]
//   * A misplaced dmasafe annotation.                             [AnnotationMisuse]
//   * A mapping (dma_map_single) unmapped, synced or kept without the
//     error test of its family (dma_mapping_error) on the path.  [MappingDiscipline]
//   * On a core with a data cache: a start on bytes the CPU wrote and no
//     clean covered, a read of received bytes no invalidate covered after
//     the completion, a receive buffer that is not whole cache lines
//     (CacheCoherence.h).                                         [CacheCoherence]
//
// State machine of one buffer range (TransferState.h: one entry per buffer,
// keyed by the transfer's symbol; a range absent from the map is CPU-owned):
//
//                     start (success branch, trigger != 0)
//      +-----------+ ------------------------------------> +------------+
//      | CPU-owned |                                       | DMA-owned  |--+
//      +-----------+ <------------------------------------ +------------+  |
//            ^          wait / abort / poll==done /            |   ^       |
//            |          completion flag != 0 /                 |   +-------+
//            |          error-test != 0 (never started)        |  CPU read (TX ok)
//            |                                                 |
//            +---- handle undecidable by the constraint -------+
//                  manager: stop tracking, say nothing          ---> free, scope end,
//                                                                    return, 2nd start,
//                                                                    CPU write: report
//
// A transfer set up but not running is *armed* (an entry of that kind): by an arm
// (Zephyr dma_config), a start whose trigger argument is zero (pico-sdk), or
// a suspend (Linux dma_sync_single_for_cpu). Its buffers are the CPU's; a
// trigger on its handle (dma_channel_start, dma_start, sync_for_device)
// moves it to DMA-owned, a wait or abort on the handle drops it.
//
// Completion may also arrive through a kernel object: a successful
// wait-signal (k_sem_take) on an object a completion callback gives
// completes that callback's API (api/CompletionKnowledge.h).
//
// The contract of every function comes from dmasafe::ApiDescription
// (annotations on declarations, or model files); this checker never reads
// attributes itself. A function with a contract is evaluated from it, never
// inlined, so vendor bodies with register writes do not matter:
//
//   DMA_SUCCESS_RETURNS(0)
//   int uart_rx_dma(struct uart *u DMA_HANDLE, void *buf DMA_OWNED_RX,
//                   size_t len DMA_LEN);
//   DMA_WAITS void uart_wait(struct uart *u DMA_HANDLE);
//
//   char rx[16];
//   if (uart_rx_dma(u, rx, sizeof rx) == 0) {  // note: transfer started here
//     char c = rx[0];                          // warning: read in flight
//     uart_wait(u);
//     c = rx[0];                               // fine: completed
//   }
//
// One checker class models everything; the user-facing checkers are
// sub-checkers (as in MallocChecker) that only switch their reports on.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_CHECKER_DMACHECKER_H
#define DMASAFE_CHECKER_DMACHECKER_H

#include "TransferState.h"
#include "api/ApiDescription.h"
#include "api/CompletionKnowledge.h"
#include "compat/AnalyzerCompat.h"
#include "semantics/FindingText.h"
#include "semantics/Transitions.h"

#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <optional>
#include <string>
#include <vector>

namespace dmasafe {

struct LibraryAccess;
struct ModelledCall;


/// The region of completion flag \p F, built from its global's region
/// \p Base. (CompletionFlags.cpp)
const clang::ento::MemRegion *flagRegion(const CompletionFlag &F,
                                         const clang::ento::MemRegion *Base,
                                         clang::ento::MemRegionManager &MRM);

/// What \p T's handle says of which handle it is: a constant, or the
/// address of a global. (CompletionFlags.cpp)
HandleIdentity handleIdentity(const TransferState &T);

class DmaChecker;
/// Completion flags of API family \p Api may be set by the interrupt at any
/// time once a transfer on \p Handle started at \p Started: each gets a
/// fresh value, but for those only another handle's callback sets.
/// (CompletionFlags.cpp)
clang::ento::ProgramStateRef
armCompletionFlags(const DmaChecker &Chk, llvm::StringRef Api,
                   HandleIdentity Handle, clang::ento::ProgramStateRef State,
                   const clang::Expr *Started, clang::ento::CheckerContext &C);

class DmaChecker
    : public clang::ento::Checker<
          clang::ento::check::ASTDecl<clang::Decl>,
          clang::ento::check::PreStmt<clang::Stmt>,
          clang::ento::check::PreCall, clang::ento::eval::Call,
          clang::ento::check::PostCall,
          clang::ento::check::Location, clang::ento::check::Bind,
          clang::ento::check::EndFunction,
          clang::ento::check::LiveSymbols, clang::ento::check::DeadSymbols,
          clang::ento::eval::Assume> {
public:
  /// One user checker per rule of semantics/Findings.def, in its order
  /// (CK_X is Finding::X).
  enum CheckKind {
#define DMASAFE_FINDING(Id, BugType, Description) CK_##Id,
#include "semantics/Findings.def"
    CK_NumCheckKinds
  };

  bool ChecksEnabled[CK_NumCheckKinds] = {};
  clang::ento::CheckerNameRef CheckNames[CK_NumCheckKinds];
  /// Created at registration, when each sub-checker's name is known.
  std::optional<clang::ento::BugType> BugTypes[CK_NumCheckKinds];

  // Options (filled at registration).
  bool ReportTxReads = false;
  bool Pedantic = false;
  llvm::StringSet<> ExtraDeallocators;

  /// The one description of DMA APIs (annotations + models).
  mutable ApiDescription Api;

  void enableCheck(CheckKind K, clang::ento::CheckerNameRef Name,
                   llvm::StringRef Description, bool SuppressOnSink);
  /// Reads the model files; unless \p ParseUnused, each is parsed only
  /// if the unit mentions a name it describes (ApiDescription).
  void loadModels(llvm::StringRef ModelFiles, bool ParseUnused,
                  clang::DiagnosticsEngine &Diags);
  /// Whether a model file the unit uses failed to load: the compile error
  /// is out, and nothing is analyzed with half a model.
  bool modelBroken(const clang::ASTContext &Ctx) const;

  // Checker callbacks.
  void checkASTDecl(const clang::Decl *D, clang::ento::AnalysisManager &Mgr,
                    clang::ento::BugReporter &BR) const;
  void checkPreStmt(const clang::Stmt *S, clang::ento::CheckerContext &C) const;
  void checkPreCall(const clang::ento::CallEvent &Call,
                    clang::ento::CheckerContext &C) const;
  bool evalCall(const clang::ento::CallEvent &Call,
                clang::ento::CheckerContext &C) const;
  /// Completion flags after an unknown call in a hosted `main`
  /// (CompletionFlags.cpp).
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
  void checkEndFunction(const clang::ReturnStmt *RS,
                        clang::ento::CheckerContext &C) const;
  /// Keeps the unknown indices of rows in flight (UnknownRows.h) alive:
  /// what the path learns about them later decides which row an access is.
  void checkLiveSymbols(clang::ento::ProgramStateRef State,
                        clang::ento::SymbolReaper &SR) const;
  void checkDeadSymbols(clang::ento::SymbolReaper &SR,
                        clang::ento::CheckerContext &C) const;
  clang::ento::ProgramStateRef evalAssume(clang::ento::ProgramStateRef State,
                                          clang::ento::SVal Cond,
                                          bool Assumption) const;
  void printState(llvm::raw_ostream &Out, clang::ento::ProgramStateRef State,
                  const char *NL, const char *Sep) const override;

  // --- Shared helpers (defined in the file that owns the topic) ----------

  /// The contract of the called function, or null. (Reporting.cpp)
  const FunctionContract *contractOf(const clang::ento::CallEvent &Call) const;

  /// Interned API family id for \p Name (stable for the checker's life).
  unsigned familyId(llvm::StringRef Name) const;
  llvm::StringRef familyName(unsigned Id) const;

  /// "wait for the transfer (e.g. 'uart_wait') before <Before>", naming a
  /// wait of the same API whose handle has the same type as that of the
  /// start of \p Key (found on the path to \p N).
  std::string completionHint(clang::ento::SymbolRef Key, const TransferState &T,
                             const clang::ento::ExplodedNode *N,
                             llvm::StringRef Before) const;
  /// Remembers \p FD as a wait function for fix hints.
  void noteWaitFunction(const FunctionContract &FC,
                        const clang::FunctionDecl *FD) const;

  /// Emits a path-sensitive report on the transfer \p Key for check \p K
  /// at node \p N; \p UniqueAtStart: one report per start site.
  void reportOn(CheckKind K, clang::ento::SymbolRef Key,
                const TransferState &T, llvm::StringRef Msg,
                clang::ento::ExplodedNode *N, clang::ento::CheckerContext &C,
                clang::SourceRange Range = {}, llvm::StringRef HintBefore = "",
                bool UniqueAtStart = false, bool AtBodyEnd = false) const;
  /// Emits a report not tied to a transfer (storage, length).
  void reportAtCall(CheckKind K, llvm::StringRef Msg,
                    const clang::ento::CallEvent &Call, unsigned ArgIdx,
                    clang::ento::CheckerContext &C) const;

  /// The note tag placed on a successful start of \p T ("DMA transfer
  /// (dir) of 'x' <What>"): started here, set up here...
  const clang::ento::NoteTag *
  startNote(clang::ento::SymbolRef Key, const TransferState &T,
            clang::ento::CheckerContext &C,
            llvm::StringRef What = "started here") const;
  bool isDmaBugType(const clang::ento::BugType &BT) const;

  /// The transfer in flight overlapping [From, From+Size) of \p Base, if
  /// any. (AccessChecks.cpp)
  std::optional<std::pair<clang::ento::SymbolRef, TransferState>>
  findOverlap(clang::ento::ProgramStateRef State,
              const clang::ento::MemRegion *Base, std::optional<int64_t> From,
              std::optional<int64_t> Size, bool ForRead,
              const clang::ento::MemRegion *Region = nullptr,
              const UnknownRow *Row = nullptr) const;
  /// Reports a CPU access to \p Region ([+Size) bytes) if it hits a
  /// transfer in flight. Returns true when it reported.
  bool checkAccess(const clang::ento::MemRegion *Region,
                   std::optional<int64_t> Size, bool IsWrite,
                   llvm::StringRef Via, const clang::Stmt *S,
                   clang::ento::CheckerContext &C) const;
  /// Reports \p Releaser (free, kfree, delete[]) giving back the storage
  /// \p Pointer points into while a transfer on it is in flight.
  void checkRelease(clang::ento::SVal Pointer, llvm::StringRef Releaser,
                    clang::SourceRange Range,
                    clang::ento::CheckerContext &C) const;
  /// Reports automatic buffers whose block the path has left.
  void checkScopesLeft(const clang::Stmt *S,
                       clang::ento::CheckerContext &C) const;
  /// For an automatic buffer declared in an inner block: that block (its
  /// storage ends when the path leaves it); else null. Cached.
  const clang::Stmt *innerBlockOf(const clang::ento::MemRegion *Base) const;

  /// Reports an unmap or sync of a mapping not yet tested with its error
  /// test or named with another size or direction than its map; a mapping
  /// kept untested when the top frame returns.
  /// (MappingChecks.cpp)
  void checkMappingEnd(const FunctionContract &FC,
                        const clang::ento::CallEvent &Call,
                        clang::ento::CheckerContext &C) const;
  void checkUntestedKept(const clang::ReturnStmt *RS,
                         clang::ento::CheckerContext &C) const;
  /// Why the unmap or sync \p M names mapping \p Key with another size or
  /// direction than its map (effect \p E: End for an unmap), or "".
  std::string mismatchWithMap(const ModelledCall &M, clang::ento::SymbolRef Key,
                              const TransferState &T, Effect E) const;
  /// The error test the start of \p Key (found on the path to \p N) asks
  /// for: "dma_mapping_error".
  std::string errorTestName(clang::ento::SymbolRef Key,
                            const clang::ento::ExplodedNode *N) const;

  /// Reports a caller's stack buffer that an inlined wrapper (the frame
  /// \p Entry) passes on to \p Callee, at the caller's call of the wrapper.
  void reportThroughWrapper(llvm::StringRef Buffer,
                            const clang::StackFrameContext *Entry,
                            llvm::StringRef Callee, bool ForbidsStack,
                            const clang::ento::CallEvent &Call,
                            clang::ento::CheckerContext &C) const;

  /// Storage and length checks of a start or storage contract.
  /// (StorageChecks.cpp)
  void checkStorage(const FunctionContract &FC,
                    const clang::ento::CallEvent &Call,
                    clang::ento::CheckerContext &C) const;

  /// What the translation unit says about completion: flags, callbacks,
  /// signals (api/CompletionKnowledge.h), found once. (CompletionFlags.cpp)
  CompletionKnowledge &completion(clang::ASTContext &Ctx) const;

  /// Keeps the transfers of starts whose success \p State now decides (its
  /// result was tested) and drops those whose failure it decides; with
  /// \p DeadResults, also takes those whose result the code never tested
  /// to have succeeded. With \p Tested (the assumption just made), only the
  /// starts whose result it tests. (TransferStarts.cpp)
  clang::ento::ProgramStateRef
  decidePendingStarts(clang::ento::ProgramStateRef State,
                      clang::ento::SymbolReaper *DeadResults = nullptr,
                      const AssumedTest *Tested = nullptr) const;

private:
  /// Set while decidePendingStarts asks the constraints (its assumptions
  /// come back through evalAssume).
  mutable bool DecidingStarts = false;
  mutable llvm::StringMap<unsigned> FamilyIds;
  mutable std::vector<std::string> FamilyNames;
  /// "family|handle type" and "family" -> a function that waits (hints).
  mutable llvm::StringMap<std::string> WaitFunctions;
  /// Whether the models' waits are in WaitFunctions (at the first hint).
  mutable bool ModelWaitsNoted = false;
  mutable std::unique_ptr<CompletionKnowledge> Completion;
  mutable llvm::DenseSet<const clang::Decl *> ReportedDecls;
  mutable llvm::DenseMap<const clang::VarDecl *, const clang::Stmt *>
      InnerBlocks;
};

/// Where a buffer argument points, and how its bytes are named.
struct BufferRef {
  const clang::ento::MemRegion *Region = nullptr; ///< as pointed to
  const clang::ento::MemRegion *Base = nullptr;
  std::optional<int64_t> Offset; ///< bytes from Base; none if symbolic
};

/// The region a contract's buffer argument points to (after its field
/// path), or null when it is not a known region.
const clang::ento::MemRegion *
bufferRegion(const BufferParam &B, const clang::ento::CallEvent &Call,
             clang::ento::ProgramStateRef State, clang::ento::CheckerContext &C);
/// The bytes a contract's buffer \p B covers at \p Call: a fixed length,
/// a length argument or a member of the struct it points to, times the
/// unit; none when unknown.
std::optional<int64_t> transferLength(const BufferParam &B,
                                      const clang::ento::CallEvent &Call,
                                      clang::ento::ProgramStateRef State,
                                      clang::ento::CheckerContext &C);
/// The direction the argument (or the member of the struct it points to)
/// that \p D names has at \p Call; none when its value is not known or not
/// listed.
std::optional<Direction> directionAtCall(const DirectionFromArg &D,
                                         const clang::ento::CallEvent &Call,
                                         clang::ento::ProgramStateRef State,
                                         clang::ento::CheckerContext &C);
/// Region of a pointer value, or of an integer that carries an address.
const clang::ento::MemRegion *regionOfValue(clang::ento::SVal V);
/// Byte offset of \p R within its base region (none when symbolic).
BufferRef describeRegion(const clang::ento::MemRegion *R);
/// The bytes a transfer from \p Ref owns, from its offset (0 when
/// symbolic) and named by the array or object it points into; the caller
/// sets the length.
OwnedBytes ownedBytesAt(const BufferRef &Ref);

/// What the C library function \p FD does to its arguments
/// (semantics/LibraryAccess.h), or null when \p FD is no such function.
/// (AccessChecks.cpp)
const LibraryAccess *libraryAccessOf(const clang::FunctionDecl *FD);
/// Calls \p Visit(region, bytes, writes) for each pointer argument the C
/// library call \p Call reads or writes (semantics/LibraryAccess.h), until
/// it returns true. Returns whether \p Call is such a library call.
/// (AccessChecks.cpp)
bool visitLibraryAccesses(
    const clang::ento::CallEvent &Call, clang::ento::CheckerContext &C,
    llvm::function_ref<bool(const clang::ento::MemRegion *,
                            std::optional<int64_t>, bool)>
        Visit);

/// Constant data with static storage, or a string literal (likely flash),
/// whose address the path has not tested (PlacementTests.cpp).
bool isUntestedLikelyFlash(const clang::ento::MemRegion *Base,
                           clang::ento::ProgramStateRef State,
                           clang::ASTContext &Ctx);
/// Registers the checker that notes address tests (PlacementTests.cpp).
void registerPlacementTests(clang::ento::CheckerManager &Mgr);
/// The innermost block (other than the function body) declaring \p VD.
const clang::Stmt *innerScopeOf(const clang::VarDecl *VD,
                                const clang::Stmt *Body);
/// "'rx'" or "the buffer" for messages.
std::string nameOf(const clang::ento::MemRegion *R);
/// Whether nameOf(\p R) names the region ('rx', the buffer pointed to by
/// 'p') rather than describing it (a heap buffer).
bool hasName(const clang::ento::MemRegion *R);
/// A finding's text (semantics/FindingText.h) as the analyzer writes it.
inline std::string analyzerText(llvm::StringRef Text) {
  return text::sentence(Text, text::FrontEnd::Analyzer);
}

} // namespace dmasafe

#endif // DMASAFE_CHECKER_DMACHECKER_H
