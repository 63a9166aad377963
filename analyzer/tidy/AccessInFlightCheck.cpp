//===- AccessInFlightCheck.cpp - dmasafe-access-in-flight ------------------===//
#include "AccessInFlightCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace dmasafe {
namespace tidy {

AccessInFlightCheck::AccessInFlightCheck(
    llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
    : DmasafeCheck(Name, Context),
      ReportTxReads(boolOption("ReportTxReads", false)),
      Pedantic(boolOption("Pedantic", false)) {}

void AccessInFlightCheck::storeOptions(
    clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  storeBoolOption(Opts, "ReportTxReads", ReportTxReads);
  storeBoolOption(Opts, "Pedantic", Pedantic);
}

void AccessInFlightCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(describedCall(),
               forCallable(functionDecl(isDefinition()).bind("fn"))),
      this);
}

void AccessInFlightCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  if (!FD || !Done.insert(FD).second)
    return;
  const FunctionFlow &Flow = state().flowOf(*FD, *Result.Context);
  llvm::DenseSet<const Expr *> Reported;
  for (const AccessFinding &A : Flow.Accesses) {
    const TransferSite &T = Flow.Transfers[A.Transfer];
    if (A.ViaUnknownCall && !Pedantic)
      continue;
    if (A.Kind == AccessKind::Read && T.Dir == Direction::ToDevice &&
        !ReportTxReads)
      continue;
    if (!Reported.insert(A.Access).second)
      continue;
    bool Write = A.Kind == AccessKind::Write;
    if (A.ViaCall)
      diag(A.Access->getBeginLoc(),
           "%0 %select{reads|writes}1 '%2' while a %3 DMA transfer owns it")
          << A.ViaCall << Write << bufferName(T.Buffer)
          << directionName(T.Dir);
    else
      diag(A.Access->getBeginLoc(),
           "%select{read of|write to}0 '%1' while a %2 DMA transfer owns it")
          << Write << bufferName(T.Buffer) << directionName(T.Dir);
    diag(T.Start->getBeginLoc(),
         "DMA transfer %select{started|set up}1 here by %0%select{|, started "
         "by a later trigger on its handle}1; the buffer is the engine's until "
         "a wait, a poll that reports completion or an abort",
         DiagnosticIDs::Note)
        << T.Start->getDirectCallee() << (T.Armed && !T.MaybeTriggered);
  }
}

} // namespace tidy
} // namespace dmasafe
