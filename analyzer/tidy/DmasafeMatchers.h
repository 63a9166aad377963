//===- DmasafeMatchers.h - Cheap AST matchers for the dmasafe checks -------===//
//
// The editor runs the checks on every keystroke, and AST matchers run on
// every node of the translation unit, system headers included. These
// matchers reject a node with one or two field reads instead of a tree of
// composed dynamic matchers (anyOf/hasAnyParameter/hasAttr), which matters
// on code that has no DMA call at all: that is most code.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_TIDY_DMASAFEMATCHERS_H
#define DMASAFE_TIDY_DMASAFEMATCHERS_H

#include "TidyApiState.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace dmasafe {
namespace tidy {

/// Whether \p D or one of its parameters carries any `annotate` attribute
/// (the API description decides whether it is a dmasafe one).
inline bool mayBeAnnotated(const clang::FunctionDecl &FD) {
  if (FD.hasAttr<clang::AnnotateAttr>())
    return true;
  for (const clang::ParmVarDecl *P : FD.parameters())
    if (P->hasAttr<clang::AnnotateAttr>())
      return true;
  return false;
}

/// Whether \p FD is annotated or has the name of a modelled function.
inline bool mayBeDescribed(const clang::FunctionDecl &FD,
                           TidyApiState &State) {
  return mayBeAnnotated(FD) || State.Api.mayModel(FD);
}

/// A direct call to a function that may have a DMA contract.
AST_MATCHER_P(clang::CallExpr, callsDescribedFunction, TidyApiState *,
              State) {
  const clang::FunctionDecl *FD = Node.getDirectCallee();
  return FD && mayBeDescribed(*FD, *State);
}

/// A function declaration that may carry dmasafe markers or be modelled.
AST_MATCHER_P(clang::FunctionDecl, isDescribedFunction, TidyApiState *,
              State) {
  return mayBeDescribed(Node, *State);
}

/// A declaration other than a function with an `annotate` attribute: storage
/// (variable, field, typedef, record) and the kinds no marker applies to.
AST_MATCHER(clang::Decl, isAnnotatedStorage) {
  if (!Node.hasAttrs() || !Node.hasAttr<clang::AnnotateAttr>())
    return false;
  // Parameters too: those of function types are never read (a real
  // function's parameters are validated with the function).
  return llvm::isa<clang::VarDecl, clang::FieldDecl, clang::TypedefNameDecl,
                   clang::RecordDecl, clang::EnumDecl,
                   clang::EnumConstantDecl, clang::LabelDecl>(Node);
}

} // namespace tidy
} // namespace dmasafe

#endif // DMASAFE_TIDY_DMASAFEMATCHERS_H
