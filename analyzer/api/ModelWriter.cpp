//===- ModelWriter.cpp - A contract written back as a model entry ---------===//
#include "ModelWriter.h"
#include "ModelYaml.h"
#include "compat/LLVMCompat.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/PrettyPrinter.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace dmasafe {
namespace {

std::string requirementList(const BufferParam &B) {
  std::vector<std::string> R;
  if (B.RequiresRam)
    R.push_back("ram");
  if (B.RequiresStable)
    R.push_back("stable");
  if (B.ForbidsStack)
    R.push_back("no-stack");
  if (B.ForbidsVmalloc)
    R.push_back("no-vmalloc");
  return llvm::join(R, ", ");
}

std::string successText(const SuccessCondition &S) {
  switch (S.K) {
  case SuccessCondition::Kind::Always:
    return "";
  case SuccessCondition::Kind::ReturnEquals:
    return "{equals: " + std::to_string(S.Value) + "}";
  case SuccessCondition::Kind::ReturnNonNegative:
    return "{nonnegative: true}";
  case SuccessCondition::Kind::ReturnNonNull:
    return "{nonnull: true}";
  }
  llvm_unreachable("every success condition is in the switch");
}

std::string directionText(const BufferParam &B) {
  if (!B.DirFromArg)
    return modelDirectionName(B.Dir).str();
  std::string Values;
  for (const auto &[V, D] : B.DirFromArg->Values)
    Values += (Values.empty() ? "" : ", ") + std::to_string(V) + ": " +
              modelDirectionName(D).str();
  std::string Mask;
  if (B.DirFromArg->Mask)
    Mask = ", mask: " + std::to_string(*B.DirFromArg->Mask);
  std::string Field;
  if (!B.DirFromArg->Field.empty())
    Field = ", field: " + B.DirFromArg->Field;
  return "{param: " + std::to_string(B.DirFromArg->Param) + Field + Mask +
         ", values: {" + Values + "}}";
}

const BufferParam *bufferAt(const FunctionContract &C, unsigned I) {
  for (const BufferParam &B : C.Buffers)
    if (B.Param == I && B.Field.empty())
      return &B;
  return nullptr;
}

} // namespace

std::string modelEntryText(const FunctionContract &C) {
  std::string Out = "  - name: " + C.Name + "\n";
  if (!C.Api.empty())
    Out += "    api: " + C.Api + "\n";
  std::vector<std::string> Roles;
  for (Role R : C.Roles)
    Roles.push_back(roleName(R).str());
  Out += "    role: " +
         (Roles.size() == 1 ? Roles[0] : "[" + llvm::join(Roles, ", ") + "]") +
         "\n";
  if (C.Handle.K == HandleSpec::Kind::Param)
    Out += "    handle: {param: " + std::to_string(C.Handle.Param) + "}\n";
  else if (C.Handle.K == HandleSpec::Kind::Return)
    Out += "    handle: {return: true}\n";
  if (std::string S = successText(C.Success); !S.empty())
    Out += "    success: " + S + "\n";
  if (!C.Writes.empty())
    Out += "    writes:\n";
  for (const FunctionContract::ParamWrites &W : C.Writes)
    Out += "      - {param: " + std::to_string(W.Param) + ", fields: [" +
           llvm::join(W.Fields, ", ") + "]}\n";
  if (C.Buffers.empty())
    return Out;
  Out += "    buffers:\n";
  bool Starts = C.hasRole(Role::Start);
  for (const BufferParam &B : C.Buffers) {
    Out += "      - param: " + std::to_string(B.Param) + "\n";
    if (!B.Field.empty())
      Out += "        field: " + B.Field + "\n";
    if (Starts)
      Out += "        direction: " + directionText(B) + "\n";
    if (B.LenParam) {
      Out += "        length: {param: " + std::to_string(*B.LenParam);
      if (!B.LenField.empty())
        Out += ", field: " + B.LenField;
      if (B.LenUnit != 1)
        Out += ", unit: " + std::to_string(B.LenUnit);
      Out += "}\n";
    } else if (B.LenEndParam) {
      Out += "        length: {end: " + std::to_string(*B.LenEndParam) + "}\n";
    } else if (B.FixedLen) {
      Out += "        length: {bytes: " + std::to_string(*B.FixedLen) + "}\n";
    }
    if (std::string R = requirementList(B); !R.empty())
      Out += "        requires: [" + R + "]\n";
  }
  return Out;
}

