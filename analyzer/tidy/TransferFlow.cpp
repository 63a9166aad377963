//===- TransferFlow.cpp - Which buffers are in flight where ---------------===//
#include "TransferFlow.h"

#include "FieldPath.h"
#include "semantics/LibraryAccess.h"
#include "api/RegisteredCallbacks.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include <deque>
#include <set>
#include <utility>

using namespace clang;

namespace dmasafe {
namespace tidy {

namespace {

// Per transfer, the set of situations on the paths reaching a point.
// 0 means the point is not reached (yet).
constexpr uint8_t Idle = 1;  // not in flight on some path
constexpr uint8_t Busy = 2;  // in flight on some path
constexpr uint8_t Armed = 4; // set up on its handle, not started, on some path
using State = llvm::SmallVector<uint8_t, 8>;

/// The paths where a transfer was \p From are now \p To.
void moveBit(uint8_t &V, uint8_t From, uint8_t To) {
  if (V & From)
    V = (V & ~From) | To;
}

/// Whether a start, arm or trigger call starts the engine.
enum class Fires { Never, Always, Maybe };

/// Keys of two handles that cannot be the same handle: two different
/// constants (channel 1 and 2), or the addresses of two different variables
/// (`&huart1`, `&huart2`).
bool provablyDistinct(llvm::StringRef A, llvm::StringRef B) {
  if (A == B)
    return false;
  if (A.starts_with("#") && B.starts_with("#"))
    return true;
  auto AddressedDecl = [](llvm::StringRef K) -> llvm::StringRef {
    if (!K.consume_front("&d"))
      return {};
    return K.take_while(llvm::isHexDigit);
  };
  llvm::StringRef DA = AddressedDecl(A), DB = AddressedDecl(B);
  return !DA.empty() && !DB.empty() && DA != DB;
}

bool joinInto(State &Into, const State &From) {
  bool Changed = false;
  for (size_t I = 0; I < Into.size(); ++I) {
    uint8_t New = Into[I] | From[I];
    Changed |= New != Into[I];
    Into[I] = New;
  }
  return Changed;
}

const Expr *skipAssignments(const Expr *E) {
  // `(rc = start(...))` and `(x, start(...))` test the right-hand side.
  while (true) {
    E = E->IgnoreParenImpCasts();
    const auto *BO = dyn_cast<BinaryOperator>(E);
    if (!BO || (BO->getOpcode() != BO_Assign && BO->getOpcode() != BO_Comma))
      return E;
    E = BO->getRHS();
  }
}

BinaryOperatorKind negate(BinaryOperatorKind Op) {
  switch (Op) {
  case BO_EQ: return BO_NE;
  case BO_NE: return BO_EQ;
  case BO_LT: return BO_GE;
  case BO_GE: return BO_LT;
  case BO_GT: return BO_LE;
  case BO_LE: return BO_GT;
  default: return Op;
  }
}

BinaryOperatorKind mirror(BinaryOperatorKind Op) {
  switch (Op) {
  case BO_LT: return BO_GT;
  case BO_GT: return BO_LT;
  case BO_LE: return BO_GE;
  case BO_GE: return BO_LE;
  default: return Op;
  }
}

/// Whether "result Op K" implies that a start with success condition \p SC
/// failed (and so took nothing).
bool impliesFailure(const SuccessCondition &SC, BinaryOperatorKind Op,
                    int64_t K) {
  using Kind = SuccessCondition::Kind;
  switch (SC.K) {
  case Kind::Always:
    return false;
  case Kind::ReturnEquals: {
    int64_t V = SC.Value;
    switch (Op) {
    case BO_EQ: return K != V;
    case BO_NE: return K == V;
    case BO_LT: return V >= K;
    case BO_LE: return V > K;
    case BO_GT: return V <= K;
    case BO_GE: return V < K;
    default: return false;
    }
  }
  case Kind::ReturnNonNegative:
    switch (Op) {
    case BO_EQ: return K < 0;
    case BO_LT: return K <= 0;
    case BO_LE: return K < 0;
    default: return false;
    }
  case Kind::ReturnNonNull:
    return Op == BO_EQ && K == 0;
  }
  return false;
}

/// What taking one edge of a branch tells about transfers.
struct EdgeEffect {
  enum Kind {
    Complete,    ///< the transfer on handle Arg is done
    Fail,        ///< the starts in Transfers took nothing
    CompleteAll, ///< a completion flag is set
    Untrigger,   ///< trigger call Trigger failed: what it started is armed
  };
  bool OnTrueEdge;
  Kind K;
  const Expr *Arg = nullptr;
  llvm::SmallVector<unsigned, 2> Transfers;
  const CallExpr *Trigger = nullptr;
  const FunctionContract *TriggerContract = nullptr;
};

class FlowBuilder {
public:
  FlowBuilder(const FunctionDecl &FD, ASTContext &Ctx, ApiDescription &Api,
              CompletionKnowledge &Completion)
      : FD(FD), Ctx(Ctx), Api(Api), Completion(Completion),
        PM(FD.getBody()) {}

