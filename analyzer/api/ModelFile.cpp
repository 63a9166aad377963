//===- ModelFile.cpp - YAML model files into contracts --------------------===//
// Placeholder until the model-file reader lands (issue 4): every model file
// is rejected with a clear error rather than half-read.
#include "ApiDescription.h"

namespace dmasafe {
llvm::Error parseModelFile(llvm::StringRef, llvm::StringRef Name,
                           llvm::StringMap<FunctionContract> &) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "%s:1:1: model files are not supported yet",
                                 Name.str().c_str());
}
} // namespace dmasafe
