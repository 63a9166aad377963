//===- MappingFlow.h - The mapping discipline over one function's flow ----===//
//
// semantics/MappingDiscipline.h in the tidy flow. A start that returns its
// handle, in a family with an error test (dma_map_single and
// dma_mapping_error), makes a mapping that awaits its test; the flow keeps,
// per transfer and per CFG point, whether it is Untested, Failed (the
// test's error branch) or Settled (FlowState::Mapping):
//
//   map call                          -> Untested (other mappings kept in
//                                        the same handle: Settled)
//   error test on its handle          -> Settled; its error edge: Failed
//   the handle given to a function
//     defined in this unit, or
//     overwritten (`*map = 0`)         -> Settled (when unsure, say nothing)
//   unmap / sync on its handle        -> reported when every path has it
//                                        Untested or Failed; then Settled
//   return with it Untested on every
//     path and in flight, its handle
//     kept outside the function       -> reported (kept untested)
//
// An unmap or sync on the handle of a mapping in flight or armed on every
// path is compared with its map: size and direction, when both calls name
// them as constants.
//
// Handles are matched by ObjectKey equality: a test of another variable
// (a copy) tests nothing the flow can see.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_MAPPINGFLOW_H
#define DMASAFE_TIDY_MAPPINGFLOW_H

#include "FlowState.h"
#include "TransferFlow.h"

namespace clang {
class BinaryOperator;
class ReturnStmt;
} // namespace clang

namespace dmasafe {
namespace tidy {

/// Whether storing into \p LHS keeps a value past the function's end: a
/// member or element of a local object does not, anything reached through
/// a pointer or a global does.
bool outlivesFunction(const clang::Expr *LHS);

class MappingFlow {
public:
  MappingFlow(FunctionFlow &Out, const clang::ASTContext &Ctx,
              ApiDescription &Api)
      : Out(Out), Ctx(Ctx), Api(Api) {}

  /// The error test a transfer of start \p K awaits, or "": a start that
  /// returns its handle in a family with a test (errorTestFor).
  std::string errorTestOf(const FunctionContract &K) const;

  /// Map call \p CE made transfers \p Own: they await their test.
  void mapped(const clang::CallExpr *CE, llvm::ArrayRef<unsigned> Own,
              FlowState &S) const;
  /// A modelled call \p CE that is no start: an error test settles the
  /// mappings of its handle; an unmap or sync is checked against them
  /// (before the call changes what is in flight).
  void call(const clang::CallExpr *CE, const FunctionContract &K,
            FlowState &S, bool Report);
  /// The error edge of the error test of \p Handle.
  void failed(const clang::Expr *Handle, FlowState &S) const;
  /// A call of a function defined in this unit (it may test what it is
  /// given).
  void givenToDefinedCallee(const clang::CallExpr *CE, FlowState &S) const;
  /// `LHS = RHS`: a handle copied out of the function, or overwritten.
  void assigned(const clang::BinaryOperator *BO, FlowState &S);
  /// The function returns (\p RS, or null at the end of its body, \p At).
  void leaves(const clang::ReturnStmt *RS, clang::SourceLocation At,
              FlowState &S, bool Report);

private:
  /// Whether the handle argument \p E of a call names transfer \p T's.
  bool names(const TransferSite &T, const clang::Expr *E) const;
  /// The mapping's size or direction as the unmap or sync \p CE names
  /// them differently from the map; "".
  std::string mismatch(const TransferSite &T, const clang::CallExpr *CE,
                       const FunctionContract &K) const;
  void report(unsigned T, clang::SourceLocation At, std::string Text);

  FunctionFlow &Out;
  const clang::ASTContext &Ctx;
  ApiDescription &Api;
};

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_MAPPINGFLOW_H
