//===- RegisterModelFile.cpp - Read the `registers:` section of a model ---===//
//
// Traits for RegisterModelYaml.h. As for functions, every mistake is an
// error at its line and column, and a file is used whole or not at all.
//
//===----------------------------------------------------------------------===//
#include "ModelYaml.h"
#include "RegisterModelYaml.h"
#include "compat/LLVMCompat.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace dmasafe {
namespace {

bool isIdentifier(llvm::StringRef S) {
  return !S.empty() && !llvm::isDigit(S.front()) &&
         llvm::all_of(S, [](char C) { return llvm::isAlnum(C) || C == '_'; });
}

/// Why \p Member is no dotted path of C member names; empty when it is.
std::string badMember(llvm::StringRef Member) {
  if (Member.empty())
    return "a register needs 'member: NAME' (a member of the block, "
           "'TXD.PTR' for a nested one)";
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Member.split(Parts, '.');
  if (llvm::all_of(Parts, isIdentifier))
    return "";
  return "'member' is a dotted path of C member names, got '" + Member.str() +
         "'";
}

constexpr const char UnknownDirection[] =
    "unknown direction '%s'; expected to-device, from-device or bidirectional";

std::string unknownDirection(llvm::StringRef S) {
  std::string Msg = UnknownDirection;
  Msg.replace(Msg.find("%s"), 2, S.str());
  return Msg;
}

ControlRegister toControl(const ControlEntry &E, bool Stop) {
  ControlRegister R;
  R.Member = E.Member;
  R.Channel = E.Channel;
  R.Bits = Stop ? E.Clears : E.Sets;
  R.Equals = E.Equals;
  if (!E.Direction.empty())
    R.Dir = parseDirection(E.Direction);
  return R;
}

std::vector<ControlRegister> toControls(const std::vector<ControlEntry> &Es,
                                        bool Stop) {
  std::vector<ControlRegister> Out;
  for (const ControlEntry &E : Es)
    Out.push_back(toControl(E, Stop));
  return Out;
}

/// Why the control entries of a list named \p List are inconsistent.
std::string badControls(const std::vector<ControlEntry> &Es,
                        llvm::StringRef List) {
  for (const ControlEntry &E : Es) {
    bool SetsOk = List == "start" || List == "busy", ClearsOk = List == "stop";
    if (E.Sets && !SetsOk)
      return "'sets' only applies to a 'start' or 'busy' register";
    if (!E.Sets && List == "busy")
      return "busy register '" + E.Member +
             "' needs 'sets:', the bits that read 1 while the channel runs";
    if (E.Clears && !ClearsOk)
      return "'clears' only applies to a 'stop' register";
    if ((E.Sets && *E.Sets == 0) || (E.Clears && *E.Clears == 0))
      return "a register's bit mask must not be 0";
    if (List == "ready" && !E.Equals)
      return "ready member '" + E.Member +
             "' needs 'equals:', the value it reads when the transfers are "
             "done";
    if (E.Equals && List != "ready")
      return "'equals' only applies to a 'ready' member";
    if (!E.Direction.empty() && List != "ready")
      return "'direction' on a control register only applies to a 'ready' "
             "member";
    if (!E.Direction.empty() && !parseDirection(E.Direction))
      return unknownDirection(E.Direction);
  }
  return "";
}

} // namespace

