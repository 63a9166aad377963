//===- TransferFlow.cpp - Which buffers are in flight where ---------------===//
#include "TransferFlow.h"

#include "BranchCondition.h"
#include "CacheFlow.h"
#include "FieldPath.h"
#include "FlowState.h"
#include "MappingFlow.h"
#include "api/RegisterModel.h"
#include "api/UnknownCallees.h"
#include "semantics/LibraryAccess.h"
#include "semantics/Transitions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/AnalysisDeclContext.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <set>
#include <utility>

using namespace clang;

namespace dmasafe {
namespace tidy {

namespace {

constexpr uint8_t Idle = FlowState::Idle;
constexpr uint8_t Busy = FlowState::Busy;
constexpr uint8_t Armed = FlowState::Armed;

/// Whether a start, arm or trigger call starts the engine.
enum class Fires { Never, Always, Maybe };

/// What taking one edge of a branch tells about transfers.
struct EdgeEffect {
  enum Kind {
    Complete,      ///< a poll: the transfer on handle Arg is done
    CompleteWait,  ///< a wait or abort succeeded on handle Arg
    CompleteScope, ///< a completion flag, or a kernel object, of Scopes
    Fail,          ///< the starts in Transfers took nothing
    Untrigger,     ///< trigger call Trigger failed: what it started is armed
    MappingFailed, ///< the error test of handle Arg said the map failed
    CompleteReady, ///< a ready member read its done value: Key's transfers
                   ///< of Api (and Dir) are done
  };
  bool OnTrueEdge = false;
  Kind K = Complete;
  const Expr *Arg = nullptr;
  llvm::SmallVector<unsigned, 2> Transfers;
  const CallExpr *Trigger = nullptr;
  const FunctionContract *TriggerContract = nullptr;
  llvm::SmallVector<CompletionScope, 1> Scopes;
  std::optional<ObjectKey> Key;
  std::string Api;
  std::optional<Direction> Dir;

  static EdgeEffect on(bool Edge, Kind K, const Expr *Arg = nullptr) {
    EdgeEffect E;
    E.OnTrueEdge = Edge;
    E.K = K;
    E.Arg = Arg;
    return E;
  }
};

class FlowBuilder {
public:
  FlowBuilder(const FunctionDecl &FD, ASTContext &Ctx, ApiDescription &Api,
              CompletionKnowledge &Completion, const CacheModel *CacheM)
      : FD(FD), Ctx(Ctx), Api(Api), Completion(Completion),
        ADC(/*Mgr=*/nullptr, &FD, buildOptions()), Maps(Out, Ctx, Api) {
    if (CacheM && CacheM->hasDataCache())
      Cache.emplace(Out, Ctx, *CacheM);
  }

  FunctionFlow run() {
    Cfg = ADC.getCFG();
    if (!Cfg)
      return {};
    PM = &ADC.getParentMap();
    collectCalls();
    if (Out.Transfers.empty())
      return {};
    solve();
    report();
    return std::move(Out);
  }

private:
  static CFG::BuildOptions buildOptions() {
    CFG::BuildOptions Opts;
    Opts.setAllAlwaysAdd();
    Opts.AddLifetime = true;
    return Opts;
  }

  //===--- Calls with a contract --------------------------------------===//

  void collectCalls() {
    for (const CFGBlock *B : *Cfg)
      for (const CFGElement &E : *B)
        if (auto S = E.getAs<CFGStmt>())
          if (const auto *CE = dyn_cast<CallExpr>(S->getStmt()))
            if (!StartsAt.count(CE))
              if (const FunctionContract *K = contractOf(CE))
                collectCall(CE, *K);
  }

  /// What a call does, as semantics/Transitions.h says for its roles.
  static bool starts(const FunctionContract &K) {
    Effect E = effectOf(K.Roles);
    return E == Effect::HandOver || E == Effect::SetUp;
  }
  static bool runs(const FunctionContract &K) {
    return effectOf(K.Roles) == Effect::Run;
  }
  static bool ends(const FunctionContract &K) {
    Effect E = effectOf(K.Roles);
    return E == Effect::End || E == Effect::WaitObject;
  }

  void collectCall(const CallExpr *CE, const FunctionContract &K) {
    if (starts(K))
      return addStart(CE, K);
    if (K.Success.K == SuccessCondition::Kind::Always)
      return;
    const VarDecl *Result = resultVariable(CE);
    if (!Result)
      return;
    if (runs(K))
      TriggerResults[Result->getCanonicalDecl()].push_back(CE);
    if (completesWhenSucceeds(K))
      WaitResults[Result->getCanonicalDecl()].push_back(CE);
  }

  /// A wait, an abort or a wait on a kernel object: with a success
  /// condition (`DMA_WAITS DMA_SUCCESS_RETURNS(0)`, xSemaphoreTake's
  /// pdTRUE) it completes on its success branch only, when the code tests
  /// its result; an ignored result is taken as success.
  static bool completesWhenSucceeds(const FunctionContract &K) {
    return ends(K) && K.Success.K != SuccessCondition::Kind::Always;
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
    if (!E->EvaluateAsInt(R, Ctx) || R.Val.getInt().getSignificantBits() > 64)
      return std::nullopt;
    return R.Val.getInt().getExtValue();
  }

