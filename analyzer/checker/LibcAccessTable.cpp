//===- LibcAccessTable.cpp - Access semantics of C library functions ------===//
#include "LibcAccessTable.h"

#include "clang/StaticAnalyzer/Core/PathSensitive/CallDescription.h"

using namespace clang;
using namespace ento;

namespace dmasafe {
namespace {

using Op = LibcAccess::Operand;
constexpr bool R = false, W = true;

LibcAccess ops(std::initializer_list<Op> List,
               std::optional<unsigned> VarArgsFrom = std::nullopt) {
  LibcAccess A;
  A.Operands.assign(List.begin(), List.end());
  A.VarArgsReadFrom = VarArgsFrom;
  return A;
}

const CallDescriptionMap<LibcAccess> &table() {
  using CD = CallDescription;
  constexpr auto Lib = CDM::CLibraryMaybeHardened;
  static const CallDescriptionMap<LibcAccess> Table = {
      // Memory.
      {CD(Lib, {"memcpy"}), ops({{0, W, 2}, {1, R, 2}})},
      {CD(Lib, {"memmove"}), ops({{0, W, 2}, {1, R, 2}})},
      {CD(Lib, {"memset"}), ops({{0, W, 2}})},
      {CD(Lib, {"memcmp"}), ops({{0, R, 2}, {1, R, 2}})},
      {CD(Lib, {"memchr"}), ops({{0, R, 2}})},
      {CD(Lib, {"bzero"}), ops({{0, W, 1}})},
      // Strings: the byte count is unknown, the first byte is certain.
      {CD(Lib, {"strcpy"}), ops({{0, W, {}}, {1, R, {}}})},
      {CD(Lib, {"strncpy"}), ops({{0, W, 2}, {1, R, {}}})},
      {CD(Lib, {"strcat"}), ops({{0, W, {}}, {1, R, {}}})},
      {CD(Lib, {"strncat"}), ops({{0, W, {}}, {1, R, {}}})},
      {CD(Lib, {"strlen"}), ops({{0, R, {}}})},
      {CD(Lib, {"strnlen"}), ops({{0, R, {}}})},
      {CD(Lib, {"strcmp"}), ops({{0, R, {}}, {1, R, {}}})},
      {CD(Lib, {"strncmp"}), ops({{0, R, {}}, {1, R, {}}})},
      {CD(Lib, {"strchr"}), ops({{0, R, {}}})},
      {CD(Lib, {"strrchr"}), ops({{0, R, {}}})},
      {CD(Lib, {"strstr"}), ops({{0, R, {}}, {1, R, {}}})},
      {CD(Lib, {"strpbrk"}), ops({{0, R, {}}, {1, R, {}}})},
      {CD(Lib, {"strspn"}), ops({{0, R, {}}, {1, R, {}}})},
      {CD(Lib, {"strcspn"}), ops({{0, R, {}}, {1, R, {}}})},
      {CD(Lib, {"strtok"}), ops({{0, W, {}}, {1, R, {}}})},
      {CD(Lib, {"strtok_r"}), ops({{0, W, {}}, {1, R, {}}})},
      {CD(Lib, {"sscanf"}), ops({{0, R, {}}, {1, R, {}}})},
      {CD(Lib, {"strtod"}), ops({{0, R, {}}})},
      {CD(Lib, {"atol"}), ops({{0, R, {}}})},
      {CD(Lib, {"strtol"}), ops({{0, R, {}}})},
      {CD(Lib, {"strtoul"}), ops({{0, R, {}}})},
      {CD(Lib, {"atoi"}), ops({{0, R, {}}})},
      // Formatted output and input.
      {CD(Lib, {"printf"}), ops({{0, R, {}}}, 1)},
      {CD(Lib, {"fprintf"}), ops({{1, R, {}}}, 2)},
      {CD(Lib, {"sprintf"}), ops({{0, W, {}}, {1, R, {}}}, 2)},
      {CD(Lib, {"snprintf"}), ops({{0, W, 1}, {2, R, {}}}, 3)},
      {CD(Lib, {"vsprintf"}), ops({{0, W, {}}, {1, R, {}}})},
      {CD(Lib, {"vsnprintf"}), ops({{0, W, 1}, {2, R, {}}})},
      {CD(Lib, {"puts"}), ops({{0, R, {}}})},
      {CD(Lib, {"fputs"}), ops({{0, R, {}}})},
      {CD(Lib, {"fwrite"}), ops({{0, R, {}}})},
      {CD(Lib, {"fread"}), ops({{0, W, {}}})},
      {CD(Lib, {"fgets"}), ops({{0, W, 1}})},
      {CD(Lib, {"write"}), ops({{1, R, 2}})},
      {CD(Lib, {"read"}), ops({{1, W, 2}})},
      {CD(Lib, {"send"}), ops({{1, R, 2}})},
      {CD(Lib, {"recv"}), ops({{1, W, 2}})},
  };
  return Table;
}

} // namespace

const LibcAccess *lookupLibcAccess(const CallEvent &Call) {
  return table().lookup(Call);
}

const LibcAccess *lookupLibcAccess(const CallExpr &CE) {
  return table().lookupAsWritten(CE);
}

bool isLibcDeallocator(const CallEvent &Call) {
  static const CallDescriptionSet Deallocators = {
      {CDM::CLibrary, {"free"}, 1},
      {CDM::CLibrary, {"realloc"}, 2},
  };
  return Deallocators.contains(Call);
}

} // namespace dmasafe
