//===- AnalyzerCompat.h - Static Analyzer API differences -------*- C++ -*-===//
//
// The Clang Static Analyzer API differences between the LLVM versions
// dmasafe builds against (LLVMCompat.h has the rest and says which): one
// small named helper each, commented with the LLVM version that changed the
// API. Only the checker includes this header.
//
// Not a helper, but part of the same story: LLVM 22 passes check::Bind
// callbacks whether the bind initializes a declaration (`bool AtDeclInit`).
// The checkers declare both signatures, the new one forwarding to the old
// (DmaChecker.h, RegisterTransfers.h, CacheCoherence.h); each LLVM calls the
// one it knows.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_COMPAT_ANALYZERCOMPAT_H
#define DMASAFE_COMPAT_ANALYZERCOMPAT_H

#include "compat/LLVMCompat.h"

#include "clang/AST/Decl.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ExplodedGraph.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/MemRegion.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramState.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SVals.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/iterator_range.h"

#include <optional>

namespace dmasafe {
namespace compat {

/// `V.getAs<T>()` as a std::optional. LLVM 16 made SVal::getAs return
/// std::optional; before, it returned llvm::Optional.
template <typename T> std::optional<T> svalAs(clang::ento::SVal V) {
#if LLVM_VERSION_MAJOR >= 16
  return V.template getAs<T>();
#else
  if (auto X = V.template getAs<T>())
    return *X;
  return std::nullopt;
#endif
}

/// Whether \p V is a \p T. LLVM 15 made SVal work with llvm::isa; LLVM 14
/// has only SVal::getAs.
template <typename T> bool svalIs(clang::ento::SVal V) {
  return static_cast<bool>(V.template getAs<T>());
}

/// An integer the analyzer hands out (ConcreteInt::getValue,
/// SymIntExpr::getRHS, BasicValueFactory::getValue) as an APSInt. LLVM 20
/// made them return an APSIntPtr instead of a `const APSInt &`.
inline const llvm::APSInt &apsInt(const llvm::APSInt &V) { return V; }
#if LLVM_VERSION_MAJOR >= 20
inline const llvm::APSInt &apsInt(clang::ento::APSIntPtr P) { return *P; }
#endif

/// The symbols \p Sym is built from, itself included. SymExpr::symbols()
/// replaced symbol_begin / symbol_end after LLVM 16 (19 has only symbols()).
inline llvm::iterator_range<clang::ento::SymExpr::symbol_iterator>
symbolsOf(clang::ento::SymbolRef Sym) {
#if LLVM_VERSION_MAJOR >= 17
  return Sym->symbols();
#else
  return llvm::make_range(Sym->symbol_begin(), Sym->symbol_end());
#endif
}

/// An error node (a sink) after \p Pred rather than after the current
/// node. LLVM 16 added CheckerContext::generateErrorNode(State, Pred); \p
/// Checker stands in for the tag it uses, the running checker.
inline clang::ento::ExplodedNode *
generateErrorNode(clang::ento::CheckerContext &C,
                  clang::ento::ProgramStateRef State,
                  clang::ento::ExplodedNode *Pred,
                  const clang::ProgramPointTag *Checker) {
#if LLVM_VERSION_MAJOR >= 16
  (void)Checker;
  return C.generateErrorNode(State, Pred);
#else
  return C.generateSink(State, Pred, Checker);
#endif
}

/// The memory space \p R lives in, as the region itself says. LLVM 21
/// (llvm-project PR #123003) lets the state refine an Unknown space and
/// keeps the stateless query as getRawMemorySpace(); dmasafe asks only for
/// stack, globals and heap spaces, which the state never refines.
inline const clang::ento::MemSpaceRegion *
memorySpace(const clang::ento::MemRegion *R) {
#if LLVM_VERSION_MAJOR >= 21
  return R->getRawMemorySpace();
#else
  return R->getMemorySpace();
#endif
}

/// The width in bits of the bit-field \p FD. LLVM 20 dropped the
/// ASTContext parameter of FieldDecl::getBitWidthValue.
inline unsigned bitWidth(const clang::FieldDecl *FD, const clang::ASTContext &Ctx) {
#if LLVM_VERSION_MAJOR >= 20
  (void)Ctx;
  return FD->getBitWidthValue();
#else
  return FD->getBitWidthValue(Ctx);
#endif
}

/// A fresh value of type \p T for the expression \p E being evaluated.
/// LLVM 21 keys conjured symbols by the CFG element being evaluated
/// (C.getCFGElementRef()) instead of the expression.
inline clang::ento::DefinedOrUnknownSVal
conjureValue(clang::ento::CheckerContext &C, const void *Tag,
             const clang::Expr *E, clang::QualType T, unsigned Count) {
#if LLVM_VERSION_MAJOR >= 21
  (void)E;
  return C.getSValBuilder().conjureSymbolVal(Tag, C.getCFGElementRef(),
                                             C.getLocationContext(), T, Count);
#else
  return C.getSValBuilder().conjureSymbolVal(Tag, E, C.getLocationContext(), T,
                                             Count);
#endif
}

/// A fresh symbol of type \p T for the statement \p S being evaluated
/// (LLVM 21: keyed by the CFG element, as conjureValue).
inline const clang::ento::SymbolConjured *
conjureSymbol(clang::ento::CheckerContext &C, const clang::Stmt *S,
              clang::QualType T, unsigned Count, const void *Tag) {
#if LLVM_VERSION_MAJOR >= 21
  (void)S;
  return C.getSymbolManager().conjureSymbol(
      C.getCFGElementRef(), C.getLocationContext(), T, Count, Tag);
#else
  return C.getSymbolManager().conjureSymbol(S, C.getLocationContext(), T,
                                            Count, Tag);
#endif
}

/// \p State with \p Items (values or regions) invalidated by the statement
/// \p E being evaluated (LLVM 21: keyed by the CFG element, as
/// conjureValue). Given \p Call, every global too, as core's evaluation of
/// an unknown call does.
template <typename ItemsT>
clang::ento::ProgramStateRef
invalidate(clang::ento::ProgramStateRef State, const ItemsT &Items,
           clang::ento::CheckerContext &C, const clang::Expr *E,
           unsigned Count, bool CausesPointerEscape,
           const clang::ento::CallEvent *Call = nullptr,
           clang::ento::RegionAndSymbolInvalidationTraits *Traits = nullptr) {
#if LLVM_VERSION_MAJOR >= 21
  (void)E;
  return State->invalidateRegions(Items, C.getCFGElementRef(), Count,
                                  C.getLocationContext(), CausesPointerEscape,
                                  /*IS=*/nullptr, Call, Traits);
#else
  return State->invalidateRegions(Items, E, Count, C.getLocationContext(),
                                  CausesPointerEscape, /*IS=*/nullptr, Call,
                                  Traits);
#endif
}

/// The base of `p->f` for the value \p P of `p`, pointing to a \p Pointee,
/// as the engine's member access makes it: a field of another region of the
/// same bytes is another location to the store. LLVM 16's
/// ExprEngine::VisitMemberExpr takes element 0 of a symbolic region (19
/// already reads `p` as that element); LLVM 14 and 15 the bare region.
inline clang::ento::SVal arrowBase(clang::ento::ProgramStateRef State,
                                   clang::ento::SVal P, clang::QualType Pointee) {
#if LLVM_VERSION_MAJOR >= 16
  const auto *SR =
      llvm::dyn_cast_or_null<clang::ento::SymbolicRegion>(P.getAsRegion());
  if (!SR)
    return P;
  clang::ento::ProgramStateManager &Mgr = State->getStateManager();
  return clang::ento::loc::MemRegionVal(Mgr.getRegionManager().getElementRegion(
      Pointee, Mgr.getSValBuilder().makeZeroArrayIndex(), SR, Mgr.getContext()));
#else
  (void)State;
  (void)Pointee;
  return P;
#endif
}

/// The node the analysis of \p G started from, or null when \p G is
/// empty. LLVM 21 gave the graph one root (getRoot) for its list of roots.
inline const clang::ento::ExplodedNode *
graphRoot(const clang::ento::ExplodedGraph &G) {
#if LLVM_VERSION_MAJOR >= 21
  return G.getRoot();
#else
  return G.num_roots() ? *G.roots_begin() : nullptr;
#endif
}

} // namespace compat
} // namespace dmasafe

#endif // DMASAFE_COMPAT_ANALYZERCOMPAT_H