  std::optional<ObjectKey> keyOf(const Expr *E) const {
    return ObjectKey::of(E, Ctx);
  }

  /// The variable a call's result is stored into: `rc = f()`, `int rc = f()`.
  const VarDecl *resultVariable(const CallExpr *CE) const {
    const Stmt *P = PM->getParentIgnoreParenCasts(CE);
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

  /// The lvalue a call's result is assigned to (`d->addr = f()`), if any.
  const Expr *resultStore(const CallExpr *CE) const {
    const auto *BO =
        dyn_cast_or_null<BinaryOperator>(PM->getParentIgnoreParenCasts(CE));
    if (!BO || BO->getOpcode() != BO_Assign ||
        BO->getRHS()->IgnoreParenCasts() != CE)
      return nullptr;
    return BO->getLHS();
  }

  /// Whether the code tests \p CE's result: a branch condition, a
  /// comparison or `!` around it, or a variable it is stored into. Any
  /// other use (ignored, returned, passed on) is taken as success.
  bool resultTested(const CallExpr *CE) const {
    if (resultVariable(CE))
      return true;
    const Stmt *P = PM->getParentIgnoreParenCasts(CE);
    if (const auto *BO = dyn_cast_or_null<BinaryOperator>(P))
      return BO->isComparisonOp() || BO->isLogicalOp();
    if (const auto *UO = dyn_cast_or_null<UnaryOperator>(P))
      return UO->getOpcode() == UO_LNot;
    if (isa_and_nonnull<IfStmt, WhileStmt, DoStmt, ForStmt,
                        ConditionalOperator>(P))
      return true;
    return false;
  }

  Direction directionOf(const CallExpr *CE, const BufferParam &B) const {
    if (!B.DirFromArg)
      return B.Dir;
    if (auto V = constantOf(argOrNull(CE, B.DirFromArg->Param)))
      if (std::optional<Direction> Dir = B.DirFromArg->directionFor(*V))
        return *Dir;
    // Unknown direction: writes are wrong either way, reads may be fine
    // (as the analyzer's TransferStarts.cpp decides).
    return Direction::ToDevice;
  }

  /// Whether \p CE starts the engine: an arm never does; a start or a
  /// trigger with a trigger argument (pico-sdk) only when it is nonzero.
  Fires firesOf(const CallExpr *CE, const FunctionContract &K) const {
    if (effectOf(K.Roles) == Effect::SetUp)
      return Fires::Never;
    if (!K.TriggerParam)
      return Fires::Always;
    std::optional<int64_t> V = constantOf(argOrNull(CE, *K.TriggerParam));
    if (!V)
      return Fires::Maybe;
    return *V == 0 ? Fires::Never : Fires::Always;
  }

  std::optional<ObjectKey> handleOf(const CallExpr *CE,
                                    const FunctionContract &K) const {
    if (K.Handle.K != HandleSpec::Kind::Param)
      return std::nullopt;
    return keyOf(argOrNull(CE, K.Handle.Param));
  }

  void addStart(const CallExpr *CE, const FunctionContract &K) {
    StartsAt[CE]; // remember the call even when it tracks no buffer
    Fires F = firesOf(CE, K);
    const VarDecl *Result = resultVariable(CE);
    bool HasHandle = K.Handle.K != HandleSpec::Kind::None;
    std::optional<ObjectKey> HandleKey = handleOf(CE, K);
    // A returned handle is named by where the code keeps it.
    bool StoredOutside = false;
    if (K.Handle.K == HandleSpec::Kind::Return) {
      if (Result) {
        HandleKey = ObjectKey::ofDecl(Result);
        StoredOutside = !Result->hasLocalStorage();
      } else if (const Expr *Store = resultStore(CE)) {
        HandleKey = keyOf(Store);
        StoredOutside = outlivesFunction(Store);
      }
    }
    std::string ErrorTest = HandleKey ? Maps.errorTestOf(K) : "";
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
      T.BufferKey = keyOf(Arg);
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
      T.ErrorTest = ErrorTest;
      T.HandleStoredOutside = StoredOutside;
      T.CacheFollowed = Cache && Cache->follows(R);
      unsigned Index = Out.Transfers.size();
      Out.Transfers.push_back(std::move(T));
      StartsAt[CE].push_back(Index);
      if (Result)
        ResultTransfers[Result->getCanonicalDecl()].push_back(Index);
    }
  }

  //===--- Effects on the state ---------------------------------------===//

  /// Whether a completion naming \p Arg may complete transfer \p T. Two
  /// different handle expressions may still name the same handle (`u` and
  /// `v`, `chan` and `other`): unless they are provably distinct, the
  /// transfer is taken as completed, so that nothing is said afterwards.
  bool completes(const TransferSite &T, const Expr *Arg) const {
    if (!Arg)
      return true;
    std::optional<ObjectKey> Key = keyOf(Arg);
    if (!Key)
      return true;
    if (T.HasHandle)
      return !T.HandleKey || !ObjectKey::provablyDistinct(*T.HandleKey, *Key);
    if (!T.BufferKey || !ObjectKey::provablyDistinct(*T.BufferKey, *Key))
      return true;
    return resolvePointer(Arg).overlaps(T.Buffer);
  }

