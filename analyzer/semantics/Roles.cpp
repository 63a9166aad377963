//===- Roles.cpp - Role names, markers and rules from Roles.def -----------===//
#include "semantics/Roles.h"

#include <string>

namespace dmasafe {
namespace {

struct RoleInfo {
  Role R;
  llvm::StringLiteral Name;
  llvm::StringLiteral Marker;
  unsigned Takes;
};

using namespace RoleTakes;
constexpr RoleInfo Infos[] = {
#define DMASAFE_ROLE(Id, Name, Marker, Takes, Doc, Needs)                      \
  {Role::Id, Name, Marker, Takes},
#include "semantics/Roles.def"
};

constexpr Role Order[] = {
#define DMASAFE_ROLE(Id, Name, Marker, Takes, Doc, Needs) Role::Id,
#include "semantics/Roles.def"
};

const RoleInfo &info(Role R) { return Infos[static_cast<unsigned>(R)]; }

} // namespace

llvm::ArrayRef<Role> allRoles() { return Order; }

llvm::StringRef roleName(Role R) { return info(R).Name; }

std::optional<Role> roleNamed(llvm::StringRef Name) {
  for (const RoleInfo &I : Infos)
    if (I.Name == Name)
      return I.R;
  return std::nullopt;
}

llvm::StringRef roleNameList() {
  static const std::string List = [] {
    std::string S;
    for (const RoleInfo &I : Infos)
      S += (S.empty() ? "" : ", ") + I.Name.str();
    return S;
  }();
  return List;
}

std::optional<Role> roleOfMarker(llvm::StringRef Marker) {
  if (Marker.empty())
    return std::nullopt;
  for (const RoleInfo &I : Infos)
    if (I.Marker == Marker)
      return I.R;
  return std::nullopt;
}

bool roleTakesBuffers(Role R) { return info(R).Takes & Buffers; }
bool roleTakesHandle(Role R) { return info(R).Takes & Handle; }
bool roleStandsAlone(Role R) { return info(R).Takes & Alone; }

} // namespace dmasafe
