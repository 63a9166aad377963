//===- ApiDescription.cpp - Merge annotations and models ------------------===//
#include "ApiDescription.h"
#include "ModelFileShape.h"
#include "ModelIndex.h"
#include "ShippedModelIndex.h"
#include "RegisterModel.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Type.h"
#include "clang/Basic/IdentifierTable.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace clang;

namespace dmasafe {

bool FunctionContract::hasRole(Role R) const {
  return llvm::is_contained(Roles, R);
}

const FunctionContract::ParamWrites *
FunctionContract::writesOf(unsigned Param) const {
  for (const ParamWrites &W : Writes)
    if (W.Param == Param)
      return &W;
  return nullptr;
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
  llvm::Error E = Buf ? loadModelText((*Buf)->getBuffer(), Path)
                      : Buf.takeError();
  if (E)
    LoadFailed = true;
  return E;
}

llvm::Error ApiDescription::loadModelText(llvm::StringRef Text,
                                          llvm::StringRef Name) {
  return addParsed(parseModelFile, Text, Name);
}

llvm::Error ApiDescription::addParsed(ModelParser Parse, llvm::StringRef Text,
                                      llvm::StringRef Name) {
  llvm::StringMap<FunctionContract> Parsed;
  std::vector<RegisterBlock> Blocks;
  if (llvm::Error E = Parse(Text, Name, Parsed, &Blocks))
    return E;
  addModels(std::move(Parsed), Blocks);
  return llvm::Error::success();
}

void ApiDescription::addModels(llvm::StringMap<FunctionContract> Parsed,
                               const std::vector<RegisterBlock> &Blocks) {
  if (!Registers)
    Registers = std::make_shared<std::vector<RegisterBlock>>();
  llvm::append_range(*Registers, Blocks);
  for (auto &Entry : Parsed) {
    auto Old = Models.find(Entry.getKey());
    // Another SDK's function of the same name (NuttX's stm32_dmasetup has
    // three signatures across chip families), or another generation of it
    // (`params:`): kept for the declarations its headers and parameter
    // count match. The same headers and count again are an override.
    if (Old != Models.end() &&
        (Old->getValue().DeclaredIn != Entry.getValue().DeclaredIn ||
         Old->getValue().ParamCount != Entry.getValue().ParamCount))
      OtherHeaders[Entry.getKey()].push_back(std::move(Old->getValue()));
    Models.insert_or_assign(Entry.getKey(), std::move(Entry.getValue()));
  }
}

llvm::Error ApiDescription::deferModelFile(llvm::StringRef Path) {
  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> Buf =
      readModelFile(Path);
  if (!Buf) {
    LoadFailed = true;
    return Buf.takeError();
  }
  DeferredModel D;
  llvm::StringRef Text = (*Buf)->getBuffer();
  std::optional<std::vector<llvm::StringRef>> Names;
  if ((D.Shipped = findShippedModel(Text)))
    Names.emplace(D.Shipped->Names.begin(), D.Shipped->Names.end());
  else
    Names = modelIndexNames(Text);
  if (Names && !Names->empty()) {
    D.Names = std::move(*Names);
    D.Text = std::move(*Buf);
  } else {
    // A scan cannot tell what it describes, or it names nothing (empty, or
    // not a model at all): parsed now, its contracts added in their turn.
    D.Blocks = std::make_shared<std::vector<RegisterBlock>>();
    if (llvm::Error E = parseModelFile((*Buf)->getBuffer(), Path, D.Parsed,
                                       D.Blocks.get())) {
      LoadFailed = true;
      return E;
    }
  }
  Deferred.push_back(std::move(D));
  return llvm::Error::success();
}

void ApiDescription::loadUsedModels(const IdentifierTable &Idents) {
  if (Deferred.empty())
    return;
  // In the order given, so that a later file wins (addModels) as when
  // every file is loaded at once.
  std::vector<DeferredModel> Pending = std::move(Deferred);
  Deferred.clear();
  for (DeferredModel &D : Pending) {
    if (!D.Text) {
      addModels(std::move(D.Parsed), *D.Blocks);
      continue;
    }
    auto Named = [&](llvm::StringRef N) {
      return Idents.find(N) != Idents.end();
    };
    if (llvm::none_of(D.Names, Named))
      continue;
    // Of a shipped model only the entries the unit names, unchecked again.
    llvm::StringRef Id = D.Text->getBufferIdentifier();
    llvm::Error E =
        D.Shipped ? addParsed(parseShapeCheckedModel,
                              usedEntriesText(*D.Shipped, Named), Id)
                  : loadModelText(D.Text->getBuffer(), Id);
    if (E) {
      LoadFailed = true;
      std::string Message = llvm::toString(std::move(E));
      if (LoadErrorHandler)
        LoadErrorHandler(Message);
    }
  }
}

bool ApiDescription::mayModel(const FunctionDecl &FD) {
  const IdentifierInfo *II = FD.getIdentifier();
  if (!II)
    return false;
  loadUsedModels(FD.getASTContext().Idents);
  return Models.count(II->getName());
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

bool ApiDescription::describesHeaderOf(llvm::StringRef Family,
                                       const FunctionDecl *FD) {
  unsigned Id =
      DescribedFamilies.try_emplace(Family, DescribedFamilies.size())
          .first->second;
  auto Key = std::make_pair(Id, FD->getCanonicalDecl());
  if (auto It = DescribedHeaders.find(Key); It != DescribedHeaders.end())
    return It->second;
  // The same globs recur on every entry of a model file: try each once.
  llvm::StringSet<> Tried;
  auto Declares = [&](const FunctionContract &C) {
    return C.Api == Family && !C.DeclaredIn.empty() &&
           Tried.insert(llvm::join(C.DeclaredIn, "\n")).second &&
           declaredInModelHeader(C, FD);
  };
  bool Described = llvm::any_of(Models, [&](const auto &Entry) {
    return Declares(Entry.getValue());
  });
  for (const auto &Entry : OtherHeaders)
    Described = Described || llvm::any_of(Entry.getValue(), Declares);
  DescribedHeaders[Key] = Described;
  return Described;
}

const FunctionContract *ApiDescription::lookup(const FunctionDecl *FD) {
  if (!FD)
    return nullptr;
  loadUsedModels(FD->getASTContext().Idents);
  if (const FunctionContract *M = fittingModel(FD))
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

const FunctionContract *
ApiDescription::fittingModel(const FunctionDecl *FD) {
  const IdentifierInfo *II = FD->getIdentifier();
  const FunctionContract *M = II ? lookupModel(II->getName()) : nullptr;
  if (!M)
    return nullptr;
  const Decl *Key = FD->getCanonicalDecl();
  auto [It, New] = FittingModel.try_emplace(Key, nullptr);
  if (!New)
    return It->second;
  auto Describes = [FD](const FunctionContract &C) {
    return declaredInModelHeader(C, FD) &&
           (!C.ParamCount || *C.ParamCount == FD->getNumParams());
  };
  const FunctionContract *Chosen = Describes(*M) ? M : nullptr;
  if (!Chosen) {
    auto Others = OtherHeaders.find(II->getName());
    if (Others != OtherHeaders.end())
      for (const FunctionContract &O : llvm::reverse(Others->getValue()))
        if (Describes(O)) {
          Chosen = &O;
          break;
        }
  }
  if (!Chosen)
    return nullptr; // another function of the same name: not a misfit
  if (std::optional<std::string> Why = modelMismatch(*Chosen, FD)) {
    ContractProblem P{FD->getLocation(),
                      "dmasafe: the " + Chosen->Origin + " entry for '" +
                          Chosen->Name + "' does not fit its declaration: " +
                          *Why};
    Problems.push_back(P);
    ModelProblems[Key].push_back(std::move(P));
    return nullptr;
  }
  return It->second = Chosen;
}

std::vector<ContractProblem>
ApiDescription::problemsOf(const FunctionDecl *FD) {
  loadUsedModels(FD->getASTContext().Idents);
  const Decl *Key = FD->getCanonicalDecl();
  if (const IdentifierInfo *II = FD->getIdentifier())
    if (lookupModel(II->getName()) && !fittingModel(FD)) {
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
