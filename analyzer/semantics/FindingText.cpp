//===- FindingText.cpp - The words of every dmasafe finding
//----------------===//
#include "semantics/FindingText.h"

#include "compat/LLVMCompat.h"
#include "llvm/ADT/StringExtras.h"

namespace dmasafe {
namespace text {

std::string sentence(llvm::StringRef Text, FrontEnd F) {
  std::string S = Text.str();
  if (S.empty())
    return S;
  if (F == FrontEnd::Analyzer)
    S[0] = llvm::toUpper(S[0]);
  // "DMA transfer" stays: a second letter that is upper case (toLower
  // changes it; llvm::isUpper is LLVM 17+) marks an acronym.
  else if (S.size() < 2 || llvm::toLower(S[1]) == S[1])
    S[0] = llvm::toLower(S[0]);
  return S;
}

std::string quoted(llvm::StringRef Name) { return "'" + Name.str() + "'"; }

std::string pointee(llvm::StringRef Pointer) {
  return "the buffer pointed to by " + quoted(Pointer);
}

std::string subject(llvm::StringRef Noun, llvm::StringRef Buffer) {
  if (compat::startsWith(Buffer, "'"))
    return Noun.str() + " " + Buffer.str();
  return Buffer.str();
}

namespace {

/// "a DMA transfer (device-to-memory)": a transfer, by its direction.
std::string aTransfer(Direction Dir) {
  return "a DMA transfer (" + directionName(Dir).str() + ")";
}

std::string inFlight(bool OnEveryPath) {
  return OnEveryPath ? "is in flight" : "may still be in flight";
}

/// How Linux spells a direction (enum dma_data_direction).
const char *enumName(Direction D) {
  switch (D) {
  case Direction::ToDevice:
    return "DMA_TO_DEVICE";
  case Direction::FromDevice:
    return "DMA_FROM_DEVICE";
  case Direction::Bidirectional:
    return "DMA_BIDIRECTIONAL";
  }
  return "?";
}

} // namespace

std::string accessInFlight(bool Write, llvm::StringRef Buffer,
                           llvm::StringRef Via, Direction Dir) {
  std::string S = (Write ? "write to " : "read of ") + Buffer.str();
  if (!Via.empty())
    S += " by " + Via.str();
  return S + " while " + aTransfer(Dir) + " is in flight";
}

std::string releaseInFlight(llvm::StringRef Releaser, llvm::StringRef Buffer,
                            Direction Dir) {
  return Releaser.str() + " releases " + Buffer.str() + " while " +
         aTransfer(Dir) + " is in flight";
}

std::string scopeEndInFlight(llvm::StringRef Buffer, Direction Dir,
                             bool OnEveryPath) {
  return subject("stack buffer", Buffer) + " goes out of scope while " +
         aTransfer(Dir) + " " + inFlight(OnEveryPath);
}

std::string returnInFlight(llvm::StringRef Function, llvm::StringRef Buffer,
                           Direction Dir, bool OnEveryPath) {
  std::string S = "returning from " + Function.str() + " while " +
                  aTransfer(Dir) + " of its stack buffer";
  if (!Buffer.empty())
    S += " " + Buffer.str();
  return S + " " + inFlight(OnEveryPath);
}

std::string lostTransfer(llvm::StringRef Handle, llvm::StringRef Buffer,
                         Direction Dir, bool OutOfScope) {
  std::string S = Handle.empty() ? "the handle" : "handle " + Handle.str();
  S += " of the DMA transfer (" + directionName(Dir).str() + ") of " +
       Buffer.str();
  return S + (OutOfScope ? " goes out of scope" : " is lost") +
         " while the transfer is in flight";
}

std::string doubleStart(llvm::StringRef Buffer, Direction Earlier) {
  return "DMA transfer on " + Buffer.str() +
         " started while an earlier transfer (" + directionName(Earlier).str() +
         ") on overlapping bytes is still in flight";
}

std::string selfRace(llvm::StringRef Buffer, Direction Dir,
                     llvm::StringRef Function) {
  return "write to " + Buffer.str() + " while the DMA transfer (" +
         directionName(Dir).str() + ") that the previous call of " +
         Function.str() + " started on it may still be in flight";
}

std::string constantStorage(llvm::StringRef Buffer, llvm::StringRef Callee,
                            bool Kernel) {
  std::string S = subject("DMA buffer", Buffer);
  if (Kernel)
    return S + " is constant data in read-only memory, but " + Callee.str() +
           " needs DMA-capable memory; copy it into a kmalloc'ed buffer";
  return S + " is constant data, likely placed in flash, but " + Callee.str() +
         " needs a buffer in RAM; copy it into one";
}

std::string stackStorage(llvm::StringRef Buffer, llvm::StringRef Callee,
                         bool ForbidsStack, llvm::StringRef Wrapper) {
  std::string S = subject("stack buffer", Buffer) + " passed to ";
  if (!Wrapper.empty())
    S += Wrapper.str() + ", which passes it on to ";
  S += Callee.str();
  if (ForbidsStack)
    return S + ", which does not accept stack memory; use kmalloc'ed memory "
               "(kmalloc, devm_kmalloc, dma_alloc_coherent) or a buffer in "
               "a kmalloc'ed struct";
  return S + ", which requires stable storage (static, global, heap or "
             "DMA_STABLE)";
}

std::string registerNeedsRam(llvm::StringRef Buffer, llvm::StringRef Member,
                             llvm::StringRef Block) {
  return subject("DMA buffer", Buffer) +
         " is constant data, likely placed in flash, but the DMA address "
         "register " +
         quoted(Member) + " of " + quoted(Block) + " needs a buffer in RAM";
}

std::string annotationMisuse(llvm::StringRef Problem) {
  Problem.consume_front("dmasafe: ");
  return Problem.str();
}

std::string transferOverrun(uint64_t Bytes, llvm::StringRef Callee,
                            llvm::StringRef Buffer, uint64_t Size,
                            uint64_t Offset) {
  std::string S = "DMA transfer of " + std::to_string(Bytes) + " bytes";
  if (!Callee.empty())
    S += " by " + Callee.str();
  S += " overruns " + Buffer.str() + ", which has " + std::to_string(Size) +
       " bytes";
  if (Offset != 0)
    S += " (" + std::to_string(Size - Offset) + " from offset " +
         std::to_string(Offset) + ")";
  return S;
}

std::string vmallocStorage(llvm::StringRef Subject, llvm::StringRef Allocator,
                           llvm::StringRef Callee) {
  return Subject.str() + " is vmalloc'ed memory (from '" + Allocator.str() +
         "'), which " + Callee.str() +
         " cannot map for DMA: it is outside the kernel's linear map; "
         "allocate it with kmalloc (or devm_kmalloc, dma_alloc_coherent)";
}

std::string moduleStaticStorage(llvm::StringRef Subject,
                                llvm::StringRef Callee) {
  return Subject.str() + " is static data of a loadable module, which " +
         Callee.str() +
         " cannot map for DMA: module memory is outside the kernel's "
         "linear map; allocate the buffer with kmalloc (or put it in a "
         "kmalloc'ed struct)";
}

std::string mappingUntestedEnd(llvm::StringRef Mapping, llvm::StringRef Callee,
                               llvm::StringRef Test) {
  return quoted(Callee) + " ends the DMA mapping of " + Mapping.str() +
         ", which was never tested with " + quoted(Test) +
         " on this path: a failed mapping is no address to unmap or sync; "
         "test the handle after mapping";
}

std::string mappingSize(llvm::StringRef Mapping, llvm::StringRef Callee,
                        int64_t Size, int64_t MappedSize, bool Unmap) {
  return quoted(Callee) + " names the DMA mapping of " + Mapping.str() +
         " with " + std::to_string(Size) + " bytes, but " +
         std::to_string(MappedSize) + " were mapped; " +
         (Unmap ? "unmap with the size of the map"
                : "sync no more than was mapped");
}

std::string mappingDirection(llvm::StringRef Mapping, llvm::StringRef Callee,
                             Direction Dir, Direction Mapped, bool Unmap) {
  return quoted(Callee) + " names the DMA mapping of " + Mapping.str() +
         " with " + enumName(Dir) + ", but it was mapped " + enumName(Mapped) +
         "; " + (Unmap ? "unmap" : "sync") + " with the map's direction";
}

std::string mappingFailedEnd(llvm::StringRef Callee) {
  return quoted(Callee) +
         " ends a DMA mapping whose error test said it failed: nothing was "
         "mapped; clear the stored handle when the mapping fails";
}

std::string mappingUntestedKept(llvm::StringRef Mapping, llvm::StringRef Test) {
  return "DMA mapping of " + Mapping.str() + " is kept without a " +
         quoted(Test) +
         " test on this path: a failed mapping would be used as a bus "
         "address; test the handle after mapping";
}

std::string transferNote(Direction Dir, llvm::StringRef Buffer,
                         llvm::StringRef What) {
  return "DMA transfer (" + directionName(Dir).str() + ") of " + Buffer.str() +
         " " + What.str();
}

std::string completionHint(llvm::StringRef Wait, llvm::StringRef Before) {
  if (Wait.empty())
    return "wait for the transfer to complete before " + Before.str();
  return "wait for the transfer (e.g. " + quoted(Wait) + ") before " +
         Before.str();
}

std::string busyStartNote(llvm::StringRef Callee, Direction Dir,
                          llvm::StringRef Buffer) {
  return quoted(Callee) + " fails: the DMA transfer (" +
         directionName(Dir).str() + ") of " + Buffer.str() +
         " on the same handle is still in flight";
}

std::string stillInFlightNote(llvm::StringRef Poll, llvm::StringRef Buffers) {
  return quoted(Poll) + " reports the DMA transfer of " + Buffers.str() +
         " still in flight";
}

std::string startSiteNote(llvm::StringRef Starter, bool SetUp,
                          llvm::StringRef Then) {
  return std::string("DMA transfer ") + (SetUp ? "set up" : "started") +
         " here by " + Starter.str() +
         (SetUp ? ", started by a later trigger on its handle" : "") + "; " +
         Then.str();
}

std::string engineOwnsUntilCompletion() {
  return "the buffer is the engine's until a wait, a poll that reports "
         "completion or an abort";
}

std::string completeBefore(llvm::StringRef Buffer) {
  return "wait for it, poll it to completion or abort it before " +
         Buffer.str() + " goes out of scope";
}

std::string staticStorageNote(llvm::StringRef Buffer,
                              llvm::StringRef Function) {
  return Buffer.str() + " has automatic storage; making it static would "
                        "outlive the transfer, but only if " +
         Function.str() + " is never re-entered";
}

std::string declaredNote(llvm::StringRef Buffer, llvm::StringRef What) {
  return Buffer.str() + (What.empty() ? " declared here"
                                      : " is declared " + What.str() + " here");
}

std::string dirtyStart(llvm::StringRef Buffer, Direction Dir,
                       bool PartlyCleaned) {
  std::string S = "DMA transfer (" + directionName(Dir).str() + ") of " +
                  Buffer.str() +
                  " starts while bytes the CPU wrote to it are still in the "
                  "data cache";
  if (PartlyCleaned)
    S += " (the clean before the start does not cover them all)";
  return S + (Dir == Direction::FromDevice
                  ? ": their eviction overwrites the received data; clean or "
                    "invalidate them before the start"
                  : ": the engine reads stale memory; clean them before the "
                    "start");
}

std::string staleRead(llvm::StringRef Buffer, bool InvalidatedInFlight,
                      bool PartlyInvalidated) {
  std::string S = "read of " + Buffer.str() +
                  " after its DMA transfer (device-to-memory) completed, ";
  if (PartlyInvalidated)
    S += "where the data cache invalidate since the completion does not "
         "cover the bytes read";
  else if (InvalidatedInFlight)
    S += "with no data cache invalidate after the completion (the one "
         "before it does not count: the core may refill the lines while the "
         "transfer runs)";
  else
    S += "with no data cache invalidate covering it since the completion";
  return S + ": the CPU may read stale cache lines";
}

std::string partialCacheLines(llvm::StringRef Buffer, int64_t Line,
                              bool Aligned, int64_t Align, bool Whole,
                              int64_t Size) {
  std::string Lines = std::to_string(Line) + "-byte data cache lines";
  std::string S = "DMA buffer " + Buffer.str() +
                  " receives data (device-to-memory) but ";
  if (!Aligned && !Whole)
    S += "is neither aligned to " + Lines + " (alignment " +
         std::to_string(Align) + ") nor a whole number of them (" +
         std::to_string(Size) + " bytes)";
  else if (!Aligned)
    S += "is not aligned to " + Lines + " (alignment " + std::to_string(Align) +
         ")";
  else
    S += "is not a whole number of " + Lines + " (" + std::to_string(Size) +
         " bytes)";
  return S + ": invalidating its lines discards the neighbouring data that "
             "shares them, and their write-back overwrites received bytes";
}

std::string mappingMadeNote(llvm::StringRef Starter, llvm::StringRef Test) {
  return "DMA mapping made here by " + Starter.str() + "; only " +
         quoted(Test) + " tells a failed mapping from a bus address";
}

std::string dirtyWriteNote(llvm::StringRef Buffer) {
  return "the CPU writes " + Buffer.str() +
         " here: the bytes stay in the data cache until a clean";
}

} // namespace text
} // namespace dmasafe
