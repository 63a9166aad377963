//===- MappingDiscipline.cpp - A mapping is tested before it is used ------===//
#include "semantics/MappingDiscipline.h"

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

std::string untestedEndFinding(llvm::StringRef Mapping, llvm::StringRef Callee,
                               llvm::StringRef Test) {
  return "'" + Callee.str() + "' ends the DMA mapping of " + Mapping.str() +
         ", which was never tested with '" + Test.str() +
         "' on this path: a failed mapping is no address to unmap or sync; "
         "test the handle after mapping";
}

static const char *enumName(Direction D) {
  switch (D) {
  case Direction::ToDevice: return "DMA_TO_DEVICE";
  case Direction::FromDevice: return "DMA_FROM_DEVICE";
  case Direction::Bidirectional: return "DMA_BIDIRECTIONAL";
  }
  return "?";
}

std::string mappingSizeFinding(llvm::StringRef Mapping, llvm::StringRef Callee,
                               int64_t Size, int64_t MappedSize, bool Unmap) {
  return "'" + Callee.str() + "' names the DMA mapping of " + Mapping.str() +
         " with " + std::to_string(Size) + " bytes, but " +
         std::to_string(MappedSize) + " were mapped; " +
         (Unmap ? "unmap with the size of the map"
                : "sync no more than was mapped");
}

std::string mappingDirectionFinding(llvm::StringRef Mapping,
                                    llvm::StringRef Callee, Direction Dir,
                                    Direction Mapped, bool Unmap) {
  return "'" + Callee.str() + "' names the DMA mapping of " + Mapping.str() +
         " with " + enumName(Dir) + ", but it was mapped " + enumName(Mapped) +
         "; " + (Unmap ? "unmap" : "sync") + " with the map's direction";
}

std::string failedEndFinding(llvm::StringRef Callee) {
  return "'" + Callee.str() +
         "' ends a DMA mapping whose error test said it failed: nothing was "
         "mapped; clear the stored handle when the mapping fails";
}

std::string untestedKeptFinding(llvm::StringRef Mapping, llvm::StringRef Test) {
  return "DMA mapping of " + Mapping.str() + " is kept without a '" +
         Test.str() +
         "' test on this path: a failed mapping would be used as a bus "
         "address; test the handle after mapping";
}

} // namespace dmasafe
