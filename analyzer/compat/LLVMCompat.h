//===- LLVMCompat.h - The LLVM API differences dmasafe meets ---*- C++ -*-===//
//
// dmasafe builds from one tree against LLVM 14, 15, 16, 19 and 22
// (CMakeLists.txt, DMASAFE_SUPPORTED_LLVM): a plugin loads only into the
// clang it was built for. Every API difference is one small named helper,
// commented with the LLVM version that changed the API, in this header (LLVM
// ADT and Support, clang-tidy: usable by every layer, the semantics layer
// included) or in AnalyzerCompat.h (the Static Analyzer, for the checker).
// No other file tests LLVM_VERSION_MAJOR.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_COMPAT_LLVMCOMPAT_H
#define DMASAFE_COMPAT_LLVMCOMPAT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/YAMLTraits.h"

#include <optional>

// LLVM 22 moved ClangTidyModuleRegistry into ClangTidyModule.h and
// deprecated its own header (a #warning, an error under -Werror).
#if LLVM_VERSION_MAJOR < 22
#define DMASAFE_TIDY_REGISTRY_HEADER "clang-tidy/ClangTidyModuleRegistry.h"
#else
#define DMASAFE_TIDY_REGISTRY_HEADER "clang-tidy/ClangTidyModule.h"
#endif

// LLVM 16 moved Triple.h from ADT/ to TargetParser/ (ADT/ forwards to it
// until 17).
#if LLVM_VERSION_MAJOR < 16
#define DMASAFE_TRIPLE_HEADER "llvm/ADT/Triple.h"
#else
#define DMASAFE_TRIPLE_HEADER "llvm/TargetParser/Triple.h"
#endif

// The plugins are built with hidden visibility and export only their entry
// points (clang_registerCheckers): LLVM 15 added
// LLVM_ATTRIBUTE_VISIBILITY_DEFAULT for this; GCC and Clang both take the
// attribute.
#define DMASAFE_PLUGIN_EXPORT __attribute__((visibility("default")))

namespace dmasafe {
namespace compat {

/// Whether \p S starts / ends with \p Affix. LLVM 16 added
/// StringRef::starts_with / ends_with (startswith / endswith before, which
/// LLVM 19 deprecates).
inline bool startsWith(llvm::StringRef S, llvm::StringRef Affix) {
  return S.size() >= Affix.size() && S.substr(0, Affix.size()) == Affix;
}
inline bool endsWith(llvm::StringRef S, llvm::StringRef Affix) {
  return S.size() >= Affix.size() && S.substr(S.size() - Affix.size()) == Affix;
}

/// YAML I/O of an optional key into a std::optional. LLVM 16 made
/// IO::mapOptional take std::optional (llvm::Optional before). The other
/// forms pass through, so that a mapping reads the same for every key.
template <typename T>
void mapOptional(llvm::yaml::IO &IO, const char *Key, std::optional<T> &Val) {
#if LLVM_VERSION_MAJOR >= 16
  IO.mapOptional(Key, Val);
#else
  llvm::Optional<T> Old;
  if (Val)
    Old = *Val;
  IO.mapOptional(Key, Old);
  if (Old)
    Val = *Old;
  else
    Val.reset();
#endif
}
template <typename T>
void mapOptional(llvm::yaml::IO &IO, const char *Key, T &Val) {
  IO.mapOptional(Key, Val);
}
template <typename T, typename DefaultT>
void mapOptional(llvm::yaml::IO &IO, const char *Key, T &Val,
                 const DefaultT &Default) {
  IO.mapOptional(Key, Val, Default);
}

} // namespace compat
} // namespace dmasafe

#endif // DMASAFE_COMPAT_LLVMCOMPAT_H
