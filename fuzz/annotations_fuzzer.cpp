//===- annotations_fuzzer.cpp - libFuzzer target: the annotation reader --===//
//
// Turns the input into a C translation unit of declarations that carry
// dmasafe markers in every place C lets an attribute go (functions,
// parameters, K&R parameters, variadic functions, parameters of function
// types, variables, fields, typedefs, enums, enumerators, labels), with
// marker arguments taken from the input (DMA_LEN_ARG(-3), unknown keys,
// garbage after '='). Clang parses it; every declaration goes through the
// reader both front-ends use. Checked (docs/robustness.md):
//   - no crash, hang or sanitizer report, whatever the markers say;
//   - every problem has a valid location and a "dmasafe: " message;
//   - a marker on a declaration that no marker applies to is never silent.
//
//===----------------------------------------------------------------------===//
#include "api/ApiDescription.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/raw_ostream.h"
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdlib>
#include <string>

using namespace clang;
using namespace dmasafe;

namespace {

const char *const Markers[] = {
    "owned",      "dir=tx",          "dir=rx",         "len",
    "len=4",      "handle",          "in-ram",         "stable",
    "success-returns=0", "success-nonneg", "returns-handle", "waits",
    "aborts",     "poll-busy",       "poll-done",      "error-test",
    "completion-callback", "completion-callback=tx", "completion-flag",
    "arms",       "triggers",        "suspends",       "signals",
    "waits-signal", "cache-clean",   "cache-invalidate"};

const char *const Types[] = {"void *", "const void *", "unsigned char *",
                             "int",    "size_t",       "struct dev *",
                             "enum mode", "int *",     "void (*)(void)",
                             "unsigned char[8]"};

class Generator {
public:
  explicit Generator(FuzzedDataProvider &In) : In(In) {}

  std::string program() {
    std::string Out = "typedef unsigned long size_t;\n"
                      "struct dev { int id; };\nenum mode { M0, M1 = 4 };\n";
    unsigned Decls = In.ConsumeIntegralInRange<unsigned>(1, 12);
    for (unsigned I = 0; I < Decls && In.remaining_bytes(); ++I)
      Out += declaration(I) + "\n";
    return Out;
  }

private:
  /// One marker: a known one, one with an argument from the input, or
  /// raw text after "dmasafe:".
  std::string marker() {
    std::string Text;
    switch (In.ConsumeIntegralInRange<int>(0, 5)) {
    case 0:
      Text = "len-arg=" + std::to_string(In.ConsumeIntegral<int32_t>());
      break;
    case 1:
      Text = "success-returns=" + word();
      break;
    case 2:
      Text = In.ConsumeRandomLengthString(24);
      break;
    default:
      Text = In.PickValueInArray(Markers);
    }
    std::string Escaped;
    for (char C : Text)
      if (C == '"' || C == '\\')
        Escaped += std::string("\\") + C;
      else if (C >= 32 && C < 127)
        Escaped += C;
    return " __attribute__((annotate(\"dmasafe:" + Escaped + "\")))";
  }

  std::string markers(unsigned Max) {
    std::string Out;
    for (unsigned N = In.ConsumeIntegralInRange<unsigned>(0, Max); N; --N)
      Out += marker();
    return Out;
  }

  std::string word() {
    static const char *const Words[] = {"0", "-1", "M1", "HAL_OK", "0x10",
                                        "", "9999999999999999999999", "a b"};
    return In.PickValueInArray(Words);
  }

  std::string param(unsigned I) {
    std::string T = In.PickValueInArray(Types);
    std::string Name = "p" + std::to_string(I);
    if (T == "void (*)(void)")
      return "void (*" + Name + ")(void)" + markers(2);
    if (T == "unsigned char[8]")
      return "unsigned char " + Name + "[8]" + markers(2);
    return T + " " + Name + markers(3);
  }

  std::string params(unsigned N, bool Variadic) {
    if (N == 0)
      return Variadic ? "int n, ..." : "void";
    std::string Out;
    for (unsigned I = 0; I < N; ++I)
      Out += (I ? ", " : "") + param(I);
    return Out + (Variadic ? ", ..." : "");
  }