  /// A wait or abort (\p DropArmed) also tears down what is armed on its
  /// handle; a poll that reports completion leaves it armed.
  void complete(const Expr *Arg, FlowState &S, bool DropArmed) const {
    uint8_t Ends = DropArmed ? (Busy | Armed) : Busy;
    S.update([&](unsigned T, uint8_t &V) {
      if (!(V & Ends) || !completes(Out.Transfers[T], Arg))
        return;
      V = (V & Busy) ? (V & ~Busy) | Idle : V;
      if (DropArmed && (V & Armed))
        V = (V & ~Armed) | Idle;
    });
  }

  /// Everything in flight may be complete; what is armed stays armed.
  static void completeAll(FlowState &S) {
    S.update([](unsigned, uint8_t &V) {
      if (V & Busy)
        V = (V & ~Busy) | Idle;
    });
  }

  /// What is in flight in one of \p Scopes is complete. A scope of one
  /// channel (an interrupt vector's) completes the transfers on that
  /// constant channel and those whose channel is not constant.
  void completeScopes(llvm::ArrayRef<CompletionScope> Scopes,
                      FlowState &S) const {
    S.update([&](unsigned T, uint8_t &V) {
      const TransferSite &TS = Out.Transfers[T];
      if ((V & Busy) && llvm::any_of(Scopes, [&](const CompletionScope &C) {
            return C.covers(TS.Api, TS.Dir, handleIdentity(TS));
          }))
        V = (V & ~Busy) | Idle;
    });
  }

  /// What a transfer's handle says of which handle it is.
  static HandleIdentity handleIdentity(const TransferSite &T) {
    if (!T.HandleKey)
      return {};
    return {T.HandleKey->constant(), T.HandleKey->addressedVariable()};
  }

  /// The channel number an armed transfer's handle is, when constant.
  static std::optional<int64_t> constantChannel(const TransferSite &T) {
    return T.HandleKey ? T.HandleKey->constant() : std::nullopt;
  }

  /// Whether trigger call \p CE starts armed transfer \p T: the same
  /// handle (a merely possible alias starts nothing: when unsure, say
  /// nothing), or for a channel mask of the same API any channel whose bit
  /// may be set: only a constant mask with the constant channel's bit
  /// clear excludes it.
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
    std::optional<ObjectKey> Key = keyOf(H);
    return Key && T.HandleKey && *Key == *T.HandleKey;
  }

  /// What a start refused by a busy handle (`fails-when-busy`: HAL_BUSY)
  /// leaves of its own transfer \p T: Idle where the handle is busy on
  /// every path, Idle on some paths where it may be.
  uint8_t busyRefusal(const FunctionContract &K, const ObjectKey &Key,
                      unsigned Own, const FlowState &S) const {
    if (K.FailsWhenBusy == FunctionContract::BusyRule::None)
      return 0;
    const TransferSite &Mine = Out.Transfers[Own];
    uint8_t Seen = 0;
    S.forEach([&](unsigned T, uint8_t V) {
      const TransferSite &TS = Out.Transfers[T];
      if (!(V & Busy) || llvm::is_contained(StartsAt.lookup(Mine.Start), T) ||
          !TS.HandleKey || *TS.HandleKey != Key)
        return;
      if (K.FailsWhenBusy == FunctionContract::BusyRule::Direction &&
          TS.Dir != Mine.Dir)
        return;
      Seen |= V == Busy ? Busy : Idle;
    });
    return Seen;
  }

  /// A start or arm call: its own transfers become in flight or armed. A
  /// channel has one read and one write address, so what it sets replaces
  /// what is armed on the same handle for the same direction; a start also
  /// runs the rest of what is armed there (pico-sdk:
  /// `set_read_addr(ch, src, false); set_write_addr(ch, dst, true)`).
  void launch(const CallExpr *CE, const FunctionContract &K,
              FlowState &S) const {
    Fires F = firesOf(CE, K);
    llvm::SmallVector<unsigned, 2> Own = StartsAt.lookup(CE);
    std::optional<ObjectKey> Key = handleOf(CE, K);
    llvm::SmallVector<Direction, 2> Sets;
    for (const BufferParam &B : K.Buffers)
      if (argOrNull(CE, B.Param))
        Sets.push_back(directionOf(CE, B));
    // Decided before anything changes: the handle's state at the call.
    llvm::SmallVector<uint8_t, 2> Refused;
    for (unsigned T : Own)
      Refused.push_back(Key ? busyRefusal(K, *Key, T, S) : 0);
    if (Key)
      S.update([&](unsigned T, uint8_t &V) {
        const TransferSite &TS = Out.Transfers[T];
        if (!(V & Armed) || llvm::is_contained(Own, T) || !TS.HandleKey ||
            *TS.HandleKey != *Key)
          return;
        if (llvm::is_contained(Sets, TS.Dir))
          V = (V & ~Armed) | Idle;
        else if (F == Fires::Always)
          V = (V & ~Armed) | Busy;
        else if (F == Fires::Maybe)
          V |= Busy;
      });
    for (unsigned I = 0; I < Own.size(); ++I) {
      uint8_t Started = F == Fires::Always  ? Busy
                        : F == Fires::Maybe ? uint8_t(Busy | Armed)
                                            : Armed;
      // Refused on every path: it took nothing; on some: it may have.
      if (Refused[I] & Busy)
        Started = Idle;
      else if (Refused[I] & Idle)
        Started |= Idle;
      S.set(Own[I], Started);
    }
  }