  FunctionFlow run() {
    CFG::BuildOptions Opts;
    Opts.setAllAlwaysAdd();
    Opts.AddLifetime = true;
    Cfg = CFG::buildCFG(&FD, FD.getBody(), &Ctx, Opts);
    if (!Cfg)
      return {};
    collectStarts();
    if (Out.Transfers.empty())
      return {};
    solve();
    report();
    return std::move(Out);
  }

private:
  //===--- Transfers --------------------------------------------------===//

  void collectStarts() {
    for (const CFGBlock *B : *Cfg)
      for (const CFGElement &E : *B)
        if (auto S = E.getAs<CFGStmt>())
          if (const auto *CE = dyn_cast<CallExpr>(S->getStmt()))
            if (!StartsAt.count(CE))
              if (const FunctionContract *K = contractOf(CE)) {
                if (K->hasRole(Role::Start) || K->hasRole(Role::Arm))
                  addStart(CE, *K);
                else if (K->hasRole(Role::Trigger) &&
                         K->Success.K != SuccessCondition::Kind::Always)
                  if (const VarDecl *Result = resultVariable(CE))
                    TriggerResults[Result->getCanonicalDecl()].push_back(CE);
              }
  }

  const FunctionContract *contractOf(const CallExpr *CE) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    return Callee ? Api.lookup(Callee) : nullptr;
  }

  const Expr *argOrNull(const CallExpr *CE, unsigned I) const {
    return I < CE->getNumArgs() ? CE->getArg(I) : nullptr;
  }

  std::optional<int64_t> constantOf(const Expr *E) const {
    if (!E || E->isValueDependent())
      return std::nullopt;
    Expr::EvalResult R;
    if (!E->EvaluateAsInt(R, Ctx))
      return std::nullopt;
    return R.Val.getInt().getExtValue();
  }