  std::string declaration(unsigned I) {
    std::string N = std::to_string(I);
    switch (In.ConsumeIntegralInRange<int>(0, 11)) {
    case 0: // prototype
      return markers(2) + " int f" + N + "(" +
             params(In.ConsumeIntegralInRange<unsigned>(0, 4),
                    In.ConsumeBool()) +
             ")" + markers(2) + ";";
    case 1: // definition with a label
      return "int g" + N + "(" + params(2, false) + ") {\n l" + N +
             ":" + markers(2) + ";\n return 0;\n}";
    case 2: // K&R definition
      return "int k" + N + "(a, b) void *a" + markers(2) + "; int b" +
             markers(2) + "; { return b; }";
    case 3: // parameters of a function type
      return "void r" + N + "(void (*cb)(" + params(2, false) + "));";
    case 4: // typedef of a function pointer
      return "typedef void (*cb" + N + ")(" + params(1, false) + ")" +
             markers(2) + ";";
    case 5: // typedef of an object type
      return "typedef unsigned char buf" + N + "[16]" + markers(2) + ";";
    case 6: // enum and enumerators
      return "enum" + markers(2) + " e" + N + " { E" + N + "a" + markers(2) +
             ", E" + N + "b };";
    case 7: // struct with fields
      return "struct s" + N + " { unsigned char b[8]" + markers(2) +
             "; int flag" + markers(1) + "; }" + markers(1) + ";";
    case 8: // global
      return "static unsigned char v" + N + "[32]" + markers(2) + ";";
    case 9: // local
      return "void h" + N + "(void) { unsigned char t[4]" + markers(2) +
             "; (void)t; }";
    case 10: // redeclaration with other markers
      return "int f" + N + "(void *a" + markers(2) + ", size_t n" +
             markers(2) + ");\nint f" + N + "(void *a" + markers(2) +
             ", size_t n);";
    default: // raw text
      return In.ConsumeRandomLengthString(64);
    }
  }

  FuzzedDataProvider &In;
};

[[noreturn]] void fail(const std::string &Why, const std::string &Code) {
  llvm::errs() << "annotations fuzzer: " << Why << "\n--- input ---\n"
               << Code << "\n";
  std::abort();
}

bool hasDmasafeMarker(const Decl *D) {
  for (const auto *A : D->specific_attrs<AnnotateAttr>())
    if (A->getAnnotation().starts_with("dmasafe:"))
      return true;
  return false;
}

/// Declarations on which no marker has any effect (docs/annotations.md).
bool isInert(const Decl *D) {
  if (isa<EnumDecl, EnumConstantDecl, LabelDecl>(D))
    return true;
  if (const auto *T = dyn_cast<TypedefNameDecl>(D))
    return T->getUnderlyingType()->isFunctionPointerType() ||
           T->getUnderlyingType()->isFunctionType();
  if (const auto *P = dyn_cast<ParmVarDecl>(D)) {
    const auto *FD = dyn_cast<FunctionDecl>(P->getDeclContext());
    return !FD || !llvm::is_contained(FD->parameters(), P);
  }
  return false;
}

class Visitor : public RecursiveASTVisitor<Visitor> {
public:
  Visitor(const std::string &Code) : Code(Code) {}

  bool VisitFunctionDecl(FunctionDecl *FD) {
    Api.lookup(FD);
    check(Api.problemsOf(FD));
    return true;
  }
  bool VisitLabelStmt(LabelStmt *S) {
    visitOther(S->getDecl());
    return true;
  }
  bool VisitDecl(Decl *D) {
    if (!isa<FunctionDecl>(D))
      visitOther(D);
    return true;
  }

private:
  void visitOther(Decl *D) {
    std::vector<ContractProblem> Problems = validateStorageMarkers(D);
    check(Problems);
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      (void)ApiDescription::isMarkedStable(VD);
      (void)ApiDescription::isMarkedCompletionFlag(VD);
    }
    if (Problems.empty() && isInert(D) && hasDmasafeMarker(D))
      fail("a marker on a " + std::string(D->getDeclKindName()) +
               " declaration passed in silence",
           Code);
  }

  void check(const std::vector<ContractProblem> &Problems) {
    for (const ContractProblem &P : Problems) {
      if (P.Loc.isInvalid())
        fail("a problem without a location: " + P.Message, Code);
      if (!llvm::StringRef(P.Message).starts_with("dmasafe: "))
        fail("a problem without the dmasafe: prefix: " + P.Message, Code);
    }
  }

  const std::string &Code;
  ApiDescription Api;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  FuzzedDataProvider In(Data, Size);
  bool Cxx = In.ConsumeBool();
  std::string Code = Generator(In).program();
  // To see what an input (a crash artifact) generates.
  if (std::getenv("DMASAFE_FUZZ_PRINT"))
    llvm::errs() << Code << "\n";
  std::vector<std::string> Args = {"-fsyntax-only", "-w", "-ferror-limit=0",
                                   "-D__clang_analyzer__"};
  Args.push_back(Cxx ? "-std=c++17" : "-std=gnu89");
  IgnoringDiagConsumer Quiet; // raw text is mostly not C
  std::unique_ptr<ASTUnit> AST = tooling::buildASTFromCodeWithArgs(
      Code, Args, Cxx ? "fuzz.cpp" : "fuzz.c", "dmasafe-fuzz",
      std::make_shared<PCHContainerOperations>(),
      tooling::getClangStripDependencyFileAdjuster(),
      tooling::FileContentMappings(), &Quiet);
  if (!AST)
    return 0;
  Visitor V(Code);
  V.TraverseAST(AST->getASTContext());
  return 0;
}