  /// A trigger (pico dma_channel_start, Zephyr dma_start, Linux
  /// dma_sync_single_for_device) starts what is armed on its handle.
  void trigger(const CallExpr *CE, const FunctionContract &K,
               FlowState &S) const {
    Fires F = firesOf(CE, K);
    if (F == Fires::Never)
      return;
    S.update([&](unsigned T, uint8_t &V) {
      if (!(V & Armed) || !triggers(CE, K, Out.Transfers[T]))
        return;
      if (F == Fires::Always)
        V = (V & ~Armed) | Busy;
      else
        V |= Busy;
    });
  }

  /// The device gives the buffers on \p Arg's handle back to the CPU for
  /// now (Linux dma_sync_single_for_cpu): they are armed until a trigger
  /// on the same handle. A handle that may be the same suspends too.
  void suspend(const Expr *Arg, FlowState &S) const {
    S.update([&](unsigned T, uint8_t &V) {
      if ((V & Busy) && completes(Out.Transfers[T], Arg))
        V = (V & ~Busy) | Armed;
    });
  }

  //===--- Transfer functions ----------------------------------------===//

  void transferBlock(const CFGBlock &B, FlowState &S, bool Report) {
    for (const CFGElement &E : B) {
      if (auto CS = E.getAs<CFGStmt>())
        transferStmt(CS->getStmt(), S, Report);
      else if (auto LE = E.getAs<CFGLifetimeEnds>())
        lifetimeEnds(LE->getVarDecl(), LE->getTriggerStmt(), S, Report);
    }
    if (fallsOffEnd(B))
      if (const auto *Body = dyn_cast_or_null<CompoundStmt>(FD.getBody()))
        Maps.leaves(nullptr, Body->getRBracLoc(), S, Report);
  }

  void transferStmt(const Stmt *St, FlowState &S, bool Report) {
    if (const auto *CE = dyn_cast<CallExpr>(St)) {
      transferCall(CE, S, Report);
      return;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(St)) {
      if (BO->isAssignmentOp()) {
        pointerReplaced(BO->getLHS()->IgnoreParenImpCasts(), S);
        Maps.assigned(BO, S);
      }
      return;
    }
    if (const auto *RS = dyn_cast<ReturnStmt>(St)) {
      Maps.leaves(RS, RS->getBeginLoc(), S, Report);
      return;
    }
    if (isa<ArraySubscriptExpr, MemberExpr, UnaryOperator, DeclRefExpr>(St))
      checkDesignator(cast<Expr>(St), S, Report);
  }

  /// Whether \p B falls off the end of the body (a void function's last
  /// statement), not a return or a call that does not return.
  bool fallsOffEnd(const CFGBlock &B) const {
    if (B.succ_size() != 1 || *B.succ_begin() != &Cfg->getExit() ||
        B.hasNoReturnElement())
      return false;
    for (auto It = B.rbegin(); It != B.rend(); ++It)
      if (auto CS = It->getAs<CFGStmt>())
        return !isa<ReturnStmt>(CS->getStmt());
    return true;
  }

  /// `p = other;`, `d->rx = other;`: the pointer no longer names the
  /// started buffer.
  void pointerReplaced(const Expr *LHS, FlowState &S) const {
    const VarDecl *Var = nullptr;
    BufferRef Member;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(LHS))
      Var = dyn_cast<VarDecl>(DRE->getDecl());
    else if (isa<MemberExpr>(LHS))
      Member = resolveObject(LHS);
    if (!Var && !(Member && Member.Field))
      return;
    S.update([&](unsigned T, uint8_t &V) {
      const BufferRef &B = Out.Transfers[T].Buffer;
      if (Var ? (B.Var == Var && B.isThroughPointer())
              : (B.ThroughMember && B.Var == Member.Var &&
                 B.Field == Member.Field && B.Row == Member.Row))
        V = Idle;
    });
  }