RegisterBlock toRegisterBlock(const RegisterBlockEntry &E,
                              llvm::StringRef FileApi,
                              const std::vector<std::string> &FileHeaders,
                              llvm::StringRef FileName) {
  RegisterBlock B;
  B.Type = E.Block;
  B.Api = E.Api.empty() ? FileApi.str() : E.Api;
  B.DeclaredIn = E.Headers ? *E.Headers : FileHeaders;
  for (const AddressEntry &A : E.Addresses) {
    AddressRegister R;
    R.Member = A.Member;
    R.Channel = A.Channel;
    R.Triggers = A.Triggers;
    R.RequiresRam = A.RequiresRam;
    if (!A.Direction.empty())
      R.Dir = parseDirection(A.Direction);
    if (A.DirectionFrom) {
      RegisterDirection D;
      D.Member = A.DirectionFrom->Member;
      D.Mask = A.DirectionFrom->Mask;
      for (const auto &[V, Name] : A.DirectionFrom->Values)
        D.Values.push_back({V, *parseDirection(Name)});
      R.DirFrom = std::move(D);
    }
    B.Addresses.push_back(std::move(R));
  }
  B.Starts = toControls(E.Start, /*Stop=*/false);
  B.Stops = toControls(E.Stop, /*Stop=*/true);
  B.Status = toControls(E.Status, false);
  B.Busy = toControls(E.Busy, false);
  B.Ready = toControls(E.Ready, false);
  B.Clears = toControls(E.Clear, false);
  B.Origin = "model " + FileName.str() + " (register block " + E.Block + ")";
  return B;
}

} // namespace dmasafe