  /// The variable a call's result is stored into: `rc = f()`, `int rc = f()`.
  const VarDecl *resultVariable(const CallExpr *CE) {
    const Stmt *P = PM.getParentIgnoreParenCasts(CE);
    if (const auto *BO = dyn_cast_or_null<BinaryOperator>(P)) {
      if (BO->getOpcode() != BO_Assign ||
          BO->getRHS()->IgnoreParenCasts() != CE)
        return nullptr;
      const auto *DRE =
          dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenCasts());
      return DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    }
    if (const auto *DS = dyn_cast_or_null<DeclStmt>(P))
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D))
          if (VD->getInit() && VD->getInit()->IgnoreParenCasts() == CE)
            return VD;
    return nullptr;
  }

  Direction directionOf(const CallExpr *CE, const BufferParam &B) const {
    if (B.DirFromArg)
      if (auto V = constantOf(argOrNull(CE, B.DirFromArg->Param)))
        for (const auto &[Value, Dir] : B.DirFromArg->Values)
          if (Value == *V)
            return Dir;
    return B.Dir;
  }

  /// Whether \p CE starts the engine: an arm never does; a start or a
  /// trigger with a trigger argument (pico-sdk) only when it is nonzero.
  Fires firesOf(const CallExpr *CE, const FunctionContract &K) const {
    if (K.hasRole(Role::Arm))
      return Fires::Never;
    if (!K.TriggerParam)
      return Fires::Always;
    std::optional<int64_t> V = constantOf(argOrNull(CE, *K.TriggerParam));
    if (!V)
      return Fires::Maybe;
    return *V == 0 ? Fires::Never : Fires::Always;
  }

  void addStart(const CallExpr *CE, const FunctionContract &K) {
    StartsAt[CE]; // remember the call even when it tracks no buffer
    Fires F = firesOf(CE, K);
    const VarDecl *Result = resultVariable(CE);
    bool HasHandle = K.Handle.K != HandleSpec::Kind::None;
    std::optional<std::string> HandleKey;
    if (K.Handle.K == HandleSpec::Kind::Param) {
      if (const Expr *H = argOrNull(CE, K.Handle.Param))
        HandleKey = expressionKey(H, Ctx);
    } else if (K.Handle.K == HandleSpec::Kind::Return && Result) {
      HandleKey = declKey(Result);
    }
    for (const BufferParam &B : K.Buffers) {
      const Expr *Arg = argOrNull(CE, B.Param);
      if (!Arg)
        continue;
      // The expression that points at the buffer: the argument, or what the
      // function stored in the field the model names.
      const Expr *Pointer = Arg;
      BufferRef R;
      if (B.Field.empty()) {
        R = resolvePointer(Arg);
      } else {
        if (!Fields)
          Fields.emplace(FD, Ctx);
        FieldPathBuffer Found = Fields->resolve(Arg, B.Field);
        R = Found.Buffer;
        Pointer = Found.Pointer;
      }
      if (!R)
        continue;
      TransferSite T;
      T.Start = CE;
      T.Success = K.Success;
      T.Api = K.Api;
      T.Buffer = R;
      T.Dir = directionOf(CE, B);
      T.HandleKey = HandleKey;
      T.BufferKey = expressionKey(Arg, Ctx);
      T.HasHandle = HasHandle;
      T.MaybeTriggered = F == Fires::Maybe;
      T.Armed = F != Fires::Always;
      if (std::optional<BufferExtent> Ex = pointerExtent(Pointer, Ctx))
        if (Ex->Object == R.Var && !R.Field)
          if (auto Len = constantTransferBytes(*CE, B, Ctx))
            // A transfer over all of it is not a part: `pp[i][0]` is in it.
            if (Ex->Offset != 0 || *Len < Ex->Size)
              T.Bytes = std::make_pair(Ex->Offset, Ex->Offset + *Len);
      T.RowUnknown = hasVariableRowIndex(Pointer, Ctx);
      unsigned Index = Out.Transfers.size();
      Out.Transfers.push_back(std::move(T));
      StartsAt[CE].push_back(Index);
      if (Result)
        ResultTransfers[Result->getCanonicalDecl()].push_back(Index);
    }
  }

  /// Whether a completion naming \p Arg may complete transfer \p T. Two
  /// different handle expressions may still name the same handle (`u` and
  /// `v`, `chan` and `other`): unless they are provably distinct, the
  /// transfer is taken as completed, so that nothing is said afterwards.
  bool completes(const TransferSite &T, const Expr *Arg) const {
    if (!Arg)
      return true;
    std::optional<std::string> Key = expressionKey(Arg, Ctx);
    if (!Key)
      return true;
    if (T.HasHandle)
      return !T.HandleKey || !provablyDistinct(*T.HandleKey, *Key);
    if (!T.BufferKey || !provablyDistinct(*T.BufferKey, *Key))
      return true;
    return resolvePointer(Arg).overlaps(T.Buffer);
  }

  /// A wait or abort (\p DropArmed) also tears down what is armed on its
  /// handle; a poll that reports completion leaves it armed.
  void complete(const Expr *Arg, State &S, bool DropArmed) const {
    uint8_t Ends = DropArmed ? (Busy | Armed) : Busy;
    for (unsigned T = 0; T < S.size(); ++T)
      if ((S[T] & Ends) && completes(Out.Transfers[T], Arg)) {
        moveBit(S[T], Busy, Idle);
        if (DropArmed)
          moveBit(S[T], Armed, Idle);
      }
  }

  /// Everything in flight may be complete; what is armed stays armed.
  static void completeAll(State &S) {
    for (uint8_t &V : S)
      moveBit(V, Busy, Idle);
  }

  /// The channel number an armed transfer's handle is, when constant.
  static std::optional<int64_t> constantChannel(const TransferSite &T) {
    int64_t V = 0;
    if (!T.HandleKey)
      return std::nullopt;
    llvm::StringRef Key = *T.HandleKey;
    if (!Key.consume_front("#") || Key.getAsInteger(10, V))
      return std::nullopt;
    return V;
  }

  /// Whether trigger call \p CE starts armed transfer \p T: the same
  /// handle expression (a merely possible alias starts nothing: when
  /// unsure, say nothing), or for a channel mask of the same API any
  /// channel whose bit may be set: only a constant mask with the constant
  /// channel's bit clear excludes it.
  bool triggers(const CallExpr *CE, const FunctionContract &K,
                const TransferSite &T) const {
    const Expr *H = argOrNull(CE, K.Handle.Param);
    if (!H)
      return false;
    if (K.Handle.K == HandleSpec::Kind::Mask) {
      if (T.Api != K.Api)
        return false;
      std::optional<int64_t> Mask = constantOf(H);
      if (!Mask)
        return true;
      std::optional<int64_t> Chan = constantChannel(T);
      if (!Chan)
        return *Mask != 0;
      return *Chan >= 0 && *Chan < 64 && ((uint64_t(*Mask) >> *Chan) & 1);
    }
    if (K.Handle.K != HandleSpec::Kind::Param)
      return false;
    std::optional<std::string> Key = expressionKey(H, Ctx);
    return Key && T.HandleKey && *Key == *T.HandleKey;
  }

  /// A start or arm call: its own transfers become in flight or armed. A
  /// channel has one read and one write address, so what it sets replaces
  /// what is armed on the same handle for the same direction; a start also
  /// runs the rest of what is armed there (pico-sdk:
  /// `set_read_addr(ch, src, false); set_write_addr(ch, dst, true)`).
  void launch(const CallExpr *CE, const FunctionContract &K, State &S) const {
    Fires F = firesOf(CE, K);
    llvm::SmallVector<unsigned, 2> Own = StartsAt.lookup(CE);
    std::optional<std::string> Key;
    if (K.Handle.K == HandleSpec::Kind::Param)
      Key = expressionKey(argOrNull(CE, K.Handle.Param), Ctx);
    llvm::SmallVector<Direction, 2> Sets;
    for (const BufferParam &B : K.Buffers)
      if (argOrNull(CE, B.Param))
        Sets.push_back(directionOf(CE, B));
    for (unsigned T = 0; Key && T < S.size(); ++T) {
      const TransferSite &TS = Out.Transfers[T];
      if (!(S[T] & Armed) || llvm::is_contained(Own, T) || !TS.HandleKey ||
          *TS.HandleKey != *Key)
        continue;
      if (llvm::is_contained(Sets, TS.Dir))
        moveBit(S[T], Armed, Idle);
      else if (F == Fires::Always)
        moveBit(S[T], Armed, Busy);
      else if (F == Fires::Maybe)
        S[T] |= Busy;
    }
    for (unsigned T : Own)
      S[T] = F == Fires::Always  ? Busy
             : F == Fires::Maybe ? uint8_t(Busy | Armed)
                                 : Armed;
  }

  /// A trigger (pico dma_channel_start, Zephyr dma_start, Linux
  /// dma_sync_single_for_device) starts what is armed on its handle.
  void trigger(const CallExpr *CE, const FunctionContract &K,
               State &S) const {
    Fires F = firesOf(CE, K);
    if (F == Fires::Never)
      return;
    for (unsigned T = 0; T < S.size(); ++T) {
      if (!(S[T] & Armed) || !triggers(CE, K, Out.Transfers[T]))
        continue;
      if (F == Fires::Always)
        moveBit(S[T], Armed, Busy);
      else
        S[T] |= Busy;
    }
  }

  /// The device gives the buffers on \p Arg's handle back to the CPU for
  /// now (Linux dma_sync_single_for_cpu): they are armed until a trigger
  /// on the same handle. A handle that may be the same suspends too.
  void suspend(const Expr *Arg, State &S) const {
    for (unsigned T = 0; T < S.size(); ++T)
      if ((S[T] & Busy) && completes(Out.Transfers[T], Arg))
        moveBit(S[T], Busy, Armed);
  }

  //===--- Transfer functions ----------------------------------------===//

  void transferBlock(const CFGBlock &B, State &S, bool Report) {
    for (const CFGElement &E : B) {
      if (auto CS = E.getAs<CFGStmt>())
        transferStmt(CS->getStmt(), S, Report);
      else if (auto LE = E.getAs<CFGLifetimeEnds>())
        lifetimeEnds(LE->getVarDecl(), LE->getTriggerStmt(), S, Report);
    }
  }

  void transferStmt(const Stmt *St, State &S, bool Report) {
    if (const auto *CE = dyn_cast<CallExpr>(St)) {
      transferCall(CE, S, Report);
      return;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(St)) {
      // `p = other;` — the pointer no longer names the started buffer.
      if (BO->isAssignmentOp())
        if (const auto *DRE =
                dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
          for (unsigned T = 0; T < S.size(); ++T)
            if (Out.Transfers[T].Buffer.Var == DRE->getDecl() &&
                Out.Transfers[T].Buffer.isThroughPointer())
              S[T] = Idle;
      return;
    }
    if (Report && isa<ArraySubscriptExpr, MemberExpr, UnaryOperator,
                      DeclRefExpr>(St))
      checkDesignator(cast<Expr>(St), S);
  }

  void transferCall(const CallExpr *CE, State &S, bool Report) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    if (!Callee)
      return;
    if (const FunctionContract *K = Api.lookup(Callee)) {
      bool ByHandle = K->Handle.K == HandleSpec::Kind::Param;
      const Expr *Handle = ByHandle ? argOrNull(CE, K->Handle.Param) : nullptr;
      if (K->hasRole(Role::Start) || K->hasRole(Role::Arm))
        launch(CE, *K, S);
      if (K->hasRole(Role::Trigger))
        trigger(CE, *K, S);
      if (K->hasRole(Role::Suspend) && ByHandle)
        suspend(Handle, S);
      // A blocking wait on a kernel object (a model's wait-signal).
      if (K->hasRole(Role::WaitSignal))
        completeAll(S);
      if ((K->hasRole(Role::Wait) || K->hasRole(Role::Abort)) && ByHandle)
        complete(Handle, S, /*DropArmed=*/true);
      return;
    }
    const IdentifierInfo *CalleeName = Callee->getIdentifier();
    // Blocking waits on kernel objects come from the models (wait-signal).
    if (Completion.mayComplete(Callee, Api, Ctx)) {
      completeAll(S);
      return;
    }
    if (const LibraryAccess *Lib =
            CalleeName ? libraryAccess(CalleeName->getName()) : nullptr) {
      if (!Report)
        return;
      auto Touch = [&](unsigned Arg, bool Writes) {
        if (Arg < CE->getNumArgs())
          recordAccess(resolvePointer(CE->getArg(Arg)), CE,
                       Writes ? AccessKind::Write : AccessKind::Read, S,
                       Callee, /*Unknown=*/false);
      };
      for (const LibraryOperand &Op : Lib->Operands)
        Touch(Op.Arg, Op.Writes);
      // printf("%s", rx) reads rx; a pointer printed with %p is not read.
      const auto *Lit =
          Lib->FormatArg && *Lib->FormatArg < CE->getNumArgs()
              ? dyn_cast<StringLiteral>(
                    CE->getArg(*Lib->FormatArg)->IgnoreParenCasts())
              : nullptr;
      if (Lit && Lit->getCharByteWidth() == 1)
        for (auto [Arg, Writes] :
             formatAccesses(Lit->getString(), *Lib->FormatArg + 1))
          Touch(Arg, Writes);
      return;
    }
    // An unknown function that receives the handle may well wait on it.
    for (const Expr *Arg : CE->arguments()) {
      if (!Arg->getType()->isPointerType() &&
          !Arg->getType()->isIntegralOrEnumerationType())
        continue;
      std::optional<std::string> Key = expressionKey(Arg, Ctx);
      if (!Key)
        continue;
      for (unsigned T = 0; T < S.size(); ++T) {
        const TransferSite &TS = Out.Transfers[T];
        if ((S[T] & Busy) && TS.HasHandle && TS.HandleKey &&
            *TS.HandleKey == *Key)
          moveBit(S[T], Busy, Idle);
      }
    }
    if (!Report)
      return;
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      const Expr *Arg = CE->getArg(I);
      if (!Arg->IgnoreParenImpCasts()->getType()->isPointerType() &&
          !Arg->IgnoreParenImpCasts()->getType()->isArrayType())
        continue;
      AccessKind Kind = AccessKind::Write;
      if (I < Callee->getNumParams()) {
        QualType P = Callee->getParamDecl(I)->getType();
        if (P->isPointerType() && P->getPointeeType().isConstQualified())
          Kind = AccessKind::Read;
      }
      recordAccess(resolvePointer(Arg), CE, Kind, S, Callee,
                   /*Unknown=*/true);
    }
  }

  void lifetimeEnds(const VarDecl *VD, const Stmt *Trigger, State &S,
                    bool Report) {
    for (unsigned T = 0; T < S.size(); ++T) {
      const TransferSite &TS = Out.Transfers[T];
      if (TS.Buffer.Var != VD || TS.Buffer.isThroughPointer() ||
          !(S[T] & Busy))
        continue;
      if (Report && Reported.insert({T, Trigger}).second)
        Out.Escapes.push_back({T, Trigger, S[T] == Busy});
      S[T] = Idle; // the storage is gone; report it once
    }
  }

  /// A read or write of the object \p E designates, decided by the context
  /// it appears in. Array and pointer names alone are not accesses: the
  /// subscript, dereference or call around them is.
  void checkDesignator(const Expr *E, const State &S) {
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      QualType T = DRE->getType();
      if (T->isArrayType() || T->isPointerType() || !isa<VarDecl>(DRE->getDecl()))
        return;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      if (UO->getOpcode() != UO_Deref)
        return;
    const Stmt *P = PM.getParentIgnoreParens(E);
    std::optional<AccessKind> Kind;
    if (const auto *ICE = dyn_cast_or_null<ImplicitCastExpr>(P)) {
      if (ICE->getCastKind() == CK_LValueToRValue)
        Kind = AccessKind::Read;
    } else if (const auto *UO = dyn_cast_or_null<UnaryOperator>(P)) {
      if (UO->isIncrementDecrementOp())
        Kind = AccessKind::Write;
    } else if (const auto *BO = dyn_cast_or_null<BinaryOperator>(P)) {
      if (BO->isAssignmentOp() && BO->getLHS()->IgnoreParens() == E)
        Kind = AccessKind::Write;
    }
    if (Kind)
      recordAccess(resolveObject(E), E, *Kind, S, nullptr, false,
                   lvalueBytes(E, Ctx), hasVariableRowIndex(E, Ctx));
  }

  void recordAccess(const BufferRef &R, const Expr *Where, AccessKind Kind,
                    const State &S, const FunctionDecl *Via, bool Unknown,
                    std::optional<std::pair<uint64_t, uint64_t>> Bytes =
                        std::nullopt,
                    bool RowUnknown = false) {
    if (!R)
      return;
    for (unsigned T = 0; T < S.size(); ++T) {
      const TransferSite &TS = Out.Transfers[T];
      // Bytes of the same array outside the transfer are the CPU's.
      if (Bytes && TS.Bytes && !R.Field &&
          (Bytes->second <= TS.Bytes->first ||
           TS.Bytes->second <= Bytes->first))
        continue;
      // `bufs[i]` against another part of `bufs`: they may not overlap,
      // and when unsure, say nothing.
      if (!R.Field && ((TS.RowUnknown && (Bytes || RowUnknown)) ||
                       (RowUnknown && (TS.Bytes || TS.RowUnknown))))
        continue;
      if (S[T] == Busy && TS.Buffer.overlaps(R) && TS.Start != Where) {
        Out.Accesses.push_back({T, Where, Kind, Via, Unknown});
        return;
      }
    }
  }

  //===--- Branches --------------------------------------------------===//

  llvm::ArrayRef<unsigned> startsTestedBy(const Expr *X) {
    if (const auto *CE = dyn_cast<CallExpr>(X)) {
      auto It = StartsAt.find(CE);
      if (It != StartsAt.end())
        return It->second;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(X)) {
      auto It = ResultTransfers.find(DRE->getDecl()->getCanonicalDecl());
      if (It != ResultTransfers.end())
        return It->second;
    }
    return {};
  }

  /// The trigger calls with a success condition whose result \p X is
  /// (`dma_start(dev, ch)`, or `rc` after `rc = dma_start(dev, ch)`).
  llvm::SmallVector<const CallExpr *, 1> triggersTestedBy(const Expr *X) {
    if (const auto *CE = dyn_cast<CallExpr>(X)) {
      const FunctionContract *C = contractOf(CE);
      if (C && C->hasRole(Role::Trigger) &&
          C->Success.K != SuccessCondition::Kind::Always)
        return {CE};
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(X)) {
      auto It = TriggerResults.find(DRE->getDecl()->getCanonicalDecl());
      if (It != TriggerResults.end())
        return It->second;
    }
    return {};
  }

  /// Effects of the branch on "X Op K" being true on the edge \p OnTrue.
  void relationEffects(const Expr *X, BinaryOperatorKind Op, int64_t K,
                       bool OnTrue, std::vector<EdgeEffect> &Effects) {
    X = skipAssignments(X);
    llvm::ArrayRef<unsigned> Starts = startsTestedBy(X);
    llvm::SmallVector<const CallExpr *, 1> Triggers = triggersTestedBy(X);
    if (!Starts.empty() || !Triggers.empty()) {
      for (bool Holds : {true, false}) {
        bool Edge = Holds ? OnTrue : !OnTrue;
        BinaryOperatorKind Rel = Holds ? Op : negate(Op);
        EdgeEffect Fail{Edge, EdgeEffect::Fail, nullptr, {}};
        for (unsigned T : Starts)
          if (impliesFailure(Out.Transfers[T].Success, Rel, K))
            Fail.Transfers.push_back(T);
        if (!Fail.Transfers.empty())
          Effects.push_back(std::move(Fail));
        for (const CallExpr *Trigger : Triggers) {
          const FunctionContract *C = contractOf(Trigger);
          if (impliesFailure(C->Success, Rel, K))
            Effects.push_back(
                {Edge, EdgeEffect::Untrigger, nullptr, {}, Trigger, C});
        }
      }
      return;
    }
    // Which edge has X nonzero, which has X zero (when the relation says).
    std::optional<bool> TruthyEdge, FalsyEdge;
    if ((Op == BO_NE && K == 0) || (Op == BO_GT && K == 0)) {
      TruthyEdge = OnTrue;
      FalsyEdge = !OnTrue;
    } else if (Op == BO_EQ && K == 0) {
      TruthyEdge = !OnTrue;
      FalsyEdge = OnTrue;
    } else if (Op == BO_EQ) {
      TruthyEdge = OnTrue;
    } else if (Op == BO_NE) {
      TruthyEdge = !OnTrue;
    }
    if (const auto *CE = dyn_cast<CallExpr>(X)) {
      const FunctionContract *C = contractOf(CE);
      if (!C || C->Handle.K != HandleSpec::Kind::Param)
        return;
      const Expr *H = argOrNull(CE, C->Handle.Param);
      if (C->hasRole(Role::PollDone) &&
          C->Success.K == SuccessCondition::Kind::ReturnEquals) {
        // A state poll: done only when the result equals the done value
        // (`HAL_UART_GetState(h) == HAL_UART_STATE_READY`).
        if ((Op == BO_EQ || Op == BO_NE) && K == C->Success.Value)
          Effects.push_back(
              {Op == BO_EQ ? OnTrue : !OnTrue, EdgeEffect::Complete, H, {}});
      } else if (C->hasRole(Role::PollDone) && TruthyEdge) {
        Effects.push_back({*TruthyEdge, EdgeEffect::Complete, H, {}});
      }
      if (C->hasRole(Role::PollBusy) && FalsyEdge)
        Effects.push_back({*FalsyEdge, EdgeEffect::Complete, H, {}});
      if (C->hasRole(Role::ErrorTest) && TruthyEdge)
        Effects.push_back({*TruthyEdge, EdgeEffect::Complete, H, {}});
      return;
    }
    if (TruthyEdge && Completion.isCompletionFlag(X, Api, Ctx))
      Effects.push_back({*TruthyEdge, EdgeEffect::CompleteAll, nullptr, {}});
  }

  std::optional<int64_t> comparedConstant(const Expr *E) const {
    if (E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
      return 0;
    return constantOf(E);
  }

  void conditionEffects(const Expr *E, bool OnTrue,
                        std::vector<EdgeEffect> &Effects) {
    E = E->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      if (UO->getOpcode() == UO_LNot)
        return conditionEffects(UO->getSubExpr(), !OnTrue, Effects);
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (BO->isComparisonOp()) {
        if (auto K = comparedConstant(BO->getRHS()))
          return relationEffects(BO->getLHS(), BO->getOpcode(), *K, OnTrue,
                                 Effects);
        if (auto K = comparedConstant(BO->getLHS()))
          return relationEffects(BO->getRHS(), mirror(BO->getOpcode()), *K,
                                 OnTrue, Effects);
        return;
      }
      if (BO->isLogicalOp())
        return;
    }
    relationEffects(E, BO_NE, 0, OnTrue, Effects);
  }

  /// The value a two-way block branches on. For `a && b` the block of the
  /// operator itself tests `a`; the block ending the whole condition
  /// tests `b`.
  const Expr *branchValue(const CFGBlock &B) const {
    const Stmt *Term = B.getTerminatorStmt();
    if (!Term || B.succ_size() != 2)
      return nullptr;
    if (const auto *BO = dyn_cast<BinaryOperator>(Term))
      return BO->isLogicalOp() ? BO->getLHS() : nullptr;
    const Expr *Cond = dyn_cast_or_null<Expr>(
        B.getTerminatorCondition(/*StripParens=*/false));
    while (Cond) {
      const auto *BO = dyn_cast<BinaryOperator>(Cond->IgnoreParenImpCasts());
      if (!BO || !BO->isLogicalOp())
        break;
      Cond = BO->getRHS();
    }
    return Cond;
  }

  void applyEdge(const std::vector<EdgeEffect> &Effects, bool TrueEdge,
                 State &S) const {
    for (const EdgeEffect &E : Effects) {
      if (E.OnTrueEdge != TrueEdge)
        continue;
      switch (E.K) {
      case EdgeEffect::Complete:
        complete(E.Arg, S, /*DropArmed=*/false);
        break;
      case EdgeEffect::Fail:
        for (unsigned T : E.Transfers)
          if (S[T])
            S[T] = Idle;
        break;
      case EdgeEffect::CompleteAll:
        completeAll(S);
        break;
      case EdgeEffect::Untrigger: {
        // A trigger that failed started nothing. What was in flight on its
        // handle before it is taken as armed too: when unsure, say nothing.
        for (unsigned T = 0; T < S.size(); ++T)
          if (triggers(E.Trigger, *E.TriggerContract, Out.Transfers[T]))
            moveBit(S[T], Busy, Armed);
        break;
      }
      }
    }
  }

  //===--- Fixpoint and report ---------------------------------------===//

  void solve() {
    size_t N = Out.Transfers.size();
    In.assign(Cfg->getNumBlockIDs(), State(N, 0));
    Reached.resize(Cfg->getNumBlockIDs());
    const CFGBlock &Entry = Cfg->getEntry();
    In[Entry.getBlockID()] = State(N, Idle);
    Reached.set(Entry.getBlockID());
    std::deque<const CFGBlock *> Work{&Entry};
    llvm::BitVector Queued(Cfg->getNumBlockIDs());
    Queued.set(Entry.getBlockID());
    while (!Work.empty()) {
      const CFGBlock *B = Work.front();
      Work.pop_front();
      Queued.reset(B->getBlockID());
      State S = In[B->getBlockID()];
      transferBlock(*B, S, /*Report=*/false);
      std::vector<EdgeEffect> Effects;
      if (const Expr *Cond = branchValue(*B))
        conditionEffects(Cond, /*OnTrue=*/true, Effects);
      unsigned Index = 0;
      for (const CFGBlock *Succ : B->succs()) {
        bool TrueEdge = Index++ == 0;
        if (!Succ)
          continue;
        State Edge = S;
        applyEdge(Effects, TrueEdge, Edge);
        unsigned Id = Succ->getBlockID();
        bool Changed = joinInto(In[Id], Edge);
        if (!Reached.test(Id)) {
          Reached.set(Id);
          Changed = true;
        }
        if (Changed && !Queued.test(Id)) {
          Queued.set(Id);
          Work.push_back(Succ);
        }
      }
    }
  }

  void report() {
    for (const CFGBlock *B : *Cfg) {
      if (!Reached.test(B->getBlockID()))
        continue;
      State S = In[B->getBlockID()];
      transferBlock(*B, S, /*Report=*/true);
    }
  }

  const FunctionDecl &FD;
  ASTContext &Ctx;
  ApiDescription &Api;
  CompletionKnowledge &Completion;
  ParentMap PM;
  /// Built for the first model buffer named through a field.
  std::optional<FieldStores> Fields;
  std::unique_ptr<CFG> Cfg;
  FunctionFlow Out;
  llvm::DenseMap<const CallExpr *, llvm::SmallVector<unsigned, 2>> StartsAt;
  llvm::DenseMap<const Decl *, llvm::SmallVector<unsigned, 2>>
      ResultTransfers;
  /// Variables holding the result of a trigger with a success condition.
  llvm::DenseMap<const Decl *, llvm::SmallVector<const CallExpr *, 1>>
      TriggerResults;
  std::vector<State> In;
  llvm::BitVector Reached;
  std::set<std::pair<unsigned, const Stmt *>> Reported;
};

