//===- MappingFlow.cpp - The mapping discipline over one function's flow --===//
#include "MappingFlow.h"

#include "semantics/FindingText.h"
#include "semantics/MappingDiscipline.h"
#include "semantics/Transitions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"

using namespace clang;

namespace dmasafe {
namespace tidy {

bool outlivesFunction(const Expr *LHS) {
  const Expr *E = LHS->IgnoreParenImpCasts();
  while (true) {
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      if (ME->isArrow())
        return true;
      E = ME->getBase()->IgnoreParenImpCasts();
    } else if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
      const Expr *Base = ASE->getBase()->IgnoreParenImpCasts();
      if (!Base->getType()->isArrayType())
        return true;
      E = Base;
    } else {
      break;
    }
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  return !VD || !VD->hasLocalStorage();
}

std::string MappingFlow::errorTestOf(const FunctionContract &K) const {
  return errorTestFor(K, Api);
}

bool MappingFlow::names(const TransferSite &T, const Expr *E) const {
  std::optional<ObjectKey> Key = E ? ObjectKey::of(E, Ctx) : std::nullopt;
  return Key && T.HandleKey && *Key == *T.HandleKey;
}

void MappingFlow::mapped(const CallExpr *CE, llvm::ArrayRef<unsigned> Own,
                         FlowState &S) const {
  if (Own.empty() || Out.Transfers[Own.front()].ErrorTest.empty())
    return;
  const std::optional<ObjectKey> &Key = Out.Transfers[Own.front()].HandleKey;
  // The handle no longer holds what an earlier map there returned.
  S.Mapping.update([&](unsigned T, uint8_t &V) {
    const TransferSite &TS = Out.Transfers[T];
    if (TS.Start != CE && TS.HandleKey && Key && *TS.HandleKey == *Key)
      V = mapping::Settled;
  });
  for (unsigned T : Own)
    S.Mapping.set(T, mapping::Untested);
}

void MappingFlow::call(const CallExpr *CE, const FunctionContract &K,
                       FlowState &S, bool Report) {
  if (K.Handle.K != HandleSpec::Kind::Param || K.Handle.Param >= CE->getNumArgs())
    return;
  const Expr *Handle = CE->getArg(K.Handle.Param);
  std::optional<PollReading> Reading = pollReadingOf(K.Roles);
  if (Reading && Reading->OverMeansFailed) {
    // A test of a handle the flow cannot name may test any mapping.
    bool Named = ObjectKey::of(Handle, Ctx).has_value();
    S.Mapping.update([&](unsigned T, uint8_t &V) {
      if (!Named || names(Out.Transfers[T], Handle))
        V = mapping::Settled;
    });
    return;
  }
  if (!namesMapping(K))
    return;
  for (unsigned T = 0; T < Out.Transfers.size(); ++T) {
    const TransferSite &TS = Out.Transfers[T];
    if (TS.ErrorTest.empty() || !names(TS, Handle))
      continue;
    uint8_t V = S.Mapping.get(T);
    if (Report && V == mapping::Failed)
      report(T, CE->getBeginLoc(), text::mappingFailedEnd(K.Name));
    else if (Report && V == mapping::Untested)
      report(T, CE->getBeginLoc(),
             text::mappingUntestedEnd(bufferText(TS.Buffer), K.Name,
                                      TS.ErrorTest));
    // Once reported, the mapping counts as tested: one report.
    if (V != mapping::Settled)
      S.Mapping.set(T, mapping::Settled);
    // In flight or armed on every path: this call names that mapping.
    uint8_t Own = S.get(T);
    if (Report && !(Own & FlowState::Idle))
      if (std::string Bad = mismatch(TS, CE, K); !Bad.empty())
        report(T, CE->getBeginLoc(), std::move(Bad));
  }
}

std::string MappingFlow::mismatch(const TransferSite &TS, const CallExpr *CE,
                                  const FunctionContract &K) const {
  const FunctionDecl *MapFD = TS.Start->getDirectCallee();
  const FunctionContract *Map = MapFD ? Api.lookup(MapFD) : nullptr;
  if (!Map)
    return "";
  auto ArgOf = [&](const CallExpr *Call) {
    return [this, Call](unsigned I) -> std::optional<int64_t> {
      return I < Call->getNumArgs() ? constantInt(Call->getArg(I), Ctx)
                                    : std::nullopt;
    };
  };
  auto AtMap = ArgOf(TS.Start);
  auto Here = ArgOf(CE);
  return mappingMismatch(bufferText(TS.Buffer), K.Name, shapeOfMap(*Map, AtMap),
                         shapeNamedBy(K, Here),
                         effectOf(K.Roles) == Effect::End);
}

void MappingFlow::failed(const Expr *Handle, FlowState &S) const {
  for (unsigned T = 0; T < Out.Transfers.size(); ++T)
    if (!Out.Transfers[T].ErrorTest.empty() && names(Out.Transfers[T], Handle))
      S.Mapping.set(T, mapping::Failed);
}

void MappingFlow::givenToDefinedCallee(const CallExpr *CE,
                                       FlowState &S) const {
  for (const Expr *Arg : CE->arguments())
    S.Mapping.update([&](unsigned T, uint8_t &V) {
      if (names(Out.Transfers[T], Arg))
        V = mapping::Settled;
    });
}

void MappingFlow::assigned(const BinaryOperator *BO, FlowState &S) {
  if (BO->getOpcode() != BO_Assign)
    return;
  const Expr *RHS = BO->getRHS()->IgnoreParenImpCasts();
  // `h = dma_map_single(...)` made the mapping (mapped()).
  if (isa<CallExpr>(RHS->IgnoreParenCasts()))
    return;
  const Expr *LHS = BO->getLHS();
  bool Outside = outlivesFunction(LHS);
  for (unsigned T = 0; T < Out.Transfers.size(); ++T) {
    TransferSite &TS = Out.Transfers[T];
    if (TS.ErrorTest.empty())
      continue;
    if (names(TS, LHS))
      S.Mapping.set(T, mapping::Settled);
    else if (Outside && names(TS, RHS))
      TS.HandleStoredOutside = true;
  }
}

void MappingFlow::leaves(const ReturnStmt *RS, SourceLocation At,
                         FlowState &S, bool Report) {
  const Expr *Returned = RS ? RS->getRetValue() : nullptr;
  S.Mapping.update([&](unsigned T, uint8_t &V) {
    const TransferSite &TS = Out.Transfers[T];
    // A handle given back to the caller is the caller's to test.
    if (V != mapping::Untested || S.get(T) != FlowState::Busy ||
        !TS.HandleStoredOutside || (Returned && names(TS, Returned)))
      return;
    if (Report)
      report(T, At, text::mappingUntestedKept(bufferText(TS.Buffer),
                                              TS.ErrorTest));
    V = mapping::Settled;
  });
}

void MappingFlow::report(unsigned T, SourceLocation At, std::string Text) {
  const TransferSite &TS = Out.Transfers[T];
  RuleFinding F;
  F.Transfer = T;
  F.At = At;
  F.Text = std::move(Text);
  F.NoteAt = TS.Start->getBeginLoc();
  F.Note = text::mappingMadeNote(
      text::quoted(TS.Start->getDirectCallee()->getNameAsString()),
      TS.ErrorTest);
  Out.Mappings.push_back(std::move(F));
}

} // namespace tidy
} // namespace dmasafe
