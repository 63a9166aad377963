//===- model_file_fuzzer.cpp - libFuzzer target: model files -------------===//
//
// Feeds arbitrary bytes through the whole model-file path a user's file
// takes (shape checks, YAML reading, validation, conversion to contracts)
// and checks what the tool promises about it (docs/robustness.md):
//   - no crash, hang or sanitizer report;
//   - a refused file gets one error "fuzz.yaml:LINE:COL: message" whose
//     position lies inside the text;
//   - an accepted file yields only consistent contracts: nothing that the
//     validation is meant to refuse is silently accepted;
//   - the text scan that decides whether a unit needs the file
//     (ModelIndex.h) lists every function the file describes, or says it
//     cannot tell: a file is never skipped that a unit needs.
// Seeds: models/*.yaml and test/models/Inputs/bad (bench/fuzz/run).
//
//===----------------------------------------------------------------------===//
#include "api/ApiDescription.h"
#include "api/ModelIndex.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstdlib>

using namespace dmasafe;

namespace {

[[noreturn]] void fail(const llvm::Twine &Why, llvm::StringRef Text) {
  llvm::errs() << "model-file fuzzer: " << Why << "\n--- input ---\n"
               << Text << "\n";
  std::abort();
}

void checkRefusal(const std::string &Message, llvm::StringRef Text) {
  llvm::StringRef M = Message;
  if (!M.consume_front("fuzz.yaml:"))
    fail("error without the file name: " + Message, Text);
  unsigned Line = 0, Column = 0;
  if (M.consumeInteger(10, Line) || !M.consume_front(":") ||
      M.consumeInteger(10, Column) || !M.consume_front(": "))
    fail("error without line:column: " + Message, Text);
  unsigned Lines = 1 + Text.count('\n');
  if (Line == 0 || Column == 0 || Line > Lines)
    fail("error position outside the text: " + Message, Text);
  if (M.trim().empty())
    fail("error without a message: " + Message, Text);
}

bool takesHandle(Role R) {
  return R == Role::Wait || R == Role::Abort || R == Role::PollBusy ||
         R == Role::PollDone || R == Role::ErrorTest || R == Role::Suspend ||
         R == Role::Signal;
}

void checkContract(const FunctionContract &C, llvm::StringRef Text) {
  if (C.Name.empty() || C.Roles.empty())
    fail("accepted a function without a name or a role: '" + C.Name + "'",
         Text);
  for (size_t I = 0; I < C.Roles.size(); ++I)
    for (size_t J = I + 1; J < C.Roles.size(); ++J)
      if (C.Roles[I] == C.Roles[J])
        fail("accepted a role listed twice in '" + C.Name + "'", Text);
  if ((C.hasRole(Role::Start) || C.hasRole(Role::Arm)) && C.Buffers.empty())
    fail("accepted a start without buffers: '" + C.Name + "'", Text);
  for (Role R : C.Roles)
    if (takesHandle(R) && C.Handle.K != HandleSpec::Kind::Param)
      fail("accepted '" + roleName(R) + "' without a handle: '" + C.Name +
               "'",
           Text);
  for (const BufferParam &B : C.Buffers) {
    if (B.LenUnit == 0)
      fail("accepted a length unit of 0 in '" + C.Name + "'", Text);
    if (B.LenParam && B.FixedLen)
      fail("accepted two lengths for one buffer in '" + C.Name + "'", Text);
  }
  if (!llvm::StringRef(C.Origin).starts_with("model fuzz.yaml:"))
    fail("contract without its origin: '" + C.Origin + "'", Text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  ApiDescription Api;
  if (llvm::Error E = Api.loadModelText(Text, "fuzz.yaml")) {
    checkRefusal(llvm::toString(std::move(E)), Text);
    if (!Api.models().empty())
      fail("a refused file left contracts behind", Text);
    return 0;
  }
  for (const auto &Entry : Api.models())
    checkContract(Entry.getValue(), Text);
  if (std::optional<std::vector<llvm::StringRef>> Index = modelIndexNames(Text))
    for (const auto &Entry : Api.models()) {
      llvm::StringRef Name = Entry.getKey();
      if (size_t Colons = Name.rfind("::"); Colons != llvm::StringRef::npos)
        Name = Name.drop_front(Colons + 2);
      if (!llvm::is_contained(*Index, Name))
        fail("the model index misses '" + Entry.getKey() + "'", Text);
    }
  return 0;
}