/// The key of a possible completion flag: a variable of static storage
/// (`done`) or a field of one reached without pointers (`g.done`,
/// `g.sub.done`).
std::optional<std::string> globalFlagKey(const Expr *E,
                                         const ASTContext &Ctx) {
  const Expr *Root = E->IgnoreParenImpCasts();
  while (const auto *ME = dyn_cast<MemberExpr>(Root)) {
    if (ME->isArrow())
      return std::nullopt;
    Root = ME->getBase()->IgnoreParenImpCasts();
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(Root);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->hasGlobalStorage())
    return std::nullopt;
  return expressionKey(E, Ctx);
}

/// Looks for waits, polls, aborts and completion-flag reads in a body.
class CompletionFinder : public RecursiveASTVisitor<CompletionFinder> {
public:
  CompletionFinder(ApiDescription &Api, CompletionKnowledge &Knowledge,
                   const ASTContext &Ctx)
      : Api(Api), Knowledge(Knowledge), Ctx(Ctx) {}

  bool VisitCallExpr(CallExpr *CE) {
    if (const FunctionDecl *Callee = CE->getDirectCallee())
      if (const FunctionContract *K = Api.lookup(Callee))
        for (Role R : {Role::Wait, Role::Abort, Role::PollBusy,
                       Role::PollDone, Role::Suspend, Role::WaitSignal})
          if (K->hasRole(R))
            Found = true;
    return !Found;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (Knowledge.isCompletionFlag(DRE, Api, Ctx))
      Found = true;
    return !Found;
  }
  bool VisitMemberExpr(MemberExpr *ME) {
    if (Knowledge.isCompletionFlag(ME, Api, Ctx))
      Found = true;
    return !Found;
  }
  bool Found = false;

private:
  ApiDescription &Api;
  CompletionKnowledge &Knowledge;
  const ASTContext &Ctx;
};

