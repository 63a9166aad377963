//===- AnnotationReader.cpp - dmasafe:* annotations into contracts --------===//
//
// Reads the `annotate("dmasafe:...")` attributes that dmasafe/annotations.h
// produces. Every marker is validated; a wrong one becomes a ContractProblem
// at the attribute's location and is left out of the contract, so that a
// typo never silently changes what the checkers assume.
//
//===----------------------------------------------------------------------===//
#include "ApiDescription.h"
#include "semantics/Markers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSwitch.h"
#include <algorithm>

using namespace clang;

namespace dmasafe {
namespace {

/// A marker as written: its text after "dmasafe:" and where it stands.
struct Marker {
  llvm::StringRef Key;   ///< "owned", "len", "success-returns", ...
  llvm::StringRef Value; ///< text after '=', empty when none
  SourceLocation Loc;
};

SourceLocation markerLoc(const Attr *A, const Decl *D) {
  SourceLocation L = A->getLocation();
  return L.isValid() ? L : D->getLocation();
}

llvm::SmallVector<Marker, 4> markersOf(const Decl *D) {
  llvm::SmallVector<Marker, 4> Out;
  for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Text = A->getAnnotation();
    if (!Text.consume_front(MarkerPrefix))
      continue;
    auto [Key, Value] = Text.split('=');
    Out.push_back({Key, Value, markerLoc(A, D)});
  }
  return Out;
}

/// Integer value of \p Text: a literal, or the name of an enumerator
/// (DMA_SUCCESS_RETURNS(HAL_OK) stringizes to "HAL_OK").
std::optional<int64_t> integerValue(llvm::StringRef Text,
                                    const FunctionDecl *FD) {
  Text = Text.trim();
  int64_t V;
  if (!Text.getAsInteger(0, V))
    return V;
  ASTContext &Ctx = FD->getASTContext();
  auto Found = Ctx.getTranslationUnitDecl()->lookup(
      DeclarationName(&Ctx.Idents.get(Text)));
  for (const NamedDecl *ND : Found)
    if (const auto *EC = dyn_cast<EnumConstantDecl>(ND))
      return EC->getInitVal().getExtValue();
  return std::nullopt;
}

/// Collects the markers of all redeclarations, parameter by parameter.
class ContractBuilder {
public:
  ContractBuilder(const FunctionDecl *FD, std::vector<ContractProblem> &P)
      : FD(FD), Problems(P), ParamMarkers(FD->getNumParams()) {}

  std::optional<FunctionContract> build() {
    collect();
    if (FunctionMarkers.empty() && !anyParamMarker())
      return std::nullopt;
    FunctionContract C;
    C.Name = FD->getNameAsString();
    C.Origin = "annotation";
    C.Api = "annotated";
    readParams(C);
    readFunctionMarkers(C);
    checkRoles(C);
    if (C.Roles.empty())
      return std::nullopt;
    return C;
  }

private:
  void problem(SourceLocation L, const llvm::Twine &Msg) {
    Problems.push_back({L, Msg.str()});
  }

  std::string paramName(unsigned I) const {
    const ParmVarDecl *P = FD->getParamDecl(I);
    return P->getName().empty() ? "#" + std::to_string(I + 1)
                                : "'" + P->getName().str() + "'";
  }

  void collect() {
    for (const FunctionDecl *Redecl : FD->redecls()) {
      for (const Marker &M : markersOf(Redecl)) {
        if (isFunctionMarker(M.Key))
          FunctionMarkers.push_back(M);
        else if (isKnownMarker(M.Key))
          problem(M.Loc, "dmasafe: '" + M.Key +
                             "' does not apply to a function");
        else
          problem(M.Loc, "dmasafe: unknown annotation 'dmasafe:" + M.Key + "'");
      }
      for (unsigned I = 0, N = std::min(Redecl->getNumParams(),
                                        FD->getNumParams());
           I < N; ++I)
        for (const Marker &M : markersOf(Redecl->getParamDecl(I))) {
          if (isParameterMarker(M.Key) || M.Key == "stable")
            ParamMarkers[I].push_back(M);
          else if (isKnownMarker(M.Key))
            problem(M.Loc, "dmasafe: '" + M.Key +
                               "' does not apply to a parameter");
          else
            problem(M.Loc,
                    "dmasafe: unknown annotation 'dmasafe:" + M.Key + "'");
        }
    }
  }

  bool anyParamMarker() const {
    for (const auto &Ms : ParamMarkers)
      if (!Ms.empty())
        return true;
    return false;
  }

