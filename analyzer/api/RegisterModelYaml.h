//===- RegisterModelYaml.h - The `registers:` section of a model file -----===//
//
// What the YAML text of a register block maps onto, and its traits; read by
// ModelFile.cpp as one more key of the model document and converted to
// RegisterBlock (RegisterModel.h) once the whole file is valid.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_REGISTERMODELYAML_H
#define DMASAFE_API_REGISTERMODELYAML_H

#include "RegisterModel.h"

#include "llvm/Support/YAMLTraits.h"
#include <map>

namespace dmasafe {

/// `direction-from: {member: CCR, mask: 0x10, values: {0x10: to-device}}`.
struct RegisterDirectionEntry {
  std::string Member;
  uint64_t Mask = 0;
  std::map<uint64_t, std::string> Values;
};

struct AddressEntry {
  std::string Member;
  std::string Channel;
  std::string Direction; ///< to-device, from-device, bidirectional
  std::optional<RegisterDirectionEntry> DirectionFrom;
  bool Triggers = false;
  bool RequiresRam = false;
};

/// `{member: CCR, channel: tx, sets: 0x1}` (start; busy: the bits that
/// read 1 while the channel runs), `clears:` (stop), or neither (a task
/// register, a status or clear register).
struct ControlEntry {
  std::string Member;
  std::string Channel;
  std::optional<uint64_t> Sets;
  std::optional<uint64_t> Clears;
  std::optional<uint64_t> Equals;
  std::string Direction;
};

struct RegisterBlockEntry {
  std::string Block;
  std::string Api;
  std::optional<std::vector<std::string>> Headers;
  std::vector<AddressEntry> Addresses;
  std::vector<ControlEntry> Start;
  std::vector<ControlEntry> Stop;
  std::vector<ControlEntry> Status;
  std::vector<ControlEntry> Busy;
  std::vector<ControlEntry> Ready;
  std::vector<ControlEntry> Clear;
};

/// The block a valid entry describes.
RegisterBlock toRegisterBlock(const RegisterBlockEntry &E,
                              llvm::StringRef FileApi,
                              const std::vector<std::string> &FileHeaders,
                              llvm::StringRef FileName);

} // namespace dmasafe

LLVM_YAML_IS_SEQUENCE_VECTOR(dmasafe::AddressEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(dmasafe::ControlEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(dmasafe::RegisterBlockEntry)

namespace llvm {
namespace yaml {

template <> struct CustomMappingTraits<std::map<uint64_t, std::string>> {
  static void inputOne(IO &IO, StringRef Key, std::map<uint64_t, std::string> &M);
  static void output(IO &IO, std::map<uint64_t, std::string> &M);
};
template <> struct MappingTraits<dmasafe::RegisterDirectionEntry> {
  static void mapping(IO &IO, dmasafe::RegisterDirectionEntry &D);
  static std::string validate(IO &IO, dmasafe::RegisterDirectionEntry &D);
};
template <> struct MappingTraits<dmasafe::AddressEntry> {
  static void mapping(IO &IO, dmasafe::AddressEntry &A);
  static std::string validate(IO &IO, dmasafe::AddressEntry &A);
};
template <> struct MappingTraits<dmasafe::ControlEntry> {
  static void mapping(IO &IO, dmasafe::ControlEntry &C);
  static std::string validate(IO &IO, dmasafe::ControlEntry &C);
};
template <> struct MappingTraits<dmasafe::RegisterBlockEntry> {
  static void mapping(IO &IO, dmasafe::RegisterBlockEntry &B);
  static std::string validate(IO &IO, dmasafe::RegisterBlockEntry &B);
};

} // namespace yaml
} // namespace llvm

#endif // DMASAFE_API_REGISTERMODELYAML_H
