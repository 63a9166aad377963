//===- ModelDeclCheck.cpp - Does a model entry fit the real declaration? --===//
//
// A model file is written without the vendor header at hand, so its indices
// and field paths are checked again when the function's declaration is
// seen: an index past the last parameter, a buffer that is not a pointer,
// a field the struct does not have. A model that does not fit is not used
// (the call is analysed as if unmodeled) and the mismatch is reported.
//
//===----------------------------------------------------------------------===//
#include "ApiDescription.h"
#include "MemberLookup.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/GlobPattern.h"

using namespace clang;

namespace dmasafe {
namespace {

class DeclFit {
public:
  DeclFit(const FunctionContract &C, const FunctionDecl *FD) : C(C), FD(FD) {}

  std::optional<std::string> firstMismatch() {
    for (const BufferParam &B : C.Buffers) {
      if (!inRange(B.Param, "buffer"))
        return Problem;
      if (!checkBuffer(B))
        return Problem;
      if (B.LenParam && B.LenField.empty() &&
          !integerParam(*B.LenParam, "length"))
        return Problem;
      if (B.LenParam && !B.LenField.empty() && !checkLengthField(B))
        return Problem;
      if (B.LenEndParam && !checkEnd(*B.LenEndParam))
        return Problem;
      if (B.DirFromArg && B.DirFromArg->Field.empty() &&
          !integerParam(B.DirFromArg->Param, "direction"))
        return Problem;
      if (B.DirFromArg && !B.DirFromArg->Field.empty() &&
          !checkDirectionField(*B.DirFromArg))
        return Problem;
    }
    if (C.Handle.K == HandleSpec::Kind::Param) {
      if (!inRange(C.Handle.Param, "handle"))
        return Problem;
      QualType T = paramType(C.Handle.Param);
      if (!T->isPointerType() && !T->isIntegralOrEnumerationType())
        return fail("handle parameter " + std::to_string(C.Handle.Param) +
                    " has type '" + T.getAsString() +
                    "'; a handle is a pointer or a channel number");
    }
    QualType Ret = FD->getReturnType();
    if (C.Handle.K == HandleSpec::Kind::Return && !Ret->isPointerType() &&
        !Ret->isIntegralOrEnumerationType())
      return fail("it returns '" + Ret.getAsString() +
                  "', which cannot be a handle");
    if (C.TriggerParam && !integerParam(*C.TriggerParam, "trigger"))
      return Problem;
    if (C.MappingLenParam && !integerParam(*C.MappingLenParam, "length"))
      return Problem;
    if (C.MappingDir && !integerParam(C.MappingDir->Param, "direction"))
      return Problem;
    if (C.Handle.K == HandleSpec::Kind::Mask &&
        !integerParam(C.Handle.Param, "channel mask"))
      return Problem;
    if (C.Callback && !checkCallback(*C.Callback))
      return Problem;
    for (const FunctionContract::ParamWrites &W : C.Writes)
      if (!checkWrites(W))
        return Problem;
    if (C.Success.K != SuccessCondition::Kind::Always && Ret->isVoidType())
      return fail("it has a success condition but returns void");
    if ((C.hasRole(Role::PollBusy) || C.hasRole(Role::PollDone) ||
         C.hasRole(Role::ErrorTest)) &&
        !Ret->isScalarType())
      return fail("it polls or tests a transfer but returns no value to "
                  "test");
    return std::nullopt;
  }

private:
  std::optional<std::string> fail(const std::string &Msg) {
    Problem = Msg;
    return Problem;
  }

  QualType paramType(unsigned I) const {
    return FD->getParamDecl(I)->getType().getCanonicalType();
  }

  bool inRange(unsigned I, llvm::StringRef What) {
    if (I < FD->getNumParams())
      return true;
    fail(What.str() + " parameter " + std::to_string(I) +
         " is out of range: the function has " +
         std::to_string(FD->getNumParams()) +
         " parameters (indices start at 0)");
    return false;
  }

  bool integerParam(unsigned I, llvm::StringRef What) {
    if (!inRange(I, What))
      return false;
    QualType T = paramType(I);
    if (T->isIntegralOrEnumerationType())
      return true;
    fail(What.str() + " parameter " + std::to_string(I) + " has type '" +
         T.getAsString() + "', which is not an integer");
    return false;
  }

  static bool addressLike(QualType T) {
    return T->isPointerType() || T->isArrayType() ||
           T->isIntegralOrEnumerationType();
  }

  bool checkBuffer(const BufferParam &B) {
    QualType T = paramType(B.Param);
    std::string Where = "buffer parameter " + std::to_string(B.Param);
    if (B.Field.empty()) {
      if (addressLike(T))
        return true;
      fail(Where + " has type '" + T.getAsString() +
           "', which is neither a pointer nor an address");
      return false;
    }
    std::optional<QualType> Member = memberType(T, B.Field, Where);
    if (!Member)
      return false;
    if (Member->isNull())
      return true;
    T = *Member;
    if (addressLike(T))
      return true;
    fail(Where + ": field '" + B.Field + "' has type '" + T.getAsString() +
         "', which is neither a pointer nor an address");
    return false;
  }