  static bool isPointerLike(QualType T) {
    return T->isPointerType() || T->isArrayType();
  }

  void readParams(FunctionContract &C) {
    std::vector<unsigned> LenParams;
    std::optional<uint64_t> LenUnit;
    for (unsigned I = 0; I < ParamMarkers.size(); ++I) {
      QualType T = FD->getParamDecl(I)->getType();
      BufferParam B;
      B.Param = I;
      bool Owned = false;
      std::optional<Direction> Dir;
      SourceLocation DirLoc;
      for (const Marker &M : ParamMarkers[I]) {
        if (M.Key == "owned") {
          if (!isPointerLike(T)) {
            problem(M.Loc, "dmasafe: DMA_OWNED on parameter " + paramName(I) +
                               " of type '" + T.getAsString() +
                               "', which is not a pointer");
            continue;
          }
          Owned = true;
        } else if (M.Key == "dir") {
          std::optional<Direction> D =
              llvm::StringSwitch<std::optional<Direction>>(M.Value)
                  .Case("tx", Direction::ToDevice)
                  .Case("rx", Direction::FromDevice)
                  .Default(std::nullopt);
          if (!D)
            problem(M.Loc, "dmasafe: unknown direction '" + M.Value +
                               "' (expected tx or rx)");
          else if (Dir && *Dir != *D)
            problem(M.Loc, "dmasafe: parameter " + paramName(I) +
                               " is marked both TX and RX; use DMA_OWNED "
                               "for a buffer the engine reads and writes");
          else {
            Dir = D;
            DirLoc = M.Loc;
          }
        } else if (M.Key == "len") {
          if (!T->isIntegerType()) {
            problem(M.Loc, "dmasafe: DMA_LEN on parameter " + paramName(I) +
                               " of type '" + T.getAsString() +
                               "', which is not an integer");
            continue;
          }
          if (!M.Value.empty()) {
            uint64_t U;
            if (M.Value.getAsInteger(0, U) || U == 0) {
              problem(M.Loc, "dmasafe: DMA_LEN_UNITS needs a positive "
                             "integer, got '" +
                                 M.Value + "'");
              continue;
            }
            LenUnit = U;
          }
          LenParams.push_back(I);
        } else if (M.Key == "len-arg") {
          unsigned Idx;
          if (M.Value.getAsInteger(0, Idx) || Idx < 1 ||
              Idx > FD->getNumParams()) {
            problem(M.Loc, "dmasafe: DMA_LEN_ARG(" + M.Value +
                               ") is out of range: '" + FD->getName() +
                               "' has " +
                               std::to_string(FD->getNumParams()) +
                               " parameters (indices start at 1)" +
                               (FD->isVariadic()
                                    ? "; the arguments of '...' cannot be "
                                      "described"
                                    : ""));
            continue;
          }
          if (!FD->getParamDecl(Idx - 1)->getType()->isIntegerType()) {
            problem(M.Loc, "dmasafe: DMA_LEN_ARG(" + M.Value +
                               ") names parameter " + paramName(Idx - 1) +
                               ", which is not an integer");
            continue;
          }
          B.LenParam = Idx - 1;
        } else if (M.Key == "handle") {
          if (!isPointerLike(T) && !T->isIntegerType()) {
            problem(M.Loc, "dmasafe: DMA_HANDLE on parameter " +
                               paramName(I) + " of type '" + T.getAsString() +
                               "'; a handle is a pointer or a channel number");
            continue;
          }
          if (C.Handle.K == HandleSpec::Kind::Param &&
              C.Handle.Param != I) {
            problem(M.Loc, "dmasafe: '" + FD->getName() +
                               "' has more than one DMA_HANDLE parameter");
            continue;
          }
          C.Handle = {HandleSpec::Kind::Param, I};
        } else if (M.Key == "in-ram" || M.Key == "stable") {
          if (!isPointerLike(T)) {
            problem(M.Loc, "dmasafe: '" + M.Key + "' on parameter " +
                               paramName(I) + ", which is not a pointer");
            continue;
          }
          (M.Key == "in-ram" ? B.RequiresRam : B.RequiresStable) = true;
        }
      }
      if (Dir && !Owned)
        problem(DirLoc, "dmasafe: a direction on parameter " + paramName(I) +
                            " that is not DMA_OWNED");
      if (!Owned) {
        if (B.RequiresRam || B.RequiresStable)
          Requirements.push_back(B);
        continue;
      }
      B.Dir = Dir.value_or(Direction::Bidirectional);
      C.Buffers.push_back(B);
    }

    for (BufferParam &B : C.Buffers) {
      if (LenUnit)
        B.LenUnit = *LenUnit;
      if (B.LenParam)
        continue;
      if (LenParams.size() == 1)
        B.LenParam = LenParams.front();
      else if (LenParams.size() > 1 && C.Buffers.size() > 1)
        problem(FD->getLocation(),
                "dmasafe: '" + FD->getName() +
                    "' has several DMA_LEN parameters and several owned "
                    "buffers; say which length is whose with DMA_LEN_ARG");
      else if (LenParams.size() > 1)
        B.LenParam = LenParams.front();
    }
    if (!C.Buffers.empty())
      C.Roles.push_back(Role::Start);
  }

