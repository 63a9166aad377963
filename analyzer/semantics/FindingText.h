//===- FindingText.h - The words of every dmasafe finding
//------------------===//
//
// One function per kind of finding builds its message from its parts (the
// buffer as the front-end names it, the direction, the API, ...), so that
// the analyzer's dmasafe.InFlightAccess and clang-tidy's
// dmasafe-in-flight-access say the same thing about the same bug. The two
// differ only in the case of the first letter, each after its tool's
// convention: the analyzer's reports are sentences ("Read of 'rx' ..."),
// clang-tidy's are not ("read of 'rx' ..."); sentence() applies it.
//
// Parts are plain text: a buffer is passed already named, either quoted
// ("'rx'", "'d->rx'") or described ("a heap buffer", "the buffer pointed to
// by 'p'"); subject() puts a noun before a quoted name only ("stack buffer
// 'rx'"), so that a description still reads as one.
//
// Texts end without a period, as the analyzer's and clang-tidy's do.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_SEMANTICS_FINDINGTEXT_H
#define DMASAFE_SEMANTICS_FINDINGTEXT_H

#include "api/ApiDescription.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>

namespace dmasafe {
namespace text {

/// Whose convention a message follows.
enum class FrontEnd { Analyzer, Tidy };

/// \p Text with its first letter as \p F writes it: upper case for the
/// analyzer, lower case for clang-tidy, except an acronym ("DMA").
std::string sentence(llvm::StringRef Text, FrontEnd F);

/// `'Name'`: how a message names code (a variable, a function, an
/// expression as the source spells it).
std::string quoted(llvm::StringRef Name);

/// "the buffer pointed to by 'p'": a buffer known only by a pointer to it
/// (a parameter, a pointer member: \p Pointer is "d->rx").
std::string pointee(llvm::StringRef Pointer);

/// "stack buffer 'rx'" for a quoted \p Buffer, \p Buffer itself for a
/// description ("a string literal").
std::string subject(llvm::StringRef Noun, llvm::StringRef Buffer);

// Findings. Each returns lower-case text; pass it through sentence().

/// A CPU read or write (\p Via: the function that does it, or "") of
/// \p Buffer while the engine owns it.
std::string accessInFlight(bool Write, llvm::StringRef Buffer,
                           llvm::StringRef Via, Direction Dir);
/// \p Releaser ("'free'", "'delete[]'") releases \p Buffer in flight.
std::string releaseInFlight(llvm::StringRef Releaser, llvm::StringRef Buffer,
                            Direction Dir);
/// An automatic \p Buffer leaves its block in flight; \p OnEveryPath false:
/// on some paths only (one function's dataflow cannot tell which).
std::string scopeEndInFlight(llvm::StringRef Buffer, Direction Dir,
                             bool OnEveryPath);
/// \p Function returns with a transfer on its automatic \p Buffer ("" when
/// it has no name of its own) in flight.
std::string returnInFlight(llvm::StringRef Function, llvm::StringRef Buffer,
                           Direction Dir, bool OnEveryPath);
/// The handle of the transfer on \p Buffer, \p Handle ("" when it has no
/// name) becomes unreachable in flight: dropped, or \p OutOfScope.
std::string lostTransfer(llvm::StringRef Handle, llvm::StringRef Buffer,
                         Direction Dir, bool OutOfScope);
/// A start on \p Buffer while an \p Earlier transfer owns its bytes.
std::string doubleStart(llvm::StringRef Buffer, Direction Earlier);
/// The next call of \p Function writes \p Buffer while the transfer its
/// previous call started is still in flight.
std::string selfRace(llvm::StringRef Buffer, Direction Dir,
                     llvm::StringRef Function);
/// Constant \p Buffer given to \p Callee, which needs RAM (\p Kernel:
/// DMA-capable memory, where const data is read-only memory, not flash).
std::string constantStorage(llvm::StringRef Buffer, llvm::StringRef Callee,
                            bool Kernel);
/// A stack \p Buffer given to \p Callee, which never accepts the stack
/// (\p ForbidsStack, Linux) or requires stable storage. \p Wrapper, when
/// not empty: the function the code called, which passed it on to Callee.
std::string stackStorage(llvm::StringRef Buffer, llvm::StringRef Callee,
                         bool ForbidsStack, llvm::StringRef Wrapper = "");
/// Constant \p Buffer stored in a transfer's address register (\p Member
/// of the register block \p Block).
std::string registerNeedsRam(llvm::StringRef Buffer, llvm::StringRef Member,
                             llvm::StringRef Block);
/// A misplaced annotation or unfit model entry (an api ContractProblem's
/// message, which starts "dmasafe: " as the errors do; a finding has its
/// check's name for that).
std::string annotationMisuse(llvm::StringRef Problem);
/// \p Bytes transferred by \p Callee ("" when unknown) into \p Buffer of
/// \p Size bytes, from \p Offset.
std::string transferOverrun(uint64_t Bytes, llvm::StringRef Callee,
                            llvm::StringRef Buffer, uint64_t Size,
                            uint64_t Offset);
/// \p Subject (a buffer, named) is vmalloc'ed memory (from \p Allocator),
/// which \p Callee cannot map.
std::string vmallocStorage(llvm::StringRef Subject, llvm::StringRef Allocator,
                           llvm::StringRef Callee);
/// The same for static data of a loadable module.
std::string moduleStaticStorage(llvm::StringRef Subject,
                                llvm::StringRef Callee);
/// \p Callee unmaps or syncs \p Mapping, never tested with \p Test here.
std::string mappingUntestedEnd(llvm::StringRef Mapping, llvm::StringRef Callee,
                               llvm::StringRef Test);
/// An unmap (\p Unmap) of another size than the map's, or a sync of more.
std::string mappingSize(llvm::StringRef Mapping, llvm::StringRef Callee,
                        int64_t Size, int64_t MappedSize, bool Unmap);
/// An unmap or sync naming another direction than the map's.
std::string mappingDirection(llvm::StringRef Mapping, llvm::StringRef Callee,
                             Direction Dir, Direction Mapped, bool Unmap);
/// An unmap or sync of a handle whose error test said the mapping failed.
std::string mappingFailedEnd(llvm::StringRef Callee);
/// A mapping kept (stored, not returned) without its error test \p Test.
std::string mappingUntestedKept(llvm::StringRef Mapping, llvm::StringRef Test);
/// On a core with a data cache: a start on \p Buffer while bytes the CPU
/// wrote are not cleaned (\p PartlyCleaned: a clean missed some).
std::string dirtyStart(llvm::StringRef Buffer, Direction Dir,
                       bool PartlyCleaned);
/// A read of \p Buffer after its device-to-memory transfer completed, with
/// no invalidate covering it since (\p InvalidatedInFlight: one ran before
/// the completion; \p PartlyInvalidated: the one after missed the bytes).
std::string staleRead(llvm::StringRef Buffer, bool InvalidatedInFlight,
                      bool PartlyInvalidated);
/// Receive buffer \p Buffer is not aligned to (\p Aligned false: its
/// alignment is \p Align) or not a whole number of (\p Size bytes)
/// \p Line-byte cache lines.
std::string partialCacheLines(llvm::StringRef Buffer, int64_t Line,
                              bool Aligned, int64_t Align, bool Whole,
                              int64_t Size);

// Notes.

/// "DMA transfer (DIR) of 'rx' started here" (\p What: "started here",
/// "set up here", ...).
std::string transferNote(Direction Dir, llvm::StringRef Buffer,
                         llvm::StringRef What);
/// The fix: wait (with \p Wait, when one is known) before \p Before.
std::string completionHint(llvm::StringRef Wait, llvm::StringRef Before);
/// A start that fails because the handle is busy (fails-when-busy).
std::string busyStartNote(llvm::StringRef Callee, Direction Dir,
                          llvm::StringRef Buffer);
/// A poll's branch where the transfer is not done.
std::string stillInFlightNote(llvm::StringRef Poll, llvm::StringRef Buffers);
/// Where one function's dataflow saw the transfer start (\p SetUp: set up
/// by \p Starter, started by a later trigger), then what ends it (\p Then).
std::string startSiteNote(llvm::StringRef Starter, bool SetUp,
                          llvm::StringRef Then);
/// What gives an in-flight buffer back to the CPU.
std::string engineOwnsUntilCompletion();
/// The fix of a buffer that leaves its scope: complete first.
std::string completeBefore(llvm::StringRef Buffer);
/// Making automatic \p Buffer of \p Function static, and its condition.
std::string staticStorageNote(llvm::StringRef Buffer,
                              llvm::StringRef Function);
/// Where \p Starter made a DMA mapping that only \p Test tells from a
/// failure.
std::string mappingMadeNote(llvm::StringRef Starter, llvm::StringRef Test);
/// The CPU write that left \p Buffer's bytes dirty in the data cache.
std::string dirtyWriteNote(llvm::StringRef Buffer);
/// Where \p Buffer is declared, and (\p What, may be empty) how.
std::string declaredNote(llvm::StringRef Buffer, llvm::StringRef What);

} // namespace text
} // namespace dmasafe

#endif // DMASAFE_SEMANTICS_FINDINGTEXT_H
