//===- ModelPaths.h - Where the model files of a .clang-tidy are ----------===//
//
// DmasafeModelFiles is a ';'-separated list of YAML paths. A relative path
// is relative to the directory of the .clang-tidy file that sets it, so a
// project's .clang-tidy works wherever clang-tidy runs; with no such file
// (the option given by --config or --config-file) it is relative to the
// working directory. When no configuration sets the option, the models
// installed with the plugin (<prefix>/share/dmasafe/models/*.yaml) are
// loaded.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_MODELPATHS_H
#define DMASAFE_TIDY_MODELPATHS_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang {
namespace tidy {
class ClangTidyContext;
} // namespace tidy
} // namespace clang

namespace dmasafe {
namespace tidy {

/// The model list for the checks of the current file, with absolute paths.
/// \p CheckName is the check's name: its local option wins, as in
/// OptionsView::getLocalOrGlobal.
std::string resolvedModelFiles(clang::tidy::ClangTidyContext &Context,
                               llvm::StringRef CheckName);

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_MODELPATHS_H