  void readFunctionMarkers(FunctionContract &C) {
    for (const Marker &M : FunctionMarkers) {
      if (M.Key == "success-returns") {
        std::optional<int64_t> V = integerValue(M.Value, FD);
        if (!V) {
          problem(M.Loc, "dmasafe: DMA_SUCCESS_RETURNS(" + M.Value +
                             ") is neither an integer nor an enumerator");
          continue;
        }
        if (FD->getReturnType()->isVoidType()) {
          problem(M.Loc, "dmasafe: DMA_SUCCESS_RETURNS on '" + FD->getName() +
                             "', which returns void");
          continue;
        }
        C.Success = {SuccessCondition::Kind::ReturnEquals, *V};
      } else if (M.Key == "success-nonneg") {
        if (!FD->getReturnType()->isIntegerType()) {
          problem(M.Loc, "dmasafe: DMA_SUCCESS_NONNEG on '" + FD->getName() +
                             "', which does not return an integer");
          continue;
        }
        C.Success = {SuccessCondition::Kind::ReturnNonNegative, 0};
      } else if (M.Key == "returns-handle") {
        QualType R = FD->getReturnType();
        if (!R->isIntegerType() && !R->isPointerType()) {
          problem(M.Loc, "dmasafe: DMA_RETURNS_HANDLE on '" + FD->getName() +
                             "', which returns '" + R.getAsString() +
                             "'; a handle is a pointer or an integer");
          continue;
        }
        ReturnsHandle = M.Loc;
      } else if (M.Key == "arms") {
        ArmsLoc = M.Loc;
      } else if (M.Key == "completion-callback" && !M.Value.empty()) {
        // DMA_COMPLETION_CALLBACK_TX / _RX: runs for one direction only.
        if (M.Value != "tx" && M.Value != "rx") {
          problem(M.Loc, "dmasafe: unknown completion direction '" + M.Value +
                             "'; expected tx or rx");
          continue;
        }
        C.Completes = M.Value == "tx" ? Direction::ToDevice
                                      : Direction::FromDevice;
        if (!C.hasRole(Role::CompletionCallback))
          C.Roles.push_back(Role::CompletionCallback);
        RoleLoc[static_cast<unsigned>(Role::CompletionCallback)] = M.Loc;
      } else {
        // Every other function marker names its role (Roles.def).
        Role R = *roleOfMarker(M.Key);
        if (!C.hasRole(R))
          C.Roles.push_back(R);
        RoleLoc[static_cast<unsigned>(R)] = M.Loc;
      }
    }
  }

  SourceLocation locOf(Role R) const {
    SourceLocation L = RoleLoc[static_cast<unsigned>(R)];
    return L.isValid() ? L : FD->getLocation();
  }

  void dropRole(FunctionContract &C, Role R) {
    llvm::erase_if(C.Roles, [R](Role X) { return X == R; });
  }