  void transferCall(const CallExpr *CE, FlowState &S, bool Report) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    if (!Callee)
      return;
    if (const FunctionContract *K = Api.lookup(Callee)) {
      transferModelledCall(CE, *K, S, Report);
      return;
    }
    // A function defined here may test a mapping it is given.
    if (Callee->isDefined())
      Maps.givenToDefinedCallee(CE, S);
    if (Completion.mayComplete(Callee)) {
      completeAll(S);
      return;
    }
    const IdentifierInfo *CalleeName = Callee->getIdentifier();
    if (const LibraryAccess *Lib =
            CalleeName ? libraryAccess(CalleeName->getName()) : nullptr) {
      auto Touch = [&](unsigned Arg, bool Writes) {
        if (Arg < CE->getNumArgs())
          access({resolvePointer(CE->getArg(Arg)), std::nullopt, false}, CE,
                 Writes ? AccessKind::Write : AccessKind::Read, S, Report,
                 Callee);
      };
      for (const LibraryOperand &Op : Lib->Operands)
        Touch(Op.Arg, Op.Writes);
      if (!Lib->FormatArg)
        return;
      // printf("%s", rx) reads rx; a pointer printed with %p is not read.
      const auto *Lit =
          *Lib->FormatArg < CE->getNumArgs()
              ? dyn_cast<StringLiteral>(
                    CE->getArg(*Lib->FormatArg)->IgnoreParenCasts())
              : nullptr;
      if (Lit && Lit->getCharByteWidth() == 1)
        for (auto [Arg, Writes] :
             formatAccesses(Lit->getString(), *Lib->FormatArg + 1))
          Touch(Arg, Writes);
      return;
    }
    handleGivenToUnknownCallee(CE, S);
    // Each buffer the callee is given: it may maintain the cache for it,
    // and (reported as unknown) read or write it.
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      const Expr *Arg = CE->getArg(I);
      if (!Arg->IgnoreParenImpCasts()->getType()->isPointerType() &&
          !Arg->IgnoreParenImpCasts()->getType()->isArrayType())
        continue;
      AccessPlace Place{resolvePointer(Arg), std::nullopt, false};
      if (Cache && Place.Ref)
        Cache->givenToUnknownCallee(Place, S);
      if (!Report)
        continue;
      AccessKind Kind = AccessKind::Write;
      if (I < Callee->getNumParams()) {
        QualType P = Callee->getParamDecl(I)->getType();
        if (P->isPointerType() && P->getPointeeType().isConstQualified())
          Kind = AccessKind::Read;
      }
      recordAccess(Place, CE, Kind, S, Callee, /*Unknown=*/true);
    }
  }

  void transferModelledCall(const CallExpr *CE, const FunctionContract &K,
                            FlowState &S, bool Report) {
    bool ByHandle = K.Handle.K == HandleSpec::Kind::Param;
    const Expr *Handle = ByHandle ? argOrNull(CE, K.Handle.Param) : nullptr;
    // The exhaustive switch: a new effect does not compile until the tidy
    // flow says what it does with it.
    Effect E = effectOf(K.Roles);
    bool Starts = false;
    switch (E) {
    case Effect::SetUp:
    case Effect::HandOver:
      Starts = true;
      break;
    case Effect::Maintain: // below: a set-up may clean too (NuttX edma)
    case Effect::End:      // below, unless its result is tested
    case Effect::WaitObject:
    case Effect::Run:
    case Effect::GiveBack:
    case Effect::Poll: // on the branches of its result: relationEffects
    case Effect::Nothing:
    case Effect::Interrupt:
      break;
    }
    if (!Starts)
      Maps.call(CE, K, S, Report);
    if (Cache && maintainsCache(K.Roles))
      Cache->maintain(CE, K, S);
    // What runs after the call that did not before it (or is the call's
    // own): the cache rules look at a transfer when it starts running.
    std::optional<FlowState> Before;
    if (Cache && (Starts || E == Effect::Run))
      Before = S;
    if (Starts) {
      launch(CE, K, S);
      Maps.mapped(CE, StartsAt.lookup(CE), S);
    }
    if (E == Effect::Run)
      trigger(CE, K, S);
    if (Before) {
      llvm::SmallVector<unsigned, 2> Own = StartsAt.lookup(CE);
      llvm::SmallVector<std::pair<unsigned, bool>, 2> Running;
      S.forEach([&](unsigned T, uint8_t V) {
        if ((V & Busy) &&
            (!(Before->get(T) & Busy) || llvm::is_contained(Own, T)))
          Running.push_back({T, V == Busy});
      });
      for (auto [T, EveryPath] : Running)
        Cache->started(T, EveryPath, CE, S, Report);
    }
    if (E == Effect::GiveBack && ByHandle)
      suspend(Handle, S);
    // A wait whose result the code tests completes on the branch where it
    // succeeded (relationEffects), not here.
    if (completesWhenSucceeds(K) && resultTested(CE))
      return;
    // A blocking wait on a kernel object (k_sem_take, xSemaphoreTake: the
    // models' wait-signal entries) completes what the callbacks that give
    // that object complete.
    if (E == Effect::WaitObject)
      completeScopes(Completion.scopesCompletedByWaitOn(Handle), S);
    if (E == Effect::End && ByHandle)
      complete(Handle, S, /*DropArmed=*/true);
  }

  /// A function without a contract that receives the handle of a transfer
  /// in flight may well wait for it or abort it: the transfer is no longer
  /// tracked (api/UnknownCallees.h). One function's dataflow does not
  /// follow a body defined here either: it may wait as well.
  void handleGivenToUnknownCallee(const CallExpr *CE, FlowState &S) const {
    const FunctionDecl *Callee = CE->getDirectCallee();
    for (const Expr *Arg : CE->arguments()) {
      if (!Arg->getType()->isPointerType() &&
          !Arg->getType()->isIntegralOrEnumerationType())
        continue;
      std::optional<ObjectKey> Key = keyOf(Arg);
      if (!Key)
        continue;
      S.update([&](unsigned T, uint8_t &V) {
        const TransferSite &TS = Out.Transfers[T];
        if ((V & Busy) && TS.HasHandle && TS.HandleKey &&
            *TS.HandleKey == *Key &&
            (Callee->hasBody() ||
             mayCompleteGivenHandle(Callee, TS.Api, Api)))
          V = (V & ~Busy) | Idle;
      });
    }
  }

  void lifetimeEnds(const VarDecl *VD, const Stmt *Trigger, FlowState &S,
                    bool Report) {
    S.update([&](unsigned T, uint8_t &V) {
      const TransferSite &TS = Out.Transfers[T];
      if (TS.Buffer.Var != VD || TS.Buffer.isThroughPointer() ||
          TS.Buffer.ThroughMember || !(V & Busy))
        return;
      if (Report && Reported.insert({T, Trigger}).second)
        Out.Escapes.push_back({T, Trigger, V == Busy});
      V = Idle; // the storage is gone; report it once
    });
  }

  /// A read or write of the object \p E designates, decided by the context
  /// it appears in. Array and pointer names alone are not accesses: the
  /// subscript, dereference or call around them is.
  void checkDesignator(const Expr *E, FlowState &S, bool Report) {
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      QualType T = DRE->getType();
      if (T->isArrayType() || T->isPointerType() ||
          !isa<VarDecl>(DRE->getDecl()))
        return;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      if (UO->getOpcode() != UO_Deref)
        return;
    const Stmt *P = PM->getParentIgnoreParens(E);
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
      access({resolveObject(E), lvalueBytes(E, Ctx), hasVariableRowIndex(E, Ctx)},
             E, *Kind, S, Report, nullptr);
  }

  /// A CPU access: what the cache rules learn from it, and (reporting) an
  /// access in flight.
  void access(const AccessPlace &A, const Expr *Where, AccessKind Kind,
              FlowState &S, bool Report, const FunctionDecl *Via) {
    if (!A.Ref)
      return;
    if (Report)
      recordAccess(A, Where, Kind, S, Via, /*Unknown=*/false);
    if (Cache && Kind == AccessKind::Write)
      Cache->write(A, S);
    else if (Cache)
      Cache->read(A, Where, S, Report);
  }

  void recordAccess(const AccessPlace &A, const Expr *Where, AccessKind Kind,
                    const FlowState &S, const FunctionDecl *Via,
                    bool Unknown) {
    if (!A.Ref)
      return;
    bool Found = false;
    S.forEach([&](unsigned T, uint8_t V) {
      const TransferSite &TS = Out.Transfers[T];
      if (Found || V != Busy || TS.Start == Where || !accessMayTouch(TS, A))
        return;
      Out.Accesses.push_back({T, Where, Kind, Via, Unknown});
      Found = true;
    });
  }

  //===--- Branches --------------------------------------------------===//

  template <typename MapT>
  static auto lookupResult(const MapT &Map, const Expr *X)
      -> llvm::ArrayRef<typename MapT::mapped_type::value_type> {
    if (const auto *DRE = dyn_cast<DeclRefExpr>(X)) {
      auto It = Map.find(DRE->getDecl()->getCanonicalDecl());
      if (It != Map.end())
        return It->second;
    }
    return {};
  }

  llvm::ArrayRef<unsigned> startsTestedBy(const Expr *X) const {
    if (const auto *CE = dyn_cast<CallExpr>(X)) {
      auto It = StartsAt.find(CE);
      if (It != StartsAt.end())
        return It->second;
    }
    return lookupResult(ResultTransfers, X);
  }

  /// The calls with a success condition whose result \p X is (the call
  /// itself, or `rc` after `rc = call(...)`) and that have role \p Which.
  llvm::SmallVector<const CallExpr *, 1>
  callsTestedBy(const Expr *X,
                const llvm::DenseMap<const Decl *,
                                     llvm::SmallVector<const CallExpr *, 1>>
                    &Results,
                llvm::function_ref<bool(const FunctionContract &)> Which) {
    if (const auto *CE = dyn_cast<CallExpr>(X)) {
      const FunctionContract *C = contractOf(CE);
      if (C && Which(*C) && C->Success.K != SuccessCondition::Kind::Always)
        return {CE};
      return {};
    }
    llvm::ArrayRef<const CallExpr *> Stored = lookupResult(Results, X);
    return {Stored.begin(), Stored.end()};
  }

  /// Effects of the two edges of a branch on \p R (true edge) / its
  /// negation (false edge), for the starts, triggers and waits whose
  /// result it tests.
  bool resultEffects(const Relation &R, std::vector<EdgeEffect> &Effects) {
    llvm::ArrayRef<unsigned> Starts = startsTestedBy(R.Value);
    auto Triggers = callsTestedBy(R.Value, TriggerResults, runs);
    auto Waits = callsTestedBy(R.Value, WaitResults, completesWhenSucceeds);
    if (Starts.empty() && Triggers.empty() && Waits.empty())
      return false;
    for (bool Edge : {true, false}) {
      Relation Rel = Edge ? R : R.negated();
      EdgeEffect Fail = EdgeEffect::on(Edge, EdgeEffect::Fail);
      for (unsigned T : Starts)
        if (impliesFailure(Out.Transfers[T].Success, Rel))
          Fail.Transfers.push_back(T);
      if (!Fail.Transfers.empty())
        Effects.push_back(std::move(Fail));
      for (const CallExpr *Trigger : Triggers) {
        const FunctionContract *C = contractOf(Trigger);
        if (impliesFailure(C->Success, Rel)) {
          EdgeEffect E = EdgeEffect::on(Edge, EdgeEffect::Untrigger);
          E.Trigger = Trigger;
          E.TriggerContract = C;
          Effects.push_back(std::move(E));
        }
      }
      // Where the wait did not fail it completed; where the relation does
      // not say, it may have: when unsure, say nothing.
      for (const CallExpr *Wait : Waits) {
        const FunctionContract *C = contractOf(Wait);
        if (impliesFailure(C->Success, Rel))
          continue;
        const Expr *H = C->Handle.K == HandleSpec::Kind::Param
                            ? argOrNull(Wait, C->Handle.Param)
                            : nullptr;
        Effect Ends = effectOf(C->Roles);
        if (Ends == Effect::WaitObject) {
          EdgeEffect E = EdgeEffect::on(Edge, EdgeEffect::CompleteScope);
          E.Scopes = Completion.scopesCompletedByWaitOn(H);
          Effects.push_back(std::move(E));
        }
        if (Ends == Effect::End && H)
          Effects.push_back(EdgeEffect::on(Edge, EdgeEffect::CompleteWait, H));
      }
    }
    return true;
  }

  /// A handle's ready member tested against its done value
  /// (`hspi1.State != HAL_SPI_STATE_READY`): the edge where it reads that
  /// value has the handle's transfers done. Whether R.Value is one.
  bool readyMemberEffects(const Relation &R, std::vector<EdgeEffect> &Effects) {
    const auto *ME = dyn_cast<MemberExpr>(R.Value->IgnoreParenImpCasts());
    if (!ME)
      return false;
    Api.loadUsedModels(Ctx.Idents);
    const RegisterBlock *B = nullptr;
    const ControlRegister *Ready = readyMemberOf(
        dyn_cast<FieldDecl>(ME->getMemberDecl()), Api.registerBlocks(), B);
    if (!Ready)
      return false;
    if ((R.Op == BO_EQ || R.Op == BO_NE) &&
        R.K == static_cast<int64_t>(*Ready->Equals)) {
      EdgeEffect E = EdgeEffect::on(R.Op == BO_EQ, EdgeEffect::CompleteReady);
      E.Key = ME->isArrow() ? ObjectKey::of(ME->getBase(), Ctx)
                            : ObjectKey::addressOf(ME->getBase(), Ctx);
      E.Api = B->Api;
      E.Dir = Ready->Dir;
      Effects.push_back(std::move(E));
    }
    return true;
  }

  /// Effects of a branch on "X Op K" being true on its true edge.
  void relationEffects(const Relation &R, std::vector<EdgeEffect> &Effects) {
    if (resultEffects(R, Effects))
      return;
    // Which edge has X nonzero, which has X zero (when the relation says).
    std::optional<bool> TruthyEdge, FalsyEdge;
    for (bool Edge : {true, false})
      if (std::optional<bool> Truth = (Edge ? R : R.negated()).truth())
        (*Truth ? TruthyEdge : FalsyEdge) = Edge;
    if (readyMemberEffects(R, Effects))
      return;
    if (const auto *CE = dyn_cast<CallExpr>(R.Value)) {
      const FunctionContract *C = contractOf(CE);
      if (!C || C->Handle.K != HandleSpec::Kind::Param)
        return;
      std::optional<PollReading> Reading = pollReadingOf(C->Roles);
      if (!Reading)
        return;
      const Expr *H = argOrNull(CE, C->Handle.Param);
      if (Reading->OverWhenNonZero && !Reading->OverMeansFailed &&
          C->Success.K == SuccessCondition::Kind::ReturnEquals) {
        // A state poll: done only when the result equals the done value
        // (`HAL_UART_GetState(h) == HAL_UART_STATE_READY`).
        if ((R.Op == BO_EQ || R.Op == BO_NE) && R.K == C->Success.Value)
          Effects.push_back(
              EdgeEffect::on(R.Op == BO_EQ, EdgeEffect::Complete, H));
        return;
      }
      std::optional<bool> OverEdge =
          Reading->OverWhenNonZero ? TruthyEdge : FalsyEdge;
      if (!OverEdge)
        return;
      Effects.push_back(EdgeEffect::on(*OverEdge, EdgeEffect::Complete, H));
      if (Reading->OverMeansFailed)
        Effects.push_back(
            EdgeEffect::on(*OverEdge, EdgeEffect::MappingFailed, H));
      return;
    }
    if (TruthyEdge)
      if (const CompletionFlag *F = Completion.flagNamedBy(R.Value)) {
        EdgeEffect E = EdgeEffect::on(*TruthyEdge, EdgeEffect::CompleteScope);
        E.Scopes.push_back(F->Scope);
        Effects.push_back(std::move(E));
      }
  }

  void applyEdge(const std::vector<EdgeEffect> &Effects, bool TrueEdge,
                 FlowState &S) const {
    for (const EdgeEffect &E : Effects) {
      if (E.OnTrueEdge != TrueEdge)
        continue;
      switch (E.K) {
      case EdgeEffect::Complete:
        complete(E.Arg, S, /*DropArmed=*/false);
        break;
      case EdgeEffect::CompleteWait:
        complete(E.Arg, S, /*DropArmed=*/true);
        break;
      case EdgeEffect::CompleteScope:
        completeScopes(E.Scopes, S);
        break;
      case EdgeEffect::Fail:
        for (unsigned T : E.Transfers) {
          S.set(T, Idle);
          if (Cache)
            Cache->startFailed(T, S);
        }
        break;
      case EdgeEffect::MappingFailed:
        Maps.failed(E.Arg, S);
        break;
      case EdgeEffect::CompleteReady:
        S.update([&](unsigned T, uint8_t &V) {
          const TransferSite &TS = Out.Transfers[T];
          if (!(V & Busy) || TS.Api != E.Api || (E.Dir && TS.Dir != *E.Dir))
            return;
          if (E.Key && TS.HasHandle && TS.HandleKey &&
              ObjectKey::provablyDistinct(*TS.HandleKey, *E.Key))
            return;
          V = (V & ~Busy) | Idle;
        });
        break;
      case EdgeEffect::Untrigger:
        // A trigger that failed started nothing. What was in flight on its
        // handle before it is taken as armed too: when unsure, say nothing.
        S.update([&](unsigned T, uint8_t &V) {
          if ((V & Busy) &&
              triggers(E.Trigger, *E.TriggerContract, Out.Transfers[T]))
            V = (V & ~Busy) | Armed;
        });
        break;
      }
    }
  }

  //===--- Fixpoint and report ---------------------------------------===//

  const std::vector<EdgeEffect> &edgeEffects(const CFGBlock &B) {
    auto [It, New] = Edges.try_emplace(B.getBlockID());
    if (New)
      if (const Expr *Cond = branchCondition(B))
        if (std::optional<Relation> R = relationOf(Cond, Ctx))
          relationEffects(*R, It->second);
    return It->second;
  }

  void solve() {
    In.assign(Cfg->getNumBlockIDs(), std::nullopt);
    const CFGBlock &Entry = Cfg->getEntry();
    In[Entry.getBlockID()].emplace();
    ForwardDataflowWorklist Work(*Cfg, ADC);
    Work.enqueueBlock(&Entry);
    while (const CFGBlock *B = Work.dequeue()) {
      FlowState S = *In[B->getBlockID()];
      transferBlock(*B, S, /*Report=*/false);
      const std::vector<EdgeEffect> &Effects = edgeEffects(*B);
      unsigned Index = 0;
      for (const CFGBlock *Succ : B->succs()) {
        bool TrueEdge = Index++ == 0;
        if (!Succ)
          continue;
        FlowState Edge = S;
        applyEdge(Effects, TrueEdge, Edge);
        std::optional<FlowState> &SuccIn = In[Succ->getBlockID()];
        bool Changed = !SuccIn;
        if (!SuccIn)
          SuccIn = std::move(Edge);
        else
          Changed = SuccIn->join(Edge);
        if (Changed)
          Work.enqueueBlock(Succ);
      }
    }
  }

  void report() {
    for (const CFGBlock *B : *Cfg) {
      if (!In[B->getBlockID()])
        continue;
      FlowState S = *In[B->getBlockID()];
      transferBlock(*B, S, /*Report=*/true);
    }
  }

  const FunctionDecl &FD;
  ASTContext &Ctx;
  ApiDescription &Api;
  CompletionKnowledge &Completion;
  AnalysisDeclContext ADC;
  CFG *Cfg = nullptr;
  ParentMap *PM = nullptr;
  /// Built for the first model buffer named through a field.
  std::optional<FieldStores> Fields;
  FunctionFlow Out;
  llvm::DenseMap<const CallExpr *, llvm::SmallVector<unsigned, 2>> StartsAt;
  llvm::DenseMap<const Decl *, llvm::SmallVector<unsigned, 2>>
      ResultTransfers;
  /// Variables holding the result of a trigger with a success condition.
  llvm::DenseMap<const Decl *, llvm::SmallVector<const CallExpr *, 1>>
      TriggerResults;
  /// Variables holding the result of a wait with a success condition.
  llvm::DenseMap<const Decl *, llvm::SmallVector<const CallExpr *, 1>>
      WaitResults;
  llvm::DenseMap<unsigned, std::vector<EdgeEffect>> Edges;
  /// The state on entry to each block; std::nullopt while unreached.
  std::vector<std::optional<FlowState>> In;
  std::set<std::pair<unsigned, const Stmt *>> Reported;
  MappingFlow Maps;
  std::optional<CacheFlow> Cache;
};

} // namespace

