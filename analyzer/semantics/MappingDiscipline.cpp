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

} // namespace dmasafe
