//===- ShowModelIndex.cpp - Which names a model file is loaded for --------===//
//
// `dmasafe-model-index [--names] MODEL...` prints, per file, where the
// plugins take its names from: "shipped" (the index the build embedded),
// "scanned" (the text scan, for a model the build did not index, an
// edited one included) or "parsed" (no scan can tell: parsed at every
// load). For a shipped file it also scans the text and says "mismatch"
// when the two disagree. The names decide when a unit loads the file
// (ApiDescription::deferModelFile); this shows why a model was not used.
//
//===----------------------------------------------------------------------===//
#include "api/ModelIndex.h"
#include "api/ShippedModelIndex.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <set>
#include <string>

int main(int Argc, char **Argv) {
  bool ShowNames = false;
  int Status = 0;
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Path = Argv[I];
    if (Path == "--names") {
      ShowNames = true;
      continue;
    }
    auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                           /*RequiresNullTerminator=*/false);
    if (!Buf) {
      llvm::errs() << Path << ": " << Buf.getError().message() << "\n";
      Status = 1;
      continue;
    }
    llvm::StringRef Text = (*Buf)->getBuffer();
    std::optional<std::vector<llvm::StringRef>> Scanned =
        dmasafe::modelIndexNames(Text);
    std::set<std::string> Names;
    if (Scanned)
      for (llvm::StringRef N : *Scanned)
        Names.insert(N.str());
    const char *Source = Scanned && !Scanned->empty() ? "scanned" : "parsed";
    if (auto Shipped = dmasafe::shippedModelNames(Text)) {
      std::set<std::string> Embedded;
      for (llvm::StringRef N : *Shipped)
        Embedded.insert(N.str());
      Source = Embedded == Names ? "shipped" : "mismatch";
      if (Embedded != Names)
        Status = 1;
    }
    llvm::outs() << Path << ": " << Source << ", " << Names.size()
                 << " names\n";
    if (ShowNames)
      for (const std::string &N : Names)
        llvm::outs() << "  " << N << "\n";
  }
  return Status;
}