bool accessMayTouch(const TransferSite &TS, const AccessPlace &A) {
  const BufferRef &R = A.Ref;
  if (!TS.Buffer.overlaps(R))
    return false;
  // Bytes of the same array outside the transfer are the CPU's.
  if (A.Bytes && TS.Bytes && !R.Field &&
      (A.Bytes->second <= TS.Bytes->first || TS.Bytes->second <= A.Bytes->first))
    return false;
  // `bufs[i]` against another part of `bufs`, `q[i].data` against
  // `q[0].data`: they may not overlap, and when unsure, say nothing.
  if (!R.Field && ((TS.RowUnknown && (A.Bytes || A.RowUnknown)) ||
                   (A.RowUnknown && (TS.Bytes || TS.RowUnknown))))
    return false;
  if ((R.RowVariable && TS.Buffer.Row) ||
      (TS.Buffer.RowVariable && (R.Row || R.RowVariable)))
    return false;
  return true;
}

FunctionFlow analyzeTransfers(const FunctionDecl &FD, ASTContext &Ctx,
                              ApiDescription &Api,
                              CompletionKnowledge &Completion,
                              const CacheModel *Cache) {
  // Template patterns are analysed through their instantiations.
  if (!FD.getBody() || FD.isDependentContext())
    return {};
  return FlowBuilder(FD, Ctx, Api, Completion, Cache).run();
}

} // namespace tidy
} // namespace dmasafe
