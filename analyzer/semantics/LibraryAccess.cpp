//===- LibraryAccess.cpp - The C library access table ---------------------===//
//
// The union of what the analyzer's and the tidy checks' tables knew.
//
//===----------------------------------------------------------------------===//
#include "semantics/LibraryAccess.h"

#include "llvm/ADT/StringMap.h"

namespace dmasafe {
namespace {

constexpr bool R = false, W = true;
constexpr std::optional<unsigned> NoSize = std::nullopt;

// Operand lists shared by several functions.
constexpr LibraryOperand CopyN[] = {{0, W, 2}, {1, R, 2}};
constexpr LibraryOperand CopyStr[] = {{0, W, NoSize}, {1, R, NoSize}};
constexpr LibraryOperand CopyStrN[] = {{0, W, 2}, {1, R, NoSize}};
constexpr LibraryOperand SetN[] = {{0, W, 2}};
constexpr LibraryOperand ZeroN[] = {{0, W, 1}};
constexpr LibraryOperand CompareN[] = {{0, R, 2}, {1, R, 2}};
constexpr LibraryOperand CompareStr[] = {{0, R, NoSize}, {1, R, NoSize}};
constexpr LibraryOperand ReadFirstN[] = {{0, R, 2}};
constexpr LibraryOperand ReadFirst[] = {{0, R, NoSize}};
constexpr LibraryOperand ReadSecond[] = {{1, R, NoSize}};
constexpr LibraryOperand WriteFirst[] = {{0, W, NoSize}};
constexpr LibraryOperand WriteFirstSize1[] = {{0, W, 1}};
constexpr LibraryOperand Tokenize[] = {{0, W, NoSize}, {1, R, NoSize}};
constexpr LibraryOperand ReadFdN[] = {{1, R, 2}};
constexpr LibraryOperand WriteFdN[] = {{1, W, 2}};
constexpr LibraryOperand VReadFormat1[] = {{0, W, NoSize}, {1, R, NoSize}};
constexpr LibraryOperand VReadFormat2[] = {{0, W, 1}, {2, R, NoSize}};

struct LibraryFunction {
  llvm::StringLiteral Name;
  LibraryAccess Access;
};

const LibraryFunction LibraryFunctions[] = {
    // Memory.
    {"memcpy", {CopyN, {}}},
    {"memmove", {CopyN, {}}},
    {"mempcpy", {CopyN, {}}},
    {"memset", {SetN, {}}},
    {"bzero", {ZeroN, {}}},
    {"explicit_bzero", {ZeroN, {}}},
    {"memcmp", {CompareN, {}}},
    {"bcmp", {CompareN, {}}},
    {"memchr", {ReadFirstN, {}}},
    // Strings: the byte count is unknown, the first byte is certain.
    {"strcpy", {CopyStr, {}}},
    {"stpcpy", {CopyStr, {}}},
    {"strncpy", {CopyStrN, {}}},
    {"stpncpy", {CopyStrN, {}}},
    {"strcat", {CopyStr, {}}},
    {"strncat", {CopyStr, {}}},
    {"strlen", {ReadFirst, {}}},
    {"strnlen", {ReadFirst, {}}},
    {"strcmp", {CompareStr, {}}},
    {"strncmp", {CompareStr, {}}},
    {"strchr", {ReadFirst, {}}},
    {"strrchr", {ReadFirst, {}}},
    {"strstr", {CompareStr, {}}},
    {"strpbrk", {CompareStr, {}}},
    {"strspn", {CompareStr, {}}},
    {"strcspn", {CompareStr, {}}},
    {"strtok", {Tokenize, {}}},
    {"strtok_r", {Tokenize, {}}},
    {"sscanf", {CompareStr, {}}},
    {"strtod", {ReadFirst, {}}},
    {"strtol", {ReadFirst, {}}},
    {"strtoul", {ReadFirst, {}}},
    {"atoi", {ReadFirst, {}}},
    {"atol", {ReadFirst, {}}},
    // Formatted output.
    {"printf", {{}, 0}},
    {"fprintf", {{}, 1}},
    {"dprintf", {{}, 1}},
    {"sprintf", {WriteFirst, 1}},
    {"snprintf", {WriteFirstSize1, 2}},
    {"vsprintf", {VReadFormat1, {}}},
    {"vsnprintf", {VReadFormat2, {}}},
    // Streams and descriptors.
    {"puts", {ReadFirst, {}}},
    {"fputs", {ReadFirst, {}}},
    {"fwrite", {ReadFirst, {}}},
    {"fread", {WriteFirst, {}}},
    {"fgets", {WriteFirstSize1, {}}},
    {"gets", {WriteFirst, {}}},
    {"write", {ReadFdN, {}}},
    {"send", {ReadFdN, {}}},
    {"read", {WriteFdN, {}}},
    {"recv", {WriteFdN, {}}},
};

const llvm::StringMap<const LibraryAccess *> &table() {
  static const llvm::StringMap<const LibraryAccess *> Table = [] {
    llvm::StringMap<const LibraryAccess *> T;
    for (const LibraryFunction &E : LibraryFunctions)
      T[E.Name] = &E.Access;
    return T;
  }();
  return Table;
}

} // namespace

const LibraryAccess *libraryAccess(llvm::StringRef Name) {
  Name.consume_front("__builtin_");
  // __memcpy_chk(dst, src, n, dstlen): the same first arguments. The
  // fortified printf family puts flags before the format: not matched.
  if (Name.consume_front("__") && Name.consume_back("_chk")) {
    const LibraryAccess *A = table().lookup(Name);
    return A && !A->FormatArg ? A : nullptr;
  }
  return table().lookup(Name);
}

bool isLibraryDeallocator(llvm::StringRef Name) {
  return Name == "free" || Name == "realloc";
}

std::vector<std::pair<unsigned, bool>> formatAccesses(llvm::StringRef Format,
                                                      unsigned FirstArg) {
  std::vector<std::pair<unsigned, bool>> Out;
  unsigned Arg = FirstArg;
  for (size_t I = 0; I < Format.size(); ++I) {
    if (Format[I] != '%')
      continue;
    // Flags, width, precision and length up to the conversion letter.
    for (++I; I < Format.size(); ++I) {
      char C = Format[I];
      if (C == '*') {
        ++Arg; // a width or precision argument
        continue;
      }
      if (llvm::StringRef("-+ #0123456789.hlLqjzt'").contains(C))
        continue;
      if (C == 's')
        Out.push_back({Arg, R});
      else if (C == 'n')
        Out.push_back({Arg, W});
      if (C != '%')
        ++Arg;
      break;
    }
  }
  return Out;
}

} // namespace dmasafe
