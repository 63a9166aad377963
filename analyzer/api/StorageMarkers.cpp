//===- StorageMarkers.cpp - dmasafe markers on variables, fields, types ---===//
//
// Functions and parameters are validated by AnnotationReader.cpp when their
// contract is read. Markers on storage are read where they are used
// (isMarkedStable, isMarkedCompletionFlag); this validates them once, so that
// DMA_OWNED on a global or a typo never passes in silence.
//
//===----------------------------------------------------------------------===//
#include "ApiDescription.h"
#include "semantics/Markers.h"

#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include <optional>

using namespace clang;

namespace dmasafe {
namespace {

/// What \p D is, when no marker has an effect on it: markers describe
/// functions, their parameters and storage, and only where a front-end
/// reads them. Calls through function pointers are not followed, so the
/// parameters of a function type and a typedef of one are never read.
std::optional<llvm::StringRef> inertKind(const Decl *D) {
  if (isa<EnumDecl>(D))
    return llvm::StringRef("an enum");
  if (isa<EnumConstantDecl>(D))
    return llvm::StringRef("an enumerator");
  if (isa<LabelDecl>(D))
    return llvm::StringRef("a label");
  if (const auto *T = dyn_cast<TypedefNameDecl>(D)) {
    QualType U = T->getUnderlyingType();
    if (U->isFunctionPointerType() || U->isFunctionType() ||
        U->isBlockPointerType())
      return llvm::StringRef("a typedef of a function type");
  }
  if (const auto *P = dyn_cast<ParmVarDecl>(D)) {
    const auto *FD = dyn_cast<FunctionDecl>(P->getDeclContext());
    if (!FD || !llvm::is_contained(FD->parameters(), P))
      return llvm::StringRef("a parameter of a function type");
  }
  return std::nullopt;
}

llvm::StringRef kindOf(const Decl *D) {
  if (isa<FieldDecl>(D))
    return "a field";
  if (isa<VarDecl>(D))
    return "a variable";
  return "a type";
}

} // namespace

std::vector<ContractProblem> validateStorageMarkers(const Decl *D) {
  std::vector<ContractProblem> Out;
  if (!D || isa<FunctionDecl>(D))
    return Out;
  const auto *ND = dyn_cast<NamedDecl>(D);
  std::string Name = ND && !ND->getName().empty()
                         ? "'" + ND->getNameAsString() + "'"
                         : std::string("this declaration");
  if (std::optional<llvm::StringRef> Kind = inertKind(D)) {
    for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
      llvm::StringRef Text = A->getAnnotation();
      if (!Text.consume_front(MarkerPrefix))
        continue;
      Out.push_back(
          {A->getLocation().isValid() ? A->getLocation() : D->getLocation(),
           "dmasafe: '" + Text.split('=').first.str() +
               "' has no effect on " + Kind->str() + " (" + Name +
               "); markers apply to function declarations, their "
               "parameters, variables and types"});
    }
    return Out;
  }
  if (!isa<VarDecl, FieldDecl, TypedefNameDecl, RecordDecl>(D) ||
      isa<ParmVarDecl>(D))
    return Out;
  for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Text = A->getAnnotation();
    if (!Text.consume_front(MarkerPrefix))
      continue;
    llvm::StringRef Key = Text.split('=').first;
    SourceLocation Loc = A->getLocation().isValid() ? A->getLocation()
                                                    : D->getLocation();
    if (Key == "stable" && isa<FieldDecl>(D)) {
      // Whether storage is fit is a property of the whole object.
      Out.push_back({Loc, "dmasafe: DMA_STABLE on field " + Name +
                              " has no effect; mark the variable or the "
                              "struct type that holds the buffer"});
      continue;
    }
    if (Key == "stable")
      continue;
    if (Key == "completion-flag") {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!VD || !VD->hasGlobalStorage())
        Out.push_back({Loc, "dmasafe: DMA_COMPLETION_FLAG on " + Name +
                                ", which is not a global or static "
                                "variable"});
      continue;
    }
    if (isParameterMarker(Key) || isFunctionMarker(Key))
      Out.push_back({Loc, "dmasafe: '" + Key.str() + "' does not apply to " +
                              kindOf(D).str() + " (" + Name +
                              "); only DMA_STABLE and DMA_COMPLETION_FLAG "
                              "mark storage"});
    else
      Out.push_back(
          {Loc, "dmasafe: unknown annotation 'dmasafe:" + Key.str() + "'"});
  }
  return Out;
}

} // namespace dmasafe
