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
// `dmasafe-model-index --check-entries MODEL...` holds the entry index of
// each shipped model (ModelEntries.h) to the parse: for every function the
// file names, parsing only the entries of that name gives the contract the
// whole file gives, and parsing none of them still gives every contract a
// front-end enumerates (waits, error tests). It prints "entries ok" or
// what differs, and fails on a file that is not shipped.
//
//===----------------------------------------------------------------------===//
#include "api/ApiDescription.h"
#include "api/ModelEntries.h"
#include "api/ModelIndex.h"
#include "api/ModelWriter.h"
#include "api/ShippedModelIndex.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <set>
#include <string>

namespace {

using Contracts = llvm::StringMap<dmasafe::FunctionContract>;

/// What decides a contract, as text: where it was read, its family and
/// headers, and its entry as the model writer spells it.
std::string fingerprint(const dmasafe::FunctionContract &C) {
  std::string S = C.Origin + "|" + C.Api + "|";
  for (const std::string &H : C.DeclaredIn)
    S += H + ",";
  return S + "|" + std::to_string(C.ParamCount.value_or(~0u)) + "|" +
         dmasafe::modelEntryText(C);
}

bool parse(llvm::StringRef Text, llvm::StringRef Path, Contracts &Out) {
  if (llvm::Error E = dmasafe::parseShapeCheckedModel(Text, Path, Out,
                                                      nullptr)) {
    llvm::outs() << Path << ": " << llvm::toString(std::move(E)) << "\n";
    return false;
  }
  return true;
}

/// Whether every contract a unit naming \p Name gets from the used entries
/// of \p M is the one the whole file gives (and, for "", the enumerated
/// ones are all there).
bool usedEntriesAgree(const dmasafe::ShippedModel &M, llvm::StringRef Path,
                      const Contracts &Whole, llvm::StringRef Name) {
  Contracts Part;
  if (!parse(dmasafe::usedEntriesText(
                 M, [&](llvm::StringRef N) { return N == Name; }),
             Path, Part))
    return false;
  bool Ok = true;
  for (const auto &W : Whole) {
    const dmasafe::FunctionContract &C = W.getValue();
    bool Needed = W.getKey() == Name ||
                  llvm::any_of(dmasafe::EnumeratedRoles, [&](dmasafe::Role R) {
                    return C.hasRole(R);
                  });
    auto P = Part.find(W.getKey());
    if (P == Part.end() ? Needed
                        : fingerprint(P->getValue()) != fingerprint(C)) {
      llvm::outs() << Path << ": " << W.getKey() << " differs when only '"
                   << Name << "' is used\n";
      Ok = false;
    }
  }
  return Ok;
}

bool checkEntries(llvm::StringRef Text, llvm::StringRef Path) {
  const dmasafe::ShippedModel *M = dmasafe::findShippedModel(Text);
  if (!M) {
    llvm::outs() << Path << ": not a shipped model\n";
    return false;
  }
  Contracts Whole;
  if (!parse(Text, Path, Whole))
    return false;
  bool Ok = usedEntriesAgree(*M, Path, Whole, "");
  for (const auto &W : Whole) {
    if (llvm::none_of(M->Entries, [&](const dmasafe::ShippedEntry &E) {
          return E.Name == W.getKey();
        })) {
      llvm::outs() << Path << ": " << W.getKey() << " is in no entry\n";
      Ok = false;
    }
    Ok &= usedEntriesAgree(*M, Path, Whole, W.getKey());
  }
  if (Ok)
    llvm::outs() << Path << ": entries ok, " << M->Entries.size()
                 << " entries\n";
  return Ok;
}

} // namespace

int main(int Argc, char **Argv) {
  bool ShowNames = false;
  bool CheckEntries = false;
  int Status = 0;
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Path = Argv[I];
    if (Path == "--names") {
      ShowNames = true;
      continue;
    }
    if (Path == "--check-entries") {
      CheckEntries = true;
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
    if (CheckEntries) {
      if (!checkEntries(Text, Path))
        Status = 1;
      continue;
    }
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
