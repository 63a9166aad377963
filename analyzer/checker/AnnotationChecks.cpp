//===- AnnotationChecks.cpp - Report misplaced dmasafe annotations --------===//
//
// Every problem the API description found in a declaration's markers is
// reported at the marker, once per declaration: a wrong annotation is a
// diagnostic, never a silent change of what the checkers assume.
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"

#include "clang/AST/Decl.h"
#include "api/LabelMarkers.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"

using namespace clang;
using namespace ento;

namespace dmasafe {

namespace {
void reportProblems(const BugType &BT, const Decl *D,
                    const std::vector<ContractProblem> &Problems,
                    AnalysisManager &Mgr, BugReporter &BR) {
  const SourceManager &SM = Mgr.getSourceManager();
  for (const ContractProblem &P : Problems) {
    SourceLocation Loc = P.Loc.isValid() ? P.Loc : D->getLocation();
    auto R = std::make_unique<BasicBugReport>(
        BT, analyzerText(text::annotationMisuse(P.Message)),
        PathDiagnosticLocation(Loc, SM));
    R->setDeclWithIssue(D);
    BR.emitReport(std::move(R));
  }
}
} // namespace

void DmaChecker::checkASTDecl(const Decl *D, AnalysisManager &Mgr,
                              BugReporter &BR) const {
  if (modelBroken(D->getASTContext()))
    return;
  if (const auto *FD = dyn_cast<FunctionDecl>(D);
      FD && ChecksEnabled[CK_AnnotationMisuse] &&
      FD->doesThisDeclarationHaveABody()) {
    reportProblems(*BugTypes[CK_AnnotationMisuse], FD,
                   labelMarkerProblems(FD), Mgr, BR);
  }
  std::vector<ContractProblem> Problems;
  const Decl *Key = D;
  if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
    Key = FD->getCanonicalDecl();
    // Remember wait functions for the fix hints of later reports.
    if (const FunctionContract *FC = Api.lookup(FD))
      noteWaitFunction(*FC, FD);
    if (ChecksEnabled[CK_AnnotationMisuse])
      Problems = Api.problemsOf(FD);
  } else if (ChecksEnabled[CK_AnnotationMisuse]) {
    Problems = validateStorageMarkers(D);
  }
  if (Problems.empty() || !ReportedDecls.insert(Key).second)
    return;
  reportProblems(*BugTypes[CK_AnnotationMisuse], D, Problems, Mgr, BR);
}

} // namespace dmasafe
