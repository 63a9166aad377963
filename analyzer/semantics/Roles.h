//===- Roles.h - The closed list of roles, generated from Roles.def -------===//
//
// What a function does to transfers, as both front-ends, the model parser
// and the annotation reader name it. No CSA or clang-tidy type here: the
// semantics layer is included by both front-ends and includes neither.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_SEMANTICS_ROLES_H
#define DMASAFE_SEMANTICS_ROLES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>

namespace dmasafe {

/// What a function does to transfers (Roles.def says what each means).
enum class Role {
#define DMASAFE_ROLE(Id, Name, Marker, Takes, Doc, Needs) Id,
#include "semantics/Roles.def"
};

/// How many roles there are.
constexpr unsigned allRolesCount() {
  return 0
#define DMASAFE_ROLE(Id, Name, Marker, Takes, Doc, Needs) +1
#include "semantics/Roles.def"
      ;
}

/// What a role asks of its function's contract (the Takes column).
namespace RoleTakes {
enum : unsigned { None = 0, Buffers = 1u << 0, Handle = 1u << 1, Alone = 1u << 2 };
} // namespace RoleTakes

/// Every role, in the order of Roles.def.
llvm::ArrayRef<Role> allRoles();
/// Its model-file spelling ("poll-busy").
llvm::StringRef roleName(Role R);
/// The role spelled \p Name in a model file, if any.
std::optional<Role> roleNamed(llvm::StringRef Name);
/// "start, arm, ..." (the parser's "expected one of").
llvm::StringRef roleNameList();
/// The role a function annotation (`dmasafe:waits`) gives, if any.
std::optional<Role> roleOfMarker(llvm::StringRef Marker);

bool roleTakesBuffers(Role R);
bool roleTakesHandle(Role R);
/// A role that is the only one of its function.
bool roleStandsAlone(Role R);

} // namespace dmasafe

#endif // DMASAFE_SEMANTICS_ROLES_H