  /// An end address: a pointer or an integer that holds an address.
  bool checkEnd(unsigned I) {
    if (!inRange(I, "end"))
      return false;
    QualType T = paramType(I);
    if (addressLike(T))
      return true;
    fail("end parameter " + std::to_string(I) + " has type '" +
         T.getAsString() + "', which is neither a pointer nor an address");
    return false;
  }

  /// The direction member a field path reaches is an integer.
  bool checkDirectionField(const DirectionFromArg &D) {
    if (!inRange(D.Param, "direction"))
      return false;
    std::string Where = "direction parameter " + std::to_string(D.Param);
    std::optional<QualType> T = memberType(paramType(D.Param), D.Field, Where);
    if (!T)
      return false;
    if (T->isNull() || (*T)->isIntegralOrEnumerationType())
      return true;
    fail(Where + ": field '" + D.Field + "' has type '" + T->getAsString() +
         "', which is not an integer");
    return false;
  }

  /// The length member a field path reaches is an integer.
  bool checkLengthField(const BufferParam &B) {
    if (!inRange(*B.LenParam, "length"))
      return false;
    std::string Where = "length parameter " + std::to_string(*B.LenParam);
    std::optional<QualType> T =
        memberType(paramType(*B.LenParam), B.LenField, Where);
    if (!T)
      return false;
    if (T->isNull() || (*T)->isIntegerType())
      return true;
    fail(Where + ": field '" + B.LenField + "' has type '" + T->getAsString() +
         "', which is not an integer");
    return false;
  }

  /// The parameter (or its member) holds a function pointer.
  bool checkCallback(const CallbackParam &CB) {
    if (!inRange(CB.Param, "callback"))
      return false;
    std::string Where = "callback parameter " + std::to_string(CB.Param);
    QualType T = paramType(CB.Param);
    if (!CB.Field.empty()) {
      std::optional<QualType> Member = memberType(T, CB.Field, Where);
      if (!Member)
        return false;
      // An incomplete struct: nothing to check yet.
      if (Member->isNull())
        return true;
      T = *Member;
      Where += ": field '" + CB.Field + "'";
    }
    if (T->isFunctionPointerType())
      return true;
    fail(Where + " has type '" + T.getAsString() +
         "', which is not a function pointer");
    return false;
  }

  bool checkWrites(const FunctionContract::ParamWrites &W) {
    if (!inRange(W.Param, "writes"))
      return false;
    QualType T = paramType(W.Param);
    const RecordDecl *RD =
        T->isPointerType() ? T->getPointeeType()->getAsRecordDecl() : nullptr;
    if (!RD || RD->isUnion()) {
      fail("writes parameter " + std::to_string(W.Param) + " has type '" +
           T.getAsString() + "', which is no pointer to a struct");
      return false;
    }
    std::string Where = "writes parameter " + std::to_string(W.Param);
    for (const std::string &F : W.Fields)
      if (!memberType(T, F, Where))
        return false;
    return true;
  }

  /// The type reached by \p Field from an object (or pointer to one) of
  /// type \p T; a null type when a struct on the way is incomplete, none
  /// (with the problem recorded) when the path does not exist.
  std::optional<QualType> memberType(QualType T, llvm::StringRef Field,
                                     const std::string &Where) {
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    Field.split(Parts, '.');
    for (llvm::StringRef Part : Parts) {
      if (T->isPointerType() || T->isArrayType())
        T = T->isPointerType() ? T->getPointeeType()
                               : QualType(T->getArrayElementTypeNoTypeQual(), 0);
      const RecordDecl *RD = T->getAsRecordDecl();
      if (RD && !RD->getDefinition())
        return QualType();
      if (!RD) {
        fail(Where + ": field path '" + Field.str() + "' reaches '" +
             Part.str() + "' through '" + T.getAsString() +
             "', which is not a struct");
        return std::nullopt;
      }
      const ValueDecl *M = memberNamed(RD, Part);
      if (!M) {
        fail(Where + ": '" + T.getUnqualifiedType().getAsString() +
             "' has no member '" + Part.str() + "' (field path '" +
             Field.str() + "')");
        return std::nullopt;
      }
      T = M->getType().getCanonicalType();
    }
    return T;
  }

  const FunctionContract &C;
  const FunctionDecl *FD;
  std::string Problem;
};

} // namespace

std::optional<std::string> modelMismatch(const FunctionContract &C,
                                         const FunctionDecl *FD) {
  return DeclFit(C, FD).firstMismatch();
}

bool declaredInModelHeader(const FunctionContract &C, const FunctionDecl *FD) {
  if (C.DeclaredIn.empty())
    return true;
  llvm::SmallVector<llvm::GlobPattern, 4> Patterns;
  for (const std::string &P : C.DeclaredIn)
    if (llvm::Expected<llvm::GlobPattern> G = llvm::GlobPattern::create(P))
      Patterns.push_back(std::move(*G));
    else
      llvm::consumeError(G.takeError()); // rejected when the file was read
  const SourceManager &SM = FD->getASTContext().getSourceManager();
  for (const FunctionDecl *R : FD->redecls()) {
    SourceLocation L = SM.getFileLoc(R->getLocation());
    if (L.isInvalid())
      continue;
    llvm::StringRef File = SM.getFilename(L);
    for (const llvm::GlobPattern &G : Patterns)
      if (G.match(File))
        return true;
  }
  return false;
}

} // namespace dmasafe
