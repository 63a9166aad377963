//===- ApiDescription.cpp - Merge annotations and models ------------------===//
#include "ApiDescription.h"
#include "ModelFileShape.h"
#include "RegisterModel.h"

#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace clang;

namespace dmasafe {

bool FunctionContract::hasRole(Role R) const {
  return llvm::is_contained(Roles, R);
}

llvm::StringRef directionName(Direction D) {
  switch (D) {
  case Direction::ToDevice: return "memory-to-device";
  case Direction::FromDevice: return "device-to-memory";
  case Direction::Bidirectional: return "bidirectional";
  }
  llvm_unreachable("unknown direction");
}

llvm::StringRef storageKindName(StorageKind K) {
  switch (K) {
  case StorageKind::Vmalloc: return "vmalloc";
  }
  llvm_unreachable("unknown storage kind");
}

llvm::Error ApiDescription::loadModelFile(llvm::StringRef Path) {
  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> Buf =
      readModelFile(Path);
  if (!Buf)
    return Buf.takeError();
  return loadModelText((*Buf)->getBuffer(), Path);
}

llvm::Error ApiDescription::loadModelText(llvm::StringRef Text,
                                          llvm::StringRef Name) {
  llvm::StringMap<FunctionContract> Parsed;
  std::vector<RegisterBlock> Blocks;
  if (llvm::Error E = parseModelFile(Text, Name, Parsed, &Blocks))
    return E;
  if (!Registers)
    Registers = std::make_shared<std::vector<RegisterBlock>>();
  llvm::append_range(*Registers, Blocks);
  for (auto &Entry : Parsed)
    Models.insert_or_assign(Entry.getKey(), std::move(Entry.getValue()));
  return llvm::Error::success();
}

const std::vector<RegisterBlock> &ApiDescription::registerBlocks() const {
  static const std::vector<RegisterBlock> None;
  return Registers ? *Registers : None;
}

const FunctionContract *
ApiDescription::lookupModel(llvm::StringRef Name) const {
  auto It = Models.find(Name);
  return It == Models.end() ? nullptr : &It->getValue();
}

const FunctionContract *ApiDescription::lookup(const FunctionDecl *FD) {
  if (!FD)
    return nullptr;
  if (const IdentifierInfo *II = FD->getIdentifier())
    if (const FunctionContract *M = lookupModel(II->getName()))
      if (modelFits(*M, FD))
        return M;
  const Decl *Key = FD->getCanonicalDecl();
  readAnnotationsOnce(FD);
  return Annotated.lookup(Key);
}

void ApiDescription::readAnnotationsOnce(const FunctionDecl *FD) {
  const Decl *Key = FD->getCanonicalDecl();
  if (Annotated.count(Key))
    return;
  std::vector<ContractProblem> Found;
  std::optional<FunctionContract> C = readAnnotations(FD, Found);
  Problems.insert(Problems.end(), Found.begin(), Found.end());
  DeclProblems[Key] = std::move(Found);
  const FunctionContract *Stored = nullptr;
  if (C) {
    AnnotatedStorage.push_back(std::move(*C));
    Stored = &AnnotatedStorage.back();
  }
  Annotated[Key] = Stored;
}

bool ApiDescription::modelFits(const FunctionContract &M,
                               const FunctionDecl *FD) {
  const Decl *Key = FD->getCanonicalDecl();
  auto [It, New] = ModelFits.try_emplace(Key, true);
  if (!New)
    return It->second;
  if (!declaredInModelHeader(M, FD)) {
    It->second = false; // another function of the same name: not a misfit
    return false;
  }
  if (std::optional<std::string> Why = modelMismatch(M, FD)) {
    It->second = false;
    ContractProblem P{FD->getLocation(),
                      "dmasafe: the " + M.Origin + " entry for '" + M.Name +
                          "' does not fit its declaration: " + *Why};
    Problems.push_back(P);
    ModelProblems[Key].push_back(std::move(P));
  }
  return It->second;
}

std::vector<ContractProblem>
ApiDescription::problemsOf(const FunctionDecl *FD) {
  const Decl *Key = FD->getCanonicalDecl();
  if (const IdentifierInfo *II = FD->getIdentifier())
    if (const FunctionContract *M = lookupModel(II->getName()))
      if (!modelFits(*M, FD)) {
        std::vector<ContractProblem> All = ModelProblems[Key];
        readAnnotationsOnce(FD);
        llvm::append_range(All, DeclProblems[Key]);
        return All;
      }
  readAnnotationsOnce(FD);
  return DeclProblems[Key];
}

static bool hasMarker(const Decl *D, llvm::StringRef Text) {
  for (const auto *A : D->specific_attrs<AnnotateAttr>())
    if (A->getAnnotation() == Text)
      return true;
  return false;
}

static bool typeHasMarker(QualType T, llvm::StringRef Text) {
  while (!T.isNull()) {
    if (const auto *TT = T->getAs<TypedefType>())
      if (hasMarker(TT->getDecl(), Text))
        return true;
    if (const auto *RD = T->getAsRecordDecl())
      if (hasMarker(RD, Text))
        return true;
    const Type *Elem = T->getArrayElementTypeNoTypeQual();
    if (!Elem)
      break;
    T = QualType(Elem, 0);
  }
  return false;
}

bool ApiDescription::isMarkedStable(const VarDecl *VD) {
  if (!VD)
    return false;
  for (const VarDecl *R : VD->redecls())
    if (hasMarker(R, "dmasafe:stable"))
      return true;
  return typeHasMarker(VD->getType(), "dmasafe:stable");
}

bool ApiDescription::isMarkedCompletionFlag(const VarDecl *VD) {
  if (!VD)
    return false;
  for (const VarDecl *R : VD->redecls())
    if (hasMarker(R, "dmasafe:completion-flag"))
      return true;
  return false;
}

} // namespace dmasafe
