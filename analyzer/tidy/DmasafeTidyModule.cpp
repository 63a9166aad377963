//===- DmasafeTidyModule.cpp - The dmasafe clang-tidy module ---------------===//
//
// Loaded with `clang-tidy --load dmasafe-tidy.so -checks='-*,dmasafe-*'`.
// Every check reads DMA contracts from the shared API description
// (annotations + the model files of the global option DmasafeModelFiles).
//
//===----------------------------------------------------------------------===//
#include "AccessInFlightCheck.h"
#include "AnnotationMisuseCheck.h"
#include "StackBufferEscapeCheck.h"
#include "TransferLengthCheck.h"
#include "UnfitStorageCheck.h"
#include "compat/LLVMCompat.h"
#include "clang-tidy/ClangTidyModule.h"
#include DMASAFE_TIDY_REGISTRY_HEADER

namespace dmasafe {
namespace tidy {

class DmasafeModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(
      clang::tidy::ClangTidyCheckFactories &CheckFactories) override {
    CheckFactories.registerCheck<AccessInFlightCheck>(
        "dmasafe-access-in-flight");
    CheckFactories.registerCheck<AnnotationMisuseCheck>(
        "dmasafe-annotation-misuse");
    CheckFactories.registerCheck<StackBufferEscapeCheck>(
        "dmasafe-stack-buffer-escape");
    CheckFactories.registerCheck<TransferLengthCheck>(
        "dmasafe-transfer-length");
    CheckFactories.registerCheck<UnfitStorageCheck>("dmasafe-unfit-storage");
  }
};

} // namespace tidy
} // namespace dmasafe

static clang::tidy::ClangTidyModuleRegistry::Add<dmasafe::tidy::DmasafeModule>
    X("dmasafe-module", "DMA buffer ownership checks.");
