//===- MappingDiscipline.cpp - A mapping is tested before it is used ------===//
#include "semantics/MappingDiscipline.h"

#include "semantics/FindingText.h"
#include "semantics/Transitions.h"

namespace dmasafe {

static size_t commonPrefix(llvm::StringRef A, llvm::StringRef B) {
  size_t N = 0;
  while (N < A.size() && N < B.size() && A[N] == B[N])
    ++N;
  return N;
}

std::string errorTestFor(const FunctionContract &Start,
                         const ApiDescription &Api) {
  if (!Start.hasRole(Role::Start) || Start.Handle.K != HandleSpec::Kind::Return)
    return "";
  std::string Best;
  size_t BestPrefix = 0;
  for (const auto &Entry : Api.models()) {
    const FunctionContract &K = Entry.getValue();
    if (!K.hasRole(Role::ErrorTest) || K.Api != Start.Api)
      continue;
    size_t P = commonPrefix(K.Name, Start.Name);
    if (Best.empty() || P > BestPrefix ||
        (P == BestPrefix && K.Name.size() < Best.size()) ||
        (P == BestPrefix && K.Name.size() == Best.size() && K.Name < Best)) {
      Best = K.Name;
      BestPrefix = P;
    }
  }
  return Best;
}

bool namesMapping(const FunctionContract &K) {
  Effect E = effectOf(K.Roles);
  return K.Handle.K == HandleSpec::Kind::Param &&
         (E == Effect::End || E == Effect::GiveBack || E == Effect::Run);
}

static std::optional<Direction>
directionOf(const std::optional<DirectionFromArg> &D, ArgValue Arg) {
  if (!D)
    return std::nullopt;
  std::optional<int64_t> V = Arg(D->Param);
  return V ? D->directionFor(*V) : std::nullopt;
}

MappingShape shapeOfMap(const FunctionContract &Map, ArgValue Arg) {
  MappingShape S;
  if (!Map.hasRole(Role::Start) || Map.Buffers.empty())
    return S;
  const BufferParam &B = Map.Buffers.front();
  // A length held in a struct member is not an argument's value.
  if (B.LenField.empty() && B.LenParam)
    S.Length = Arg(*B.LenParam);
  S.Dir = B.DirFromArg ? directionOf(B.DirFromArg, Arg)
                       : std::optional<Direction>(B.Dir);
  return S;
}

MappingShape shapeNamedBy(const FunctionContract &End, ArgValue Arg) {
  MappingShape S;
  if (End.MappingLenParam)
    S.Length = Arg(*End.MappingLenParam);
  S.Dir = directionOf(End.MappingDir, Arg);
  return S;
}

std::string mappingMismatch(llvm::StringRef Mapping, llvm::StringRef Callee,
                            const MappingShape &Map, const MappingShape &Named,
                            bool Unmap) {
  if (Map.Length && Named.Length &&
      (Unmap ? *Named.Length != *Map.Length : *Named.Length > *Map.Length))
    return text::mappingSize(Mapping, Callee, *Named.Length, *Map.Length,
                             Unmap);
  // A bidirectional mapping may be synced either way; it is unmapped so.
  if (Map.Dir && Named.Dir && *Named.Dir != *Map.Dir &&
      (Unmap || *Map.Dir != Direction::Bidirectional))
    return text::mappingDirection(Mapping, Callee, *Named.Dir, *Map.Dir,
                                  Unmap);
  return "";
}

} // namespace dmasafe