namespace llvm {
namespace yaml {
using namespace dmasafe;

void CustomMappingTraits<std::map<uint64_t, std::string>>::inputOne(
    IO &IO, StringRef Key, std::map<uint64_t, std::string> &M) {
  uint64_t V;
  if (Key.getAsInteger(0, V)) {
    IO.setError("register values are integers (0x10, 16), got '" + Key + "'");
    return;
  }
  IO.mapRequired(Key.str().c_str(), M[V]);
}

void CustomMappingTraits<std::map<uint64_t, std::string>>::output(
    IO &IO, std::map<uint64_t, std::string> &M) {
  for (auto &[K, D] : M)
    IO.mapRequired(std::to_string(K).c_str(), D);
}

void MappingTraits<RegisterDirectionEntry>::mapping(IO &IO,
                                                     RegisterDirectionEntry &D) {
  IO.mapRequired("member", D.Member);
  IO.mapRequired("mask", D.Mask);
  IO.mapRequired("values", D.Values);
}

std::string MappingTraits<RegisterDirectionEntry>::validate(
    IO &IO, RegisterDirectionEntry &D) {
  if (hasUnknownKey(IO, {"member", "mask", "values"}))
    return "";
  if (std::string Bad = badMember(D.Member); !Bad.empty())
    return Bad;
  if (D.Mask == 0)
    return "a direction's 'mask' must not be 0";
  if (D.Values.empty())
    return "a direction read from a register needs at least one value";
  for (const auto &[V, Name] : D.Values) {
    if ((V & ~D.Mask) != 0)
      return "direction value " + std::to_string(V) +
             " has bits outside its mask";
    if (!parseDirection(Name))
      return unknownDirection(Name);
  }
  return "";
}

void MappingTraits<AddressEntry>::mapping(IO &IO, AddressEntry &A) {
  IO.mapRequired("member", A.Member);
  dmasafe::compat::mapOptional(IO, "channel", A.Channel, std::string());
  dmasafe::compat::mapOptional(IO, "direction", A.Direction, std::string());
  dmasafe::compat::mapOptional(IO, "direction-from", A.DirectionFrom);
  dmasafe::compat::mapOptional(IO, "triggers", A.Triggers, false);
  dmasafe::compat::mapOptional(IO, "requires-ram", A.RequiresRam, false);
}

std::string MappingTraits<AddressEntry>::validate(IO &IO, AddressEntry &A) {
  if (hasUnknownKey(IO, {"member", "channel", "direction", "direction-from",
                         "triggers", "requires-ram"}))
    return "";
  if (std::string Bad = badMember(A.Member); !Bad.empty())
    return Bad;
  if (!A.Channel.empty() && !isIdentifier(A.Channel))
    return "a channel name is a C identifier, got '" + A.Channel + "'";
  if (A.Direction.empty() == !A.DirectionFrom.has_value())
    return "an address register has either 'direction: NAME' or "
           "'direction-from: {member: M, mask: X, values: {...}}'";
  if (!A.Direction.empty() && !parseDirection(A.Direction))
    return unknownDirection(A.Direction);
  return "";
}

void MappingTraits<ControlEntry>::mapping(IO &IO, ControlEntry &C) {
  IO.mapRequired("member", C.Member);
  dmasafe::compat::mapOptional(IO, "channel", C.Channel, std::string());
  dmasafe::compat::mapOptional(IO, "sets", C.Sets);
  dmasafe::compat::mapOptional(IO, "clears", C.Clears);
  dmasafe::compat::mapOptional(IO, "equals", C.Equals);
  dmasafe::compat::mapOptional(IO, "direction", C.Direction, std::string());
}

std::string MappingTraits<ControlEntry>::validate(IO &IO, ControlEntry &C) {
  if (hasUnknownKey(IO, {"member", "channel", "sets", "clears", "equals",
                         "direction"}))
    return "";
  if (std::string Bad = badMember(C.Member); !Bad.empty())
    return Bad;
  if (!C.Channel.empty() && !isIdentifier(C.Channel))
    return "a channel name is a C identifier, got '" + C.Channel + "'";
  return "";
}

void MappingTraits<RegisterBlockEntry>::mapping(IO &IO, RegisterBlockEntry &B) {
  IO.mapRequired("block", B.Block);
  dmasafe::compat::mapOptional(IO, "api", B.Api, std::string());
  dmasafe::compat::mapOptional(IO, "headers", B.Headers);
  dmasafe::compat::mapOptional(IO, "addresses", B.Addresses);
  dmasafe::compat::mapOptional(IO, "start", B.Start);
  dmasafe::compat::mapOptional(IO, "stop", B.Stop);
  dmasafe::compat::mapOptional(IO, "status", B.Status);
  dmasafe::compat::mapOptional(IO, "busy", B.Busy);
  dmasafe::compat::mapOptional(IO, "ready", B.Ready);
  dmasafe::compat::mapOptional(IO, "clear", B.Clear);
}

std::string MappingTraits<RegisterBlockEntry>::validate(IO &IO,
                                                        RegisterBlockEntry &B) {
  if (hasUnknownKey(IO, {"block", "api", "headers", "addresses", "start",
                         "stop", "status", "busy", "ready", "clear"}))
    return "";
  if (!isIdentifier(B.Block))
    return "'" + B.Block + "' is not a C type name";
  if (B.Addresses.empty() && B.Start.empty() && B.Stop.empty() &&
      B.Status.empty() && B.Busy.empty() && B.Ready.empty() &&
      B.Clear.empty())
    return "register block '" + B.Block +
           "' names no register; give it 'addresses', 'start', 'stop', "
           "'status', 'busy', 'ready' or 'clear'";
  if (!B.Addresses.empty() && B.Start.empty() &&
      llvm::none_of(B.Addresses, [](const AddressEntry &A) { return A.Triggers; }))
    return "register block '" + B.Block +
           "' has address registers but no 'start' register that runs them";
  for (auto [List, Name] :
       {std::pair{&B.Start, "start"}, {&B.Stop, "stop"}, {&B.Status, "status"},
        {&B.Busy, "busy"}, {&B.Ready, "ready"}, {&B.Clear, "clear"}})
    if (std::string Bad = badControls(*List, Name); !Bad.empty())
      return Bad;
  // A named channel is one the addresses have; no name: all of them.
  for (const auto *List : {&B.Start, &B.Stop, &B.Status, &B.Busy, &B.Ready})
    for (const ControlEntry &C : *List)
      if (!C.Channel.empty() &&
          llvm::none_of(B.Addresses, [&](const AddressEntry &A) {
            return A.Channel == C.Channel;
          }))
        return "register '" + C.Member + "' names channel '" + C.Channel +
               "', which no address register of block '" + B.Block + "' has";
  // A start without a channel on a block whose addresses all have one
  // would start nothing.
  for (const ControlEntry &C : B.Start)
    if (C.Channel.empty() && !B.Addresses.empty() &&
        llvm::none_of(B.Addresses,
                      [](const AddressEntry &A) { return A.Channel.empty(); }))
      return "start register '" + C.Member + "' of block '" + B.Block +
             "' needs 'channel:': every address register has one";
  return "";
}

} // namespace yaml
} // namespace llvm
