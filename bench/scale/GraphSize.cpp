//===- GraphSize.cpp - Exploded-graph size per function, for bench/scale --===//
//
// A separate plugin (dmasafe-graph-size.so) with one checker,
// `dmasafebench.GraphSize`, that prints after each top-level function
//
//   dmasafe-graph-size: <function> nodes <N> steps-left <yes|no>
//
// on stderr: the number of nodes of its exploded graph and whether the
// analysis stopped with work left, i.e. hit the step budget
// (max-nodes / the per-function step limit). clang 19's own statistics
// (-analyzer-stats, debug.Stats) do not give the node count in a release
// build of LLVM. It is separate from dmasafe-analyzer.so so that it can be
// loaded into core-only runs and next to any other build of the plugin (the
// BEFORE figures), and it adds no node and no state of its own.
//
//===----------------------------------------------------------------------===//
#include "compat/AnalyzerCompat.h"

#include "clang/AST/Decl.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ExprEngine.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace ento;

namespace {

class GraphSize : public Checker<check::EndAnalysis> {
public:
  void checkEndAnalysis(ExplodedGraph &G, BugReporter &,
                        ExprEngine &Eng) const {
    std::string Name = "?";
    if (const ExplodedNode *Root = dmasafe::compat::graphRoot(G)) {
      const Decl *D = Root->getLocationContext()->getDecl();
      if (const auto *ND = dyn_cast_or_null<NamedDecl>(D))
        Name = ND->getNameAsString();
    }
    llvm::errs() << "dmasafe-graph-size: " << Name << " nodes "
                 << G.size() << " steps-left "
                 << (Eng.hasEmptyWorkList() ? "no" : "yes") << "\n";
  }
};

void registerGraphSize(CheckerManager &Mgr) {
  Mgr.registerChecker<GraphSize>();
}
bool shouldRegister(const CheckerManager &) { return true; }

} // namespace

// Exported: the plugin is built with hidden visibility (dmasafe_clang_target).
extern "C" DMASAFE_PLUGIN_EXPORT const char
    clang_analyzerAPIVersionString[] =
    CLANG_ANALYZER_API_VERSION_STRING;

extern "C" DMASAFE_PLUGIN_EXPORT void
clang_registerCheckers(CheckerRegistry &Registry) {
  Registry.addChecker(registerGraphSize, shouldRegister,
                      "dmasafebench.GraphSize",
                      "Prints the exploded graph's size per function "
                      "(bench/scale)",
                      "bench/scale/README.md", /*IsHidden=*/false);
}
