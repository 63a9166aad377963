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
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace dmasafe {
namespace {

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
  if (!D || isa<FunctionDecl, ParmVarDecl>(D))
    return Out;
  if (!isa<VarDecl, FieldDecl, TypedefNameDecl, RecordDecl>(D))
    return Out;
  const auto *ND = dyn_cast<NamedDecl>(D);
  std::string Name = ND && !ND->getName().empty()
                         ? "'" + ND->getNameAsString() + "'"
                         : std::string("this declaration");
  for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Text = A->getAnnotation();
    if (!Text.consume_front(MarkerPrefix))
      continue;
    llvm::StringRef Key = Text.split('=').first;
    SourceLocation Loc = A->getLocation().isValid() ? A->getLocation()
                                                    : D->getLocation();
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