  void checkRoles(FunctionContract &C) {
    if (ArmsLoc.isValid()) {
      if (!C.hasRole(Role::Start))
        problem(ArmsLoc, "dmasafe: DMA_ARMS on '" + FD->getName() +
                             "', which has no DMA_OWNED parameter to set up");
      else if (C.Handle.K != HandleSpec::Kind::Param)
        problem(ArmsLoc, "dmasafe: DMA_ARMS on '" + FD->getName() +
                             "', which has no DMA_HANDLE parameter a "
                             "trigger could name");
      else
        std::replace(C.Roles.begin(), C.Roles.end(), Role::Start, Role::Arm);
    }
    bool Starts = C.hasRole(Role::Start) || C.hasRole(Role::Arm);
    if (ReturnsHandle.isValid()) {
      if (!Starts)
        problem(ReturnsHandle, "dmasafe: DMA_RETURNS_HANDLE on '" +
                                   FD->getName() +
                                   "', which has no DMA_OWNED parameter");
      else if (C.Handle.K == HandleSpec::Kind::Param)
        problem(ReturnsHandle, "dmasafe: '" + FD->getName() +
                                   "' has both a DMA_HANDLE parameter and "
                                   "DMA_RETURNS_HANDLE");
      else
        C.Handle = {HandleSpec::Kind::Return, 0};
    }

    if (C.hasRole(Role::PollBusy) && C.hasRole(Role::PollDone)) {
      problem(locOf(Role::PollDone), "dmasafe: '" + FD->getName() +
                                         "' is marked both DMA_POLL_BUSY and "
                                         "DMA_POLL_DONE");
      dropRole(C, Role::PollBusy);
      dropRole(C, Role::PollDone);
    }
    for (Role R : {Role::PollBusy, Role::PollDone})
      if (C.hasRole(R) && !FD->getReturnType()->isScalarType()) {
        problem(locOf(R), "dmasafe: '" + FD->getName() +
                              "' polls a transfer but returns no value to "
                              "test");
        dropRole(C, R);
      }

    for (Role R : {Role::Signal, Role::WaitSignal})
      if (C.hasRole(R) && C.Roles.size() > 1) {
        problem(locOf(R), "dmasafe: '" + FD->getName() + "' is marked " +
                              roleName(R) +
                              " and has other roles; a function that gives "
                              "or takes a kernel object does only that");
        dropRole(C, R);
      }

    for (Role R : {Role::Wait, Role::Abort, Role::PollBusy, Role::PollDone,
                   Role::ErrorTest, Role::Trigger, Role::Suspend,
                   Role::Signal}) {
      if (!C.hasRole(R))
        continue;
      if (Starts) {
        problem(locOf(R), "dmasafe: '" + FD->getName() + "' is marked " +
                              roleName(R) +
                              " and also has DMA_OWNED parameters; a "
                              "function either starts or completes");
        dropRole(C, R);
      } else if (C.Handle.K != HandleSpec::Kind::Param) {
        problem(locOf(R), "dmasafe: '" + FD->getName() + "' is marked " +
                              roleName(R) +
                              " but has no DMA_HANDLE parameter naming the "
                              "transfer");
        dropRole(C, R);
      }
    }

    for (Role R : {Role::CacheClean, Role::CacheInvalidate}) {
      if (!C.hasRole(R))
        continue;
      std::optional<unsigned> Ptr;
      for (unsigned I = 0; I < FD->getNumParams(); ++I)
        if (isPointerLike(FD->getParamDecl(I)->getType())) {
          Ptr = I;
          break;
        }
      if (!Ptr) {
        problem(locOf(R), "dmasafe: '" + FD->getName() +
                              "' maintains the cache but takes no pointer");
        dropRole(C, R);
        continue;
      }
      if (llvm::none_of(C.Buffers,
                        [&](const BufferParam &B) { return B.Param == *Ptr; })) {
        BufferParam B;
        B.Param = *Ptr;
        for (unsigned I = 0; I < ParamMarkers.size(); ++I)
          for (const Marker &M : ParamMarkers[I])
            if (M.Key == "len")
              B.LenParam = I;
        C.Buffers.push_back(B);
      }
    }

    // Storage requirements on parameters of functions that do not start a
    // transfer themselves (a driver that stores the pointer for later) are
    // still contracts: the tidy check for unfit storage reads them.
    if (!Starts && !Requirements.empty()) {
      for (const BufferParam &B : Requirements)
        C.Buffers.push_back(B);
      C.Roles.push_back(Role::RequiresStorage);
    } else if (Starts) {
      for (const BufferParam &Req : Requirements)
        problem(FD->getParamDecl(Req.Param)->getLocation(),
                "dmasafe: parameter " + paramName(Req.Param) +
                    " requires DMA storage but is not DMA_OWNED; put the "
                    "requirement on the owned buffer");
    }
  }

  const FunctionDecl *FD;
  std::vector<ContractProblem> &Problems;
  std::vector<llvm::SmallVector<Marker, 2>> ParamMarkers;
  llvm::SmallVector<Marker, 4> FunctionMarkers;
  std::vector<BufferParam> Requirements;
  SourceLocation ReturnsHandle;
  SourceLocation ArmsLoc;
  /// Where each role's marker stands, by Role.
  SourceLocation RoleLoc[allRolesCount()];
};

} // namespace

std::optional<FunctionContract>
readAnnotations(const FunctionDecl *FD,
                std::vector<ContractProblem> &Problems) {
  return ContractBuilder(FD, Problems).build();
}

} // namespace dmasafe
