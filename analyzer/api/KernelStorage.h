//===- KernelStorage.h - Memory the Linux DMA API cannot translate --------===//
//
// The kernel's DMA API (dma_map_single, virt_to_page behind scatterlists,
// the USB core's buffer mapping) translates addresses of the linear map
// only. Two kinds of writable memory lie outside it, and a buffer whose
// contract says `requires: [no-vmalloc]` must not come from either:
//
//   - what a `role: allocate, storage: vmalloc` function returns: vmalloc,
//     vzalloc, vmalloc_user, and kvmalloc and its family, which may fall
//     back to vmalloc and so must be taken to (DMA-API debug: "device
//     driver maps memory from vmalloc area");
//   - static data of a loadable module, which the module loader places in
//     module space (vmalloc'ed too). Kbuild compiles a module's objects
//     with -DMODULE, so the unit says which it is.
//
// Both front-ends ask these questions here and print these findings, so
// the rule and its wording are written once.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_KERNELSTORAGE_H
#define DMASAFE_API_KERNELSTORAGE_H

#include "ApiDescription.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang {
class CallExpr;
class Preprocessor;
class VarDecl;
} // namespace clang

namespace dmasafe {

/// The vmalloc-kind allocator \p CE calls, or null when its callee returns
/// other memory (or has no contract in \p Api).
const clang::FunctionDecl *vmallocAllocator(const clang::CallExpr *CE,
                                            ApiDescription &Api);

/// Whether the unit is an object of a loadable kernel module (-DMODULE).
bool isLoadableModuleUnit(clang::Preprocessor &PP);

/// Whether \p VD is writable static data whose address a loadable module's
/// DMA cannot use (in a unit for which isLoadableModuleUnit holds).
bool isModuleStaticData(const clang::VarDecl *VD);

} // namespace dmasafe

#endif // DMASAFE_API_KERNELSTORAGE_H
