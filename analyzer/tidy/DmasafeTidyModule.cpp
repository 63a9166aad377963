//===- DmasafeTidyModule.cpp - The dmasafe clang-tidy module ---------------===//
//
// Loaded with `clang-tidy --load dmasafe-tidy.so -checks='-*,dmasafe-*'`.
// One check per rule of semantics/Findings.def that one function's flow can
// decide, named as the rule's analyzer checker is (dmasafe.InFlightAccess
// <-> dmasafe-in-flight-access). Every check reads DMA contracts from the
// shared API description (annotations + the model files of the global
// option DmasafeModelFiles).
//
//===----------------------------------------------------------------------===//
#include "AnnotationMisuseCheck.h"
#include "CacheCoherenceCheck.h"
#include "InFlightAccessCheck.h"
#include "MappingDisciplineCheck.h"
#include "ReleaseInFlightCheck.h"
#include "RenamedCheck.h"
#include "TransferLengthCheck.h"
#include "UnfitStorageCheck.h"
#include "compat/LLVMCompat.h"
#include "semantics/Findings.h"
#include "clang-tidy/ClangTidyModule.h"
#include DMASAFE_TIDY_REGISTRY_HEADER

namespace dmasafe {
namespace tidy {

namespace {

using clang::tidy::ClangTidyCheckFactories;

/// Registers \p CheckT under the name of rule \p F, and under the names the
/// rule had before (RenamedCheck.h).
template <typename CheckT>
void registerRule(ClangTidyCheckFactories &Factories, Finding F) {
  Factories.registerCheck<CheckT>(tidyCheckName(F));
  for (llvm::StringRef Old : renamedTidyChecks(F))
    Factories.registerCheckFactory(
        Old, [F](llvm::StringRef OldName, clang::tidy::ClangTidyContext *Ctx)
                 -> std::unique_ptr<clang::tidy::ClangTidyCheck> {
          if (Ctx->isCheckEnabled(tidyCheckName(F)))
            return std::make_unique<RenamedCheck>(OldName, Ctx);
          noticeRenamedCheck(*Ctx, OldName, tidyCheckName(F));
          return std::make_unique<CheckT>(OldName, Ctx);
        });
}

/// The check of each rule: a rule of Findings.def that is not decided here
/// does not compile (-Wswitch -Werror).
void registerCheckOf(ClangTidyCheckFactories &Factories, Finding F) {
  switch (F) {
  case Finding::InFlightAccess:
    return registerRule<InFlightAccessCheck>(Factories, F);
  case Finding::ReleaseInFlight:
    return registerRule<ReleaseInFlightCheck>(Factories, F);
  case Finding::UnfitStorage:
    return registerRule<UnfitStorageCheck>(Factories, F);
  case Finding::TransferLength:
    return registerRule<TransferLengthCheck>(Factories, F);
  case Finding::AnnotationMisuse:
    return registerRule<AnnotationMisuseCheck>(Factories, F);
  case Finding::MappingDiscipline:
    return registerRule<MappingDisciplineCheck>(Factories, F);
  case Finding::CacheCoherence:
    return registerRule<CacheCoherenceCheck>(Factories, F);
  // Rules that need paths through calls or across the function's end: the
  // analyzer's only.
  case Finding::DoubleStart:
  case Finding::LostTransfer:
    return;
  }
}

} // namespace

class DmasafeModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    for (Finding F : allFindings())
      registerCheckOf(CheckFactories, F);
  }
};

} // namespace tidy
} // namespace dmasafe

static clang::tidy::ClangTidyModuleRegistry::Add<dmasafe::tidy::DmasafeModule>
    X("dmasafe-module", "DMA buffer ownership checks.");
