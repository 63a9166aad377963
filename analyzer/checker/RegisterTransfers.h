//===- RegisterTransfers.h - The register-level DMA modeling checker ------===//
//
// dmasafe.RegisterModeling: stores to and reads of the DMA controller
// registers a model names (api/RegisterModel.h) arm, start, stop and
// complete transfers in DmaChecker's state (RegisterTransfers.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_CHECKER_REGISTERTRANSFERS_H
#define DMASAFE_CHECKER_REGISTERTRANSFERS_H

#include "CallModel.h"
#include "api/PolledHandles.h"

#include "llvm/ADT/DenseMap.h"

namespace dmasafe {

struct AddressRegister;
struct RegisterAccess;
struct StoredBits;

class RegisterTransfers
    : public clang::ento::Checker<
          clang::ento::check::Bind,
          clang::ento::check::PostStmt<clang::ImplicitCastExpr>,
          clang::ento::check::PostCall,
          clang::ento::check::DeadSymbols, clang::ento::eval::Assume> {
public:
  /// The checker whose state and reports this one shares.
  const DmaChecker *Chk = nullptr;

  void checkBind(clang::ento::SVal Loc, clang::ento::SVal Val,
                 const clang::Stmt *S, clang::ento::CheckerContext &C) const;
  /// LLVM 22's check::Bind signature (compat/LLVMCompat.h).
  void checkBind(clang::ento::SVal Loc, clang::ento::SVal Val,
                 const clang::Stmt *S, bool /*AtDeclInit*/,
                 clang::ento::CheckerContext &C) const {
    checkBind(Loc, Val, S, C);
  }
  void checkPostStmt(const clang::ImplicitCastExpr *E,
                     clang::ento::CheckerContext &C) const;
  /// A call the engine did not inline to a function whose body polls a
  /// handle (api/PolledHandles.h) completes that handle's transfers.
  void checkPostCall(const clang::ento::CallEvent &Call,
                     clang::ento::CheckerContext &C) const;
  /// A call to a function with no body here, given the handle of a
  /// transfer in flight (api/UnknownCallees.h): the state without the
  /// transfers it may have completed.
  clang::ento::ProgramStateRef
  givenToUnknownCallee(const clang::ento::CallEvent &Call,
                       const clang::FunctionDecl *FD,
                       clang::ento::ProgramStateRef State,
                       clang::ento::CheckerContext &C) const;
  void checkDeadSymbols(clang::ento::SymbolReaper &SR,
                        clang::ento::CheckerContext &C) const;
  clang::ento::ProgramStateRef evalAssume(clang::ento::ProgramStateRef State,
                                          clang::ento::SVal Cond,
                                          bool Assumption) const;

private:
  /// handlesPolledBy, once per function definition.
  mutable llvm::DenseMap<const clang::FunctionDecl *, std::vector<PolledHandle>>
      PolledBy;
  /// The node where \p Val's buffer is armed, or null.
  clang::ento::ExplodedNode *armAddress(const RegisterAccess &A, const AddressRegister &AR,
                  clang::ento::SVal Handle, clang::ento::SVal Val,
                  const clang::Stmt *S, clang::ento::CheckerContext &C) const;
  void startChannel(const RegisterAccess &A, clang::ento::SVal Handle,
                    const StoredBits &Bits, llvm::StringRef Member,
                    const clang::Stmt *S, clang::ento::CheckerContext &C,
                    clang::ento::ExplodedNode *Pred = nullptr) const;
  clang::ento::ProgramStateRef endChannel(clang::ento::ProgramStateRef State,
                                          clang::ento::SVal Handle,
                                          unsigned Family,
                                          clang::ento::CheckerContext &C) const;
};

/// The channel a store to or read of register \p A (at \p RegisterLoc)
/// names, as a handle value; none when it cannot be told.
std::optional<clang::ento::SVal> channelHandle(const RegisterAccess &A,
                                               clang::ento::SVal RegisterLoc,
                                               llvm::StringRef Channel,
                                               clang::ento::CheckerContext &C);

/// Whether \p R is device memory (volatile, or inside a volatile object):
/// a peripheral register given as a transfer's end is no buffer.
bool isDeviceMemory(const clang::ento::MemRegion *R);

} // namespace dmasafe

#endif // DMASAFE_CHECKER_REGISTERTRANSFERS_H
