//===- TidyApiState.cpp - One API description per translation unit --------===//
#include "TidyApiState.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Basic/TargetOptions.h"
#include "llvm/ADT/SmallVector.h"
#include <map>
#include <mutex>
#include <tuple>

namespace dmasafe {
namespace tidy {

TidyApiState::TidyApiState(llvm::StringRef ModelFiles,
                           bool ParseUnusedModels) {
  Api.onLoadError(
      [this](const std::string &Message) { LoadErrors.push_back(Message); });
  llvm::SmallVector<llvm::StringRef, 4> Paths;
  ModelFiles.split(Paths, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (llvm::StringRef Path : Paths) {
    Path = Path.trim();
    if (Path.empty())
      continue;
    if (llvm::Error E = ParseUnusedModels ? Api.loadModelFile(Path)
                                          : Api.deferModelFile(Path))
      LoadErrors.push_back(llvm::toString(std::move(E)));
  }
}

std::shared_ptr<TidyApiState>
TidyApiState::acquire(clang::tidy::ClangTidyContext *Context,
                      llvm::StringRef ModelFiles,
                      bool ParseUnusedModels) {
  // Keyed by context and model list: two directories with different
  // .clang-tidy files get different descriptions. Weak references, so the
  // state dies with the last check of the translation unit.
  static std::mutex Lock;
  static std::map<std::tuple<const void *, std::string, bool>,
                  std::weak_ptr<TidyApiState>>
      Live;
  std::lock_guard<std::mutex> Guard(Lock);
  auto &Slot = Live[{Context, ModelFiles.str(), ParseUnusedModels}];
  if (auto Existing = Slot.lock())
    return Existing;
  std::shared_ptr<TidyApiState> Fresh(
      new TidyApiState(ModelFiles, ParseUnusedModels));
  Slot = Fresh;
  return Fresh;
}

const FunctionFlow &TidyApiState::flowOf(const clang::FunctionDecl &FD,
                                         clang::ASTContext &Ctx) {
  if (!Completion)
    Completion = std::make_unique<CompletionKnowledge>(Ctx, Api);
  if (CacheRules && !Cache) {
    const clang::TargetInfo &Target = Ctx.getTargetInfo();
    Cache.emplace(Target.getTriple().str(), Target.getTargetOpts().CPU,
                  CacheRules->Presence, CacheRules->LineSize,
                  CacheRules->NonCacheableSections);
  }
  std::unique_ptr<FunctionFlow> &Slot = Flows[&FD];
  if (!Slot)
    Slot = std::make_unique<FunctionFlow>(analyzeTransfers(
        FD, Ctx, Api, *Completion, Cache ? &*Cache : nullptr));
  return *Slot;
}

} // namespace tidy
} // namespace dmasafe
