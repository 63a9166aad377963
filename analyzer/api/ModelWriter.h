//===- ModelWriter.h - A contract written back as a model entry -----------===//
//
// The inverse of ModelFile.cpp for what a derived contract can hold: one
// `functions:` entry of a model file (docs/models.md) that parseModelFile
// reads back to the same contract, and the annotations of
// dmasafe/annotations.h that say the same on the function's declaration.
// `dmasafe summarize` writes the contracts it derives from function bodies
// with these, so that later runs load them as an ordinary model file.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_MODELWRITER_H
#define DMASAFE_API_MODELWRITER_H

#include "ApiDescription.h"

#include <string>

namespace clang {
class FunctionDecl;
}

namespace dmasafe {

/// The entry of \p C as YAML lines of a `functions:` list ("  - name: f\n
/// ..."): name, api, role, handle, success, buffers (param, field,
/// direction, length, requires). Keys a derived contract never has
/// (callback, trigger, registers...) are not written.
std::string modelEntryText(const FunctionContract &C);

/// \p FD's declaration with the annotations that give it \p C, as it would
/// read in a header (`DMA_WAITS void spi_wait(struct spi *s DMA_HANDLE);`),
/// and, after " // ", what no annotation can say (a member buffer, a
/// no-stack requirement): those need the model entry.
std::string annotatedDeclaration(const FunctionContract &C,
                                 const clang::FunctionDecl *FD);

} // namespace dmasafe

#endif // DMASAFE_API_MODELWRITER_H
