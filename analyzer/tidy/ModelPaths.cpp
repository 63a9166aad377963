//===- ModelPaths.cpp - Where the model files of a .clang-tidy are --------===//
#include "ModelPaths.h"

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <algorithm>
#include <dlfcn.h>
#include <map>
#include <mutex>
#include <tuple>
#include <vector>

namespace dmasafe {
namespace tidy {

namespace {

constexpr llvm::StringLiteral OptionName = "DmasafeModelFiles";

#ifdef DMASAFE_MODELS_FROM_PLUGIN
/// The directory of the plugin's own .so, from the loader.
std::string pluginDirectory() {
  Dl_info Info;
  if (!dladdr(reinterpret_cast<void *>(&resolvedModelFiles), &Info) ||
      !Info.dli_fname)
    return "";
  llvm::SmallString<256> Path;
  if (llvm::sys::fs::real_path(Info.dli_fname, Path))
    return "";
  return llvm::sys::path::parent_path(Path).str();
}

/// Every *.yaml of the models directory installed beside the plugin
/// (DMASAFE_MODELS_FROM_PLUGIN is that directory relative to the plugin's,
/// set by cmake/Install.cmake), sorted; empty in a build tree.
std::string installedModels() {
  std::string Plugin = pluginDirectory();
  if (Plugin.empty())
    return "";
  llvm::SmallString<256> Dir(Plugin);
  llvm::sys::path::append(Dir, DMASAFE_MODELS_FROM_PLUGIN);
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; !EC && It != End;
       It.increment(EC))
    if (llvm::sys::path::extension(It->path()) == ".yaml")
      Files.push_back(It->path());
  std::sort(Files.begin(), Files.end());
  return llvm::join(Files, ";");
}
#else
std::string installedModels() { return ""; }
#endif

/// The directory relative paths are relative to: that of the nearest
/// .clang-tidy, from the file's folder up, that names the option (the one
/// clang-tidy takes it from: a nearer file without it either inherits it or
/// replaces it with nothing); the working directory when none does.
/// clang-tidy 19 does not tell a check which source an option came from.
std::string baseFor(llvm::StringRef File) {
  llvm::SmallString<256> Dir(File);
  llvm::sys::fs::make_absolute(Dir);
  llvm::sys::path::remove_filename(Dir);
  while (!Dir.empty()) {
    llvm::SmallString<256> Config(Dir);
    llvm::sys::path::append(Config, ".clang-tidy");
    if (auto Text = llvm::MemoryBuffer::getFile(Config, /*IsText=*/true))
      if ((*Text)->getBuffer().contains(OptionName))
        return Dir.str().str();
    llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return "";
}

std::string absoluteListUncached(llvm::StringRef List, llvm::StringRef Base) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  List.split(Parts, ';', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Out;
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    if (Part.empty())
      continue;
    llvm::SmallString<256> Path(Part);
    if (!Base.empty() && llvm::sys::path::is_relative(Path)) {
      Path = Base;
      llvm::sys::path::append(Path, Part);
    }
    // The working directory for the rest, as the loader would take it.
    llvm::sys::fs::make_absolute(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    Out.push_back(Path.str().str());
  }
  return llvm::join(Out, ";");
}

/// absoluteListUncached, remembered: every check of a unit resolves the
/// same list. A pure function of the list, the base and the working
/// directory, so an entry never goes stale.
std::string absoluteList(llvm::StringRef List, llvm::StringRef Base) {
  llvm::SmallString<256> WorkingDir;
  llvm::sys::fs::current_path(WorkingDir);
  static std::mutex Lock;
  static std::map<std::tuple<std::string, std::string, std::string>,
                  std::string>
      Resolved;
  std::lock_guard<std::mutex> Guard(Lock);
  auto [Slot, Fresh] =
      Resolved.try_emplace({List.str(), Base.str(), WorkingDir.str().str()});
  if (Fresh)
    Slot->second = absoluteListUncached(List, Base);
  return Slot->second;
}

} // namespace

std::string resolvedModelFiles(clang::tidy::ClangTidyContext &Context,
                               llvm::StringRef CheckName) {
  const clang::tidy::ClangTidyOptions &Options = Context.getOptions();
  const std::string Local = (CheckName + "." + OptionName).str();
  auto It = Options.CheckOptions.find(Local);
  if (It == Options.CheckOptions.end())
    It = Options.CheckOptions.find(OptionName);
  if (It == Options.CheckOptions.end())
    return installedModels();
  return absoluteList(It->second.Value, baseFor(Context.getCurrentFile()));
}

} // namespace tidy
} // namespace dmasafe
