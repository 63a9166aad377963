//===- InFlightAccessCheck.cpp - dmasafe-in-flight-access -----------------===//
#include "InFlightAccessCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace dmasafe {
namespace tidy {

InFlightAccessCheck::InFlightAccessCheck(
    llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
    : FlowCheck(Name, Context),
      ReportTxReads(boolOption("ReportTxReads", false)),
      Pedantic(boolOption("Pedantic", false)) {}

void InFlightAccessCheck::storeOptions(
    clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  storeBoolOption(Opts, "ReportTxReads", ReportTxReads);
  storeBoolOption(Opts, "Pedantic", Pedantic);
}

void InFlightAccessCheck::checkFunction(const FunctionDecl &FD,
                                        const FunctionFlow &Flow,
                                        ASTContext &) {
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
    std::string Via =
        A.ViaCall ? text::quoted(A.ViaCall->getNameAsString()) : "";
    diag(A.Access->getBeginLoc(), "%0") << tidyText(text::accessInFlight(
        Write, bufferText(T.Buffer), Via, T.Dir));
    diag(T.Start->getBeginLoc(), "%0", DiagnosticIDs::Note)
        << text::startSiteNote(
               text::quoted(T.Start->getDirectCallee()->getNameAsString()),
               T.Armed && !T.MaybeTriggered, text::engineOwnsUntilCompletion());
  }
}

} // namespace tidy
} // namespace dmasafe