std::string annotatedDeclaration(const FunctionContract &C,
                                 const FunctionDecl *FD) {
  PrintingPolicy Policy(FD->getASTContext().getLangOpts());
  Policy.SuppressTagKeyword = false;
  std::vector<std::string> Before, Unsaid;
  if (C.hasRole(Role::Wait))
    Before.push_back("DMA_WAITS");
  if (C.hasRole(Role::Abort))
    Before.push_back("DMA_ABORTS");
  if (C.hasRole(Role::WaitSignal))
    Before.push_back("DMA_WAITS_SIGNAL");
  if (C.Success.K == SuccessCondition::Kind::ReturnEquals)
    Before.push_back("DMA_SUCCESS_RETURNS(" + std::to_string(C.Success.Value) +
                     ")");
  else if (C.Success.K == SuccessCondition::Kind::ReturnNonNegative)
    Before.push_back("DMA_SUCCESS_NONNEG");
  else if (C.Success.K == SuccessCondition::Kind::ReturnNonNull)
    Unsaid.push_back("success when the result is non-null");
  if (C.Handle.K == HandleSpec::Kind::Return)
    Before.push_back("DMA_RETURNS_HANDLE");
  bool Starts = C.hasRole(Role::Start);
  for (const BufferParam &B : C.Buffers) {
    if (!B.Field.empty())
      Unsaid.push_back("buffer '" + B.Field + "' of parameter " +
                       std::to_string(B.Param + 1));
    if (B.ForbidsStack || B.ForbidsVmalloc)
      Unsaid.push_back("parameter " + std::to_string(B.Param + 1) +
                       " needs DMA-capable memory (" + requirementList(B) +
                       ")");
    if (B.DirFromArg)
      Unsaid.push_back("the direction of parameter " +
                       std::to_string(B.Param + 1) + " is an argument");
  }

  std::string Params;
  for (unsigned I = 0; I < FD->getNumParams(); ++I) {
    const ParmVarDecl *P = FD->getParamDecl(I);
    std::string Type = P->getType().getAsString(Policy);
    std::string Text = Type;
    if (!P->getName().empty())
      Text += (compat::endsWith(Type, "*") ? "" : " ") +
              P->getName().str();
    if (const BufferParam *B = bufferAt(C, I)) {
      if (Starts)
        Text += B->DirFromArg || B->Dir == Direction::Bidirectional
                    ? " DMA_OWNED"
                : B->Dir == Direction::ToDevice ? " DMA_OWNED_TX"
                                                : " DMA_OWNED_RX";
      if (B->RequiresRam)
        Text += " DMA_IN_RAM";
      if (B->RequiresStable)
        Text += " DMA_STABLE";
    }
    for (const BufferParam &B : C.Buffers)
      if (B.LenParam == I && B.LenField.empty())
        Text += B.LenUnit == 1 ? " DMA_LEN"
                               : " DMA_LEN_UNITS(" +
                                     std::to_string(B.LenUnit) + ")";
    if (C.Handle.K == HandleSpec::Kind::Param && C.Handle.Param == I)
      Text += " DMA_HANDLE";
    Params += (I ? ", " : "") + Text;
  }
  if (FD->getNumParams() == 0)
    Params = "void";
  std::string Decl = llvm::join(Before, " ");
  if (!Decl.empty())
    Decl += " ";
  Decl += FD->getReturnType().getAsString(Policy) + " " +
          FD->getNameAsString() + "(" + Params + ");";
  if (!Unsaid.empty())
    Decl += " // model only: " + llvm::join(Unsaid, "; ");
  return Decl;
}

} // namespace dmasafe