/// Collects the variables a completion callback writes.
class FlagWriteFinder : public RecursiveASTVisitor<FlagWriteFinder> {
public:
  FlagWriteFinder(llvm::StringSet<> &Flags, const ASTContext &Ctx)
      : Flags(Flags), Ctx(Ctx) {}
  /// A callback often sets its flag in a helper it calls (`finish(&g)`):
  /// the bodies of the functions it calls directly count, one level deep.
  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    const FunctionDecl *Def = nullptr;
    if (InCallee || !Callee || !Callee->hasBody(Def) || !Def)
      return true;
    InCallee = true;
    TraverseStmt(Def->getBody());
    InCallee = false;
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->isAssignmentOp())
      add(BO->getLHS());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *UO) {
    if (UO->isIncrementDecrementOp())
      add(UO->getSubExpr());
    return true;
  }

private:
  void add(const Expr *E) {
    if (auto Key = globalFlagKey(E, Ctx))
      Flags.insert(*Key);
  }
  llvm::StringSet<> &Flags;
  const ASTContext &Ctx;
  bool InCallee = false;
};

} // namespace

void CompletionKnowledge::collectCallbackFlags(ApiDescription &Api,
                                               const ASTContext &Ctx) {
  CallbackFlagsKnown = true;
  FlagWriteFinder Finder(CallbackFlags, Ctx);
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody())
      continue;
    const FunctionContract *K = Api.lookup(FD);
    if (K && K->hasRole(Role::CompletionCallback))
      Finder.TraverseStmt(FD->getBody());
  }
  for (const RegisteredCallback &CB : registeredCallbacks(Ctx, Api))
    Finder.TraverseStmt(CB.Definition->getBody());
}

