//===- CacheFlow.cpp - Data cache lines over one function's flow ----------===//
#include "CacheFlow.h"

#include "api/CacheLines.h"
#include "semantics/FindingText.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace dmasafe {
namespace tidy {

namespace {

constexpr uint8_t DirtyBits = cache::Dirty | cache::DirtyPartlyCleaned;
constexpr uint8_t StaleBits = cache::Stale | cache::StaleInvalidatedInFlight |
                              cache::StalePartlyInvalidated;

/// The bytes of its variable transfer \p T covers, when known: a part
/// (TransferSite::Bytes) or the whole array or struct variable.
std::optional<std::pair<uint64_t, uint64_t>> bytesOf(const TransferSite &T, const ASTContext &Ctx) {
  if (T.Bytes)
    return T.Bytes;
  const BufferRef &B = T.Buffer;
  if (!B.Var || B.Field || B.ThroughMember || B.isThroughPointer() ||
      B.Row || B.RowVariable || T.RowUnknown)
    return std::nullopt;
  QualType Ty = B.Var->getType();
  if (Ty->isIncompleteType() || !Ty->isConstantSizeType())
    return std::nullopt;
  return std::make_pair(uint64_t(0),
                        uint64_t(Ctx.getTypeSizeInChars(Ty).getQuantity()));
}

/// The transfer's start callee, as notes name it.
std::string starterOf(const TransferSite &T) {
  return text::quoted(T.Start->getDirectCallee()->getNameAsString());
}

} // namespace

bool CacheFlow::follows(const BufferRef &B) const {
  if (!B.Var)
    return false;
  // What a pointer points to is taken to be cacheable.
  if (B.isThroughPointer() || B.ThroughMember)
    return true;
  return cacheFollows(*B.Var, Cache);
}

void CacheFlow::started(unsigned T, bool EveryPath, const CallExpr *Call,
                        FlowState &S, bool Report) {
  const TransferSite &TS = Out.Transfers[T];
  if (!TS.CacheFollowed)
    return;
  uint8_t Dirt = S.Dirt.get(T);
  if (Report && EveryPath && !(Dirt & cache::Clean)) {
    RuleFinding F;
    F.Transfer = T;
    F.At = Call->getBeginLoc();
    F.Text = text::dirtyStart(bufferText(TS.Buffer), TS.Dir,
                              Dirt & cache::DirtyPartlyCleaned);
    Out.Cache.push_back(std::move(F));
  }
  if (TS.Dir != Direction::FromDevice)
    return;
  // A later transfer into the same bytes supersedes what an earlier one
  // left stale: it is the later completion that counts.
  S.Staleness.update([&](unsigned Old, uint8_t &V) {
    const TransferSite &O = Out.Transfers[Old];
    if (Old != T && O.Buffer.overlaps(TS.Buffer))
      V = cache::Fresh;
  });
  uint8_t V = S.Staleness.get(T);
  S.Staleness.set(T, EveryPath ? cache::Stale : uint8_t(V | cache::Stale));
  const BufferRef &B = TS.Buffer;
  if (!Report || !B.Var || B.Field || B.ThroughMember || B.isThroughPointer())
    return;
  if (std::optional<PartialLines> P =
          partialLinesOf(*B.Var, Ctx, Cache.lineSize())) {
    RuleFinding F;
    F.Transfer = T;
    F.At = B.Var->getLocation();
    F.Text = std::move(P->Text);
    F.NoteAt = Call->getBeginLoc();
    F.Note = text::transferNote(Direction::FromDevice, bufferText(B),
                                "starts here");
    F.Definition = B.Var;
    F.Fixes = std::move(P->Fixes);
    Out.Cache.push_back(std::move(F));
  }
}

void CacheFlow::startFailed(unsigned T, FlowState &S) const {
  S.Staleness.set(T, cache::Fresh);
}

void CacheFlow::write(const AccessPlace &A, FlowState &S) const {
  for (unsigned T = 0; T < Out.Transfers.size(); ++T) {
    const TransferSite &TS = Out.Transfers[T];
    if (!TS.CacheFollowed || !accessMayTouch(TS, A))
      continue;
    uint8_t V = S.Dirt.get(T) & DirtyBits;
    S.Dirt.set(T, V ? V : cache::Dirty);
  }
}

void CacheFlow::givenToUnknownCallee(const AccessPlace &A,
                                     FlowState &S) const {
  for (unsigned T = 0; T < Out.Transfers.size(); ++T) {
    const TransferSite &TS = Out.Transfers[T];
    if (!TS.CacheFollowed || !accessMayTouch(TS, A))
      continue;
    S.Dirt.set(T, cache::Clean);
    // In flight on some path: an invalidate then would not count either.
    if (!(S.get(T) & (FlowState::Busy | FlowState::Armed)))
      S.Staleness.set(T, cache::Fresh);
  }
}

void CacheFlow::read(const AccessPlace &A, const Expr *At, FlowState &S,
                     bool Report) {
  S.Staleness.update([&](unsigned T, uint8_t &V) {
    const TransferSite &TS = Out.Transfers[T];
    // In flight on some path: the access rules speak for it.
    if (!TS.CacheFollowed || S.get(T) != FlowState::Idle ||
        !accessMayTouch(TS, A))
      return;
    // Bytes a partial invalidate covered are fresh; unknown bytes may be.
    if (V & cache::StalePartlyInvalidated) {
      auto It = PartlyInvalidated.find(T);
      if (!A.Bytes || (It != PartlyInvalidated.end() &&
                       llvm::any_of(It->second, [&](const Bytes &P) {
                         return P.first <= A.Bytes->first &&
                                A.Bytes->second <= P.second;
                       })))
        return;
    }
    if (Report && !(V & cache::Fresh)) {
      RuleFinding F;
      F.Transfer = T;
      F.At = At->getBeginLoc();
      F.Text = text::staleRead(bufferText(TS.Buffer),
                               V & cache::StaleInvalidatedInFlight,
                               V & cache::StalePartlyInvalidated);
      F.NoteAt = TS.Start->getBeginLoc();
      F.Note = text::transferNote(TS.Dir, bufferText(TS.Buffer),
                                  "started here by " + starterOf(TS));
      Out.Cache.push_back(std::move(F));
    }
    V = cache::Fresh; // one report: the CPU has read the lines now
  });
}

CacheFlow::Coverage CacheFlow::coverage(const CallExpr *Call,
                                        const BufferParam &B,
                                        const TransferSite &T,
                                        Bytes &Part) const {
  if (B.Param >= Call->getNumArgs())
    return Coverage::All;
  const Expr *Arg = Call->getArg(B.Param);
  BufferRef R = resolvePointer(Arg);
  // An address the flow cannot follow (`(uint32_t)buf & ~31`): all.
  if (!R)
    return Coverage::All;
  if (!R.overlaps(T.Buffer))
    return Coverage::None;
  std::optional<Bytes> Covered = bytesOf(T, Ctx);
  std::optional<BufferExtent> Ex = pointerExtent(Arg, Ctx);
  std::optional<uint64_t> Len = constantTransferBytes(*Call, B, Ctx);
  if (!Covered || !Ex || !Len || Ex->Object != T.Buffer.Var || R.Field)
    return Coverage::All; // when unsure, say nothing
  uint64_t Lo = Ex->Offset, Hi = Ex->Offset + *Len;
  if (Lo <= Covered->first && Covered->second <= Hi)
    return Coverage::All;
  if (Hi <= Covered->first || Covered->second <= Lo)
    return Coverage::None;
  Part = {Lo, Hi};
  return Coverage::Part;
}

void CacheFlow::maintain(const CallExpr *Call, const FunctionContract &K,
                         FlowState &S) {
  bool Invalidates =
      maintenanceInvalidates(K, [&](unsigned I) -> std::optional<int64_t> {
        return I < Call->getNumArgs() ? constantInt(Call->getArg(I), Ctx)
                                      : std::nullopt;
      });
  for (unsigned T = 0; T < Out.Transfers.size(); ++T) {
    const TransferSite &TS = Out.Transfers[T];
    if (!TS.CacheFollowed)
      continue;
    Coverage C = Coverage::None;
    Bytes Part;
    if (K.Buffers.empty()) // the whole cache
      C = Coverage::All;
    for (const BufferParam &B : K.Buffers)
      C = std::max(C, coverage(Call, B, TS, Part));
    if (C == Coverage::None)
      continue;
    // A clean writes dirty lines back; an invalidate discards them: either
    // way the cache no longer holds bytes newer than memory.
    uint8_t D = S.Dirt.get(T);
    if (C == Coverage::All)
      S.Dirt.set(T, cache::Clean);
    else if (D & DirtyBits)
      S.Dirt.set(T, (D & cache::Clean) | cache::DirtyPartlyCleaned);
    uint8_t V = S.Staleness.get(T);
    if (!Invalidates || !(V & StaleBits))
      continue;
    uint8_t Rest = V & cache::Fresh;
    if (S.get(T) & (FlowState::Busy | FlowState::Armed))
      S.Staleness.set(T, Rest | cache::StaleInvalidatedInFlight |
                             (V & cache::StalePartlyInvalidated));
    else if (C == Coverage::All)
      S.Staleness.set(T, cache::Fresh);
    else {
      S.Staleness.set(T, Rest | cache::StalePartlyInvalidated);
      auto &Seen = PartlyInvalidated[T];
      if (!llvm::is_contained(Seen, Part))
        Seen.push_back(Part);
    }
  }
}

} // namespace tidy
} // namespace dmasafe
