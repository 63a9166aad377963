//===- InFlightAccessCheck.h - dmasafe-in-flight-access -------------------===//
#ifndef DMASAFE_TIDY_INFLIGHTACCESSCHECK_H
#define DMASAFE_TIDY_INFLIGHTACCESSCHECK_H

#include "FlowCheck.h"

namespace dmasafe {
namespace tidy {

/// A CPU read or write of a buffer between the start of a DMA transfer on
/// it and its completion, in one function: the CPU sees stale data (RX) or
/// the engine sends half-updated data (TX).
///
/// Options:
///   ReportTxReads (false): also report reads of a memory-to-device buffer,
///     which are harmless unless the engine and CPU caches disagree.
///   Pedantic (false): a call to an unknown function that receives the
///     buffer counts as an access (a read when the parameter points to
///     const, a write otherwise).
class InFlightAccessCheck : public FlowCheck {
public:
  InFlightAccessCheck(llvm::StringRef Name,
                      clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void checkFunction(const clang::FunctionDecl &FD, const FunctionFlow &Flow,
                     clang::ASTContext &Ctx) override;

private:
  const bool ReportTxReads;
  const bool Pedantic;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_INFLIGHTACCESSCHECK_H