bool CompletionKnowledge::isCompletionFlag(const Expr *E,
                                           ApiDescription &Api,
                                           const ASTContext &Ctx) {
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (VD->hasGlobalStorage() && ApiDescription::isMarkedCompletionFlag(VD))
        return true;
  std::optional<std::string> Key = globalFlagKey(E, Ctx);
  if (!Key)
    return false;
  if (!CallbackFlagsKnown)
    collectCallbackFlags(Api, Ctx);
  return CallbackFlags.contains(*Key);
}

bool CompletionKnowledge::mayComplete(const FunctionDecl *FD,
                                      ApiDescription &Api,
                                      const ASTContext &Ctx) {
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def) || !Def)
    return false;
  auto [It, Inserted] = Completes.try_emplace(Def, false);
  if (!Inserted)
    return It->second;
  CompletionFinder Finder(Api, *this, Ctx);
  Finder.TraverseStmt(Def->getBody());
  // The map may have grown meanwhile; look the entry up again.
  Completes[Def] = Finder.Found;
  return Finder.Found;
}

FunctionFlow analyzeTransfers(const FunctionDecl &FD, ASTContext &Ctx,
                              ApiDescription &Api,
                              CompletionKnowledge &Completion) {
  // Template patterns are analysed through their instantiations.
  if (!FD.getBody() || FD.isDependentContext())
    return {};
  return FlowBuilder(FD, Ctx, Api, Completion).run();
}

} // namespace tidy
} // namespace dmasafe
