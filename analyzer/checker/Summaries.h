//===- Summaries.h - The contracts a function has from its body -----------===//
//
// `dmasafe summarize` (docs/cli.md) runs the analyzer over every unit of a
// build with this checker on (dmasafe.Summaries) and every function
// analysed as a top frame (-analyzer-inlining-mode=all). For each function
// with external linkage and no contract of its own, it writes the contract
// the body gives it, as an ordinary model file (docs/models.md) that later
// runs load, so that what the analysis sees by inlining within a unit holds
// across units too:
//
//   start      a buffer reached from a parameter (`buf`, `x->data`) is in
//              flight when the function returns, on every path or on those
//              that return one value (`success: {equals: V}`): its
//              direction, its length parameter, its handle (a parameter,
//              or what the handle argument was reached from: `&dev->hspi`
//              is `dev`; a global handle: none, the buffer names it);
//   requires-storage
//              a parameter's buffer reaches a parameter that requires
//              storage (no-stack, no-vmalloc, ram, stable) on some path,
//              and no transfer on it outlives the call;
//   wait, abort
//              a wait or abort on a handle reached from a parameter, or a
//              poll of it that the path saw report done (`while
//              (busy(ch)) {}`), on every path (or those returning V); on a
//              handle that is no parameter (a global channel):
//              `wait-signal` without a handle, which completes every
//              transfer.
//
// The derivation runs the one checker's rules (DmaChecker): what is in
// flight at the end of a path is what its transfer map holds, a requirement
// is what its contracts say. A unit that uses the last round's summary
// derives the callers of those functions; the CLI iterates to a fixpoint.
//
// A function that waits or aborts on the handle it starts on (wait for the
// last transfer, then start the next) gets no start: a caller calling it
// twice would be told of a double start that cannot happen.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_CHECKER_SUMMARIES_H
#define DMASAFE_CHECKER_SUMMARIES_H

#include "DmaChecker.h"

#include "clang/StaticAnalyzer/Core/Checker.h"
#include <map>
#include <string>

namespace dmasafe {

class ContractSummaries
    : public clang::ento::Checker<clang::ento::check::PreCall,
                                  clang::ento::check::PostCall,
                                  clang::ento::check::DeadSymbols,
                                  clang::ento::check::EndFunction,
                                  clang::ento::check::EndAnalysis> {
public:
  const DmaChecker *Chk = nullptr;
  /// Where the unit's summary goes (a model file; rewritten after each
  /// function).
  std::string OutputPath;
  /// The last round's summary, also one of the model files: its contracts
  /// are derived again, not taken as the function's own.
  std::string PreviousPath;
  /// The main file, for the summary's header.
  std::string UnitName;

  void checkPreCall(const clang::ento::CallEvent &Call,
                    clang::ento::CheckerContext &C) const;
  void checkPostCall(const clang::ento::CallEvent &Call,
                     clang::ento::CheckerContext &C) const;
  void checkDeadSymbols(clang::ento::SymbolReaper &SR,
                        clang::ento::CheckerContext &C) const;
  void checkEndFunction(const clang::ReturnStmt *RS,
                        clang::ento::CheckerContext &C) const;
  void checkEndAnalysis(clang::ento::ExplodedGraph &G,
                        clang::ento::BugReporter &BR,
                        clang::ento::ExprEngine &Eng) const;

  /// What the paths of one function showed (Summaries.cpp).
  struct Facts;
  /// Writes the unit's summary so far to OutputPath.
  void writeOutput() const;

private:
  mutable std::map<const clang::FunctionDecl *, std::unique_ptr<Facts>> Open;
  /// Derived entries of the unit so far, by function name: where the
  /// function is (a raw source location) and its model text.
  mutable std::map<std::string, std::pair<unsigned, std::string>> Entries;
  Facts &factsOf(const clang::FunctionDecl *FD) const;
  bool summarizable(const clang::FunctionDecl *FD) const;
};

/// Registers dmasafe.Summaries' checker (Plugin.cpp).
void registerSummaries(clang::ento::CheckerManager &Mgr);

} // namespace dmasafe

#endif // DMASAFE_CHECKER_SUMMARIES_H
