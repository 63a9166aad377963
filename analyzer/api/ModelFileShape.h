//===- ModelFileShape.h - Bounds on a model file before it is parsed ------===//
//
// LLVM's YAML reader recurses once per nesting level and reads whatever the
// path names: a model nested 30,000 deep overflows the stack of clang, and
// a FIFO or /dev/zero given as a model file blocks or reads forever. These
// checks run first and turn such input into a located error, so that
// parseModelFile only ever sees a bounded, regular document.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_MODELFILESHAPE_H
#define DMASAFE_API_MODELFILESHAPE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include <cstdint>
#include <memory>

namespace dmasafe {

/// The largest model file read (the shipped ones are below 40 KiB).
constexpr uint64_t MaxModelFileBytes = 1u << 20;
/// The deepest nesting of lists and mappings (the format needs 6).
constexpr unsigned MaxModelNesting = 32;

/// Reads the model file at \p Path. Refuses, with "Path: ..." errors,
/// what is no regular file (a directory, FIFO, device, socket), what cannot
/// be opened (missing, a symlink loop, no permission) and a file larger than
/// MaxModelFileBytes, without reading it.
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readModelFile(llvm::StringRef Path);

/// Checks the YAML structure of \p Text before it is mapped onto the model
/// format: at most MaxModelFileBytes, nesting at most MaxModelNesting deep,
/// and no null where a value belongs (`functions: ~`, `role:` with nothing
/// after it, an empty list entry). Errors read "Name:line:col: message".
/// YAML syntax errors are left to the parser, which words them better.
llvm::Error checkModelShape(llvm::StringRef Text, llvm::StringRef Name);

} // namespace dmasafe

#endif // DMASAFE_API_MODELFILESHAPE_H
