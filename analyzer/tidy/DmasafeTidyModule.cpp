// Placeholder module; replaced by the clang-tidy checks (issue 5).
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
namespace {
class DmasafeModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &) override {}
};
} // namespace
static clang::tidy::ClangTidyModuleRegistry::Add<DmasafeModule>
    X("dmasafe-module", "DMA buffer ownership checks.");
