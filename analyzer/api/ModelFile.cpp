//===- ModelFile.cpp - YAML model files into contracts --------------------===//
//
// A model file describes vendor functions whose headers cannot be annotated,
// in the spirit of the analyzer's taint configuration. It fills exactly the
// FunctionContract that annotations fill (docs/models.md has the reference):
//
//   api: stm32-hal
//   functions:
//     - name: HAL_UART_Transmit_DMA
//       role: start
//       handle: {param: 0}
//       success: {equals: 0}
//       buffers:
//         - {param: 1, direction: to-device, length: {param: 2}}
//
// The file is read with LLVM's YAML I/O: the traits below say what each
// node may hold, `validate()` checks what spans several keys. Every error
// (syntax, unknown key, wrong type, an inconsistent entry) is reported by
// the YAML stream's diagnostic handler with its line and column and ends
// the load: a model is used whole or not at all.
//
//===----------------------------------------------------------------------===//
#include "ApiDescription.h"
#include "ModelFileShape.h"
#include "ShippedModelIndex.h"
#include "ModelYaml.h"
#include "RegisterModelYaml.h"
#include "compat/LLVMCompat.h"
#include "semantics/Transitions.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"
#include <map>
#include <set>

namespace dmasafe {
namespace {

// --- What the YAML text maps onto ------------------------------------------
// Close to the text, so that traits stay one-to-one with keys; converted to
// FunctionContract once the whole file is known to be valid.

/// A 0-based parameter index; a distinct type so that "-1" or "abc" is
/// rejected with a message about indices rather than "invalid number".
struct ParamIndex {
  unsigned Value = 0;
};

/// `role: start` or `role: [wait, deallocate]`.
struct RoleList {
  std::vector<Role> Roles;
};

/// `handle: {param: N}`, `handle: {return: true}` or `handle: {mask: N}`.
struct HandleEntry {
  std::optional<ParamIndex> Param;
  bool Return = false;
  std::optional<ParamIndex> Mask;
};

/// `callback: {param: N}` or `callback: {param: N, field: dma_callback}`.
struct CallbackEntry {
  ParamIndex Param;
  std::string Field;
};

/// `success: {equals: V}`, `{nonnegative: true}`, `{nonnull: true}` or
/// `{nonzero: true}` (the same test, for an integer).
struct SuccessEntry {
  std::optional<int64_t> Equals;
  bool NonNegative = false;
  bool NonNull = false;
  bool NonZero = false;
};

/// `length: {param: N, unit: U}`, `{param: N, field: path, unit: U}`,
/// `length: {bytes: N}` or `length: {end: N}` (an end address).
struct LengthEntry {
  std::optional<ParamIndex> Param;
  std::optional<ParamIndex> End;
  std::string Field;
  std::optional<uint64_t> Bytes;
  uint64_t Unit = 1;
};

/// `direction: to-device`, or taken from an enum argument:
/// `direction: {param: 3, values: {1: to-device, 2: from-device}}`, or of
/// some bits of a register value: `{param: 4, mask: 0x10, values: ...}`.
struct DirectionFromArgEntry {
  ParamIndex Param;
  std::string Field;
  std::optional<uint64_t> Mask;
  std::map<int64_t, Direction> Values;
};
struct DirectionEntry {
  std::optional<Direction> Fixed;
  std::optional<DirectionFromArgEntry> FromArg;
  bool WasSequence = false; ///< a list where a name or mapping belongs
};

enum class Requirement { Ram, Stable, NoStack, NoVmalloc };

/// A node of the wrong shape in a polymorphic key: read as an empty mapping
/// whose validation names what was expected.
struct WrongShape {
  const char *Expected = "";
};

/// `writes: [{param: N, fields: [rx_complete, err_cnt]}]`: of the object
/// parameter N points to, the only members the call changes.
struct WritesEntry {
  ParamIndex Param;
  std::vector<std::string> Fields;
};

struct BufferEntry {
  ParamIndex Param;
  std::string Field;
  DirectionEntry Dir;
  std::optional<LengthEntry> Length;
  std::vector<Requirement> Requires;
};

struct FunctionEntry {
  std::string Name;
  std::string Api;
  std::optional<std::vector<std::string>> Headers;
  std::optional<unsigned> Params;
  RoleList Roles;
  std::optional<HandleEntry> Handle;
  std::optional<SuccessEntry> Success;
  std::optional<ParamIndex> Trigger;
  std::optional<CallbackEntry> Callback;
  std::optional<Direction> Completes;
  std::optional<bool> FromInterrupt;
  std::optional<FunctionContract::BusyRule> FailsWhenBusy;
  std::optional<StorageKind> Storage;
  std::optional<LengthEntry> MappingLength;
  DirectionEntry MappingDirection;
  std::vector<BufferEntry> Buffers;
  std::vector<WritesEntry> Writes;
  unsigned Line = 0; ///< where the entry starts, for Origin
};

struct ModelDocument {
  std::string Api;
  std::vector<std::string> Headers;
  std::string Description;
  std::vector<FunctionEntry> Functions;
  std::vector<RegisterBlockEntry> Registers; ///< RegisterModelYaml.h
  /// Whether the text has `functions:` or `registers:` (read before the
  /// reader adds every key it asks for to the mapping's keys).
  bool Lists = true;
};

/// Shared by the traits while one file is read.
struct ReadContext {
  llvm::StringRef Text;
  llvm::StringSet<> SeenNames;
  std::string Scratch; ///< storage for a scalar's error message

  unsigned currentLine(llvm::yaml::IO &IO) const {
    if (IO.outputting())
      return 0;
    const auto *Node = static_cast<llvm::yaml::Input &>(IO).getCurrentNode();
    if (!Node)
      return 0;
    const char *P = Node->getSourceRange().Start.getPointer();
    if (!P || P < Text.begin() || P > Text.end())
      return 0;
    return 1 + Text.take_front(P - Text.begin()).count('\n');
  }
};

ReadContext &contextOf(llvm::yaml::IO &IO) {
  return *static_cast<ReadContext *>(IO.getContext());
}

/// "unknown role; expected one of: start, arm, ..." (from Roles.def).
llvm::StringRef unknownRoleMessage() {
  static const std::string Message =
      "unknown role; expected one of: " + roleNameList().str();
  return Message;
}

/// The first pattern of \p Headers that is no valid glob, as an error.
std::string badHeaderPattern(const std::vector<std::string> &Headers) {
  for (const std::string &H : Headers) {
    if (H.empty())
      return "a header pattern must not be empty";
    if (llvm::Expected<llvm::GlobPattern> G = llvm::GlobPattern::create(H);
        !G) {
      std::string Why = llvm::toString(G.takeError());
      return "header pattern '" + H + "' is no valid glob: " + Why;
    }
  }
  return "";
}

/// Why \p Field is no dotted path of C member names
/// (`head_block.source_address`); empty when it is one, or is empty.
std::string badFieldPath(llvm::StringRef Field) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Field.split(Parts, '.');
  if (Field.empty() || llvm::all_of(Parts, [](llvm::StringRef P) {
        return !P.empty() && !llvm::isDigit(P.front()) &&
               llvm::all_of(P,
                            [](char C) { return llvm::isAlnum(C) || C == '_'; });
      }))
    return "";
  return "'field' is a dotted path of C member names, got '" + Field.str() +
         "'";
}

/// The cross-key rules of one function entry; empty when it is consistent.
std::string validateFunction(const FunctionEntry &F) {
  const std::vector<Role> &Roles = F.Roles.Roles;
  if (Roles.empty())
    return "function '" + F.Name + "' has an empty role list";
  for (size_t I = 0; I < Roles.size(); ++I)
    for (size_t J = I + 1; J < Roles.size(); ++J)
      if (Roles[I] == Roles[J])
        return "function '" + F.Name + "' lists role '" +
               roleName(Roles[I]).str() + "' twice";
  auto Has = [&](Role R) { return llvm::is_contained(Roles, R); };

  if (Has(Role::Start) && Has(Role::Arm))
    return "function '" + F.Name +
           "' is both 'start' and 'arm'; a start whose 'trigger' argument "
           "is zero arms the transfer";
  if (F.Handle && F.Handle->Mask && !Has(Role::Trigger))
    return "function '" + F.Name +
           "' has a channel-mask handle, which only role 'trigger' takes";
  bool Starts = Has(Role::Start) || Has(Role::Arm);
  llvm::StringRef StartRole = Has(Role::Arm) ? "arm" : "start";
  for (Role R : Roles)
    if (roleTakesHandle(R)) {
      if (Starts)
        return "function '" + F.Name + "' is both '" + StartRole.str() +
               "' and '" + roleName(R).str() +
               "'; a function either starts or ends a transfer";
      if (R == Role::Trigger && F.Handle && F.Handle->Mask)
        continue;
      // Waits for a notification to the running thread: no object.
      if (R == Role::WaitSignal && !F.Handle)
        continue;
      if (!F.Handle || !F.Handle->Param)
        return "function '" + F.Name + "' has role '" + roleName(R).str() +
               "' but no handle naming the transfer; add "
               "'handle: {param: N}'";
    }
  if (Has(Role::PollBusy) && Has(Role::PollDone))
    return "function '" + F.Name +
           "' is both 'poll-busy' and 'poll-done'; choose the one its "
           "return value means";
  for (Role R : Roles)
    if (roleStandsAlone(R) && Roles.size() > 1)
      return "function '" + F.Name + "' is a '" + roleName(R).str() +
             "' and has other roles; give it that role alone";
  if (Has(Role::Arm) && !(F.Handle && F.Handle->Param))
    return "function '" + F.Name +
           "' arms a transfer but has no handle a trigger could name; add "
           "'handle: {param: N}'";
  if (F.MappingDirection.WasSequence)
    return "a direction is a name or {param: N, values: {...}}, not a list";
  bool NamesMapping = F.MappingLength || F.MappingDirection.Fixed ||
                      F.MappingDirection.FromArg;
  if (NamesMapping && !Has(Role::Wait) && !Has(Role::Suspend) &&
      !Has(Role::Trigger))
    return "function '" + F.Name +
           "' has a function-level 'length' or 'direction', which only "
           "applies to wait, suspend and trigger (the size and direction "
           "an unmap or sync names its mapping with); a start's go in its "
           "buffers";
  if (F.MappingLength && (!F.MappingLength->Param ||
                          !F.MappingLength->Field.empty()))
    return "function '" + F.Name +
           "': a function-level 'length' is {param: N}, the argument that "
           "names the mapping's size";
  if (F.MappingDirection.Fixed)
    return "function '" + F.Name +
           "': a function-level 'direction' is {param: N, values: {...}}, "
           "the argument that names the mapping's direction";
  if (Has(Role::Allocate) && !F.Storage)
    return "function '" + F.Name +
           "' has role 'allocate' but no 'storage' saying what memory it "
           "returns (vmalloc)";
  if (F.Storage && !Has(Role::Allocate))
    return "function '" + F.Name +
           "' has 'storage', which only applies to role 'allocate'";
  if (F.Completes && !Has(Role::CompletionCallback))
    return "function '" + F.Name +
           "' has 'completes', which only applies to a completion-callback";
  if (F.Completes && *F.Completes == Direction::Bidirectional)
    return "function '" + F.Name +
           "': 'completes' is to-device or from-device (leave it out for "
           "both)";
  if (Has(Role::RegisterCallback) && !F.Callback)
    return "function '" + F.Name +
           "' has role 'register-callback' but no 'callback: {param: N}'";
  if (F.Callback && !Starts && !Has(Role::Trigger) &&
      !Has(Role::RegisterCallback))
    return "function '" + F.Name +
           "' has a 'callback', which only applies to start, arm, trigger "
           "and register-callback";
  if (F.Callback)
    if (std::string Bad = badFieldPath(F.Callback->Field); !Bad.empty())
      return Bad;

  bool TakesBuffers = llvm::any_of(Roles, roleTakesBuffers);
  // Cache maintenance without buffers maintains the whole cache
  // (SCB_CleanDCache()).
  bool WholeCache = llvm::all_of(Roles, [](Role R) {
    return R == Role::CacheClean || R == Role::CacheInvalidate;
  });
  if (TakesBuffers && F.Buffers.empty() && !WholeCache)
    return "function '" + F.Name + "' has role '" +
           roleName(*llvm::find_if(Roles, roleTakesBuffers)).str() +
           "' but no 'buffers'";
  if (!TakesBuffers && !F.Buffers.empty())
    return "function '" + F.Name + "' has 'buffers' but none of its roles (" +
           roleName(Roles.front()).str() + "...) takes a buffer";

  if (F.Handle && F.Handle->Return && !Has(Role::Start))
    return "function '" + F.Name +
           "' returns a handle but does not start a transfer";
  if (F.FailsWhenBusy && !Has(Role::Start))
    return "function '" + F.Name +
           "' has 'fails-when-busy', which only applies to a start";
  if (F.FailsWhenBusy && !F.Success)
    return "function '" + F.Name +
           "' has 'fails-when-busy' but no 'success' condition its failure "
           "could break";
  if (F.FromInterrupt && !Has(Role::Signal))
    return "function '" + F.Name + "' has 'from-interrupt' but is no signal";
  if (Has(Role::Trigger) && Has(Role::Abort) && !F.Trigger)
    return "function '" + F.Name +
           "' is both 'trigger' and 'abort' but has no 'trigger' argument "
           "saying which: nonzero starts, zero stops";
  if (F.Trigger && !Has(Role::Start) && !Has(Role::Trigger))
    return "function '" + F.Name + "' has a 'trigger' but does not start "
                                   "a transfer";
  if (F.Success && !Starts && !Has(Role::Wait) && !Has(Role::Abort) &&
      !Has(Role::PollDone) && !Has(Role::WaitSignal) && !Has(Role::Trigger))
    return "function '" + F.Name +
           "' has a 'success' condition, which only applies to start, arm, "
           "trigger, wait, wait-signal, abort and poll-done";

  std::set<unsigned> WritesSeen;
  for (const WritesEntry &W : F.Writes)
    if (!WritesSeen.insert(W.Param.Value).second)
      return "function '" + F.Name + "' lists the writes of parameter " +
             std::to_string(W.Param.Value) + " twice";
  if (!F.Writes.empty() && llvm::none_of(Roles, rewritesArguments))
    return "function '" + F.Name + "' has 'writes', but a call of its roles "
           "changes none of its arguments' memory";

  for (const BufferEntry &B : F.Buffers) {
    unsigned P = B.Param.Value;
    if (F.Handle && F.Handle->Param && F.Handle->Param->Value == P &&
        B.Field.empty())
      return "function '" + F.Name + "': parameter " + std::to_string(P) +
             " is both a buffer and the handle";
    if (F.Trigger && F.Trigger->Value == P)
      return "function '" + F.Name + "': parameter " + std::to_string(P) +
             " is both a buffer and the trigger";
    if (B.Length && B.Length->Param && B.Length->Param->Value == P &&
        B.Length->Field.empty())
      return "function '" + F.Name + "': parameter " + std::to_string(P) +
             " is both a buffer and its length";
    if (B.Length && B.Length->End && B.Length->End->Value == P)
      return "function '" + F.Name + "': parameter " + std::to_string(P) +
             " is both a buffer and its end";
    if (B.Dir.FromArg && B.Dir.FromArg->Param.Value == P &&
        B.Dir.FromArg->Field.empty())
      return "function '" + F.Name + "': parameter " + std::to_string(P) +
             " is both a buffer and its direction";
    if (B.Dir.FromArg)
      if (std::string Bad = badFieldPath(B.Dir.FromArg->Field); !Bad.empty())
        return Bad;
    // On cache maintenance a direction says which way it goes (ESP-IDF's
    // esp_cache_msync flags): to-device cleans, from-device invalidates.
    // On a blocking transfer it says which cache rule its bytes meet.
    if (!Starts && !WholeCache && !Has(Role::Transfer) &&
        (B.Dir.Fixed || B.Dir.FromArg))
      return "function '" + F.Name +
             "': a direction only applies to the buffers of a start, a "
             "transfer or cache maintenance";
  }
  return "";
}

} // namespace
} // namespace dmasafe

// --- Traits ----------------------------------------------------------------

namespace llvm {
namespace yaml {
using namespace dmasafe;

template <> struct ScalarTraits<ParamIndex> {
  static void output(const ParamIndex &V, void *, raw_ostream &OS) {
    OS << V.Value;
  }
  static StringRef input(StringRef S, void *Ctx, ParamIndex &V) {
    if (!S.getAsInteger(10, V.Value))
      return {};
    std::string &Msg = static_cast<ReadContext *>(Ctx)->Scratch;
    int64_t Signed;
    if (!S.getAsInteger(10, Signed) && Signed < 0)
      Msg = "parameter index " + S.str() +
            " is negative; indices start at 0 for the first parameter";
    else
      Msg = "expected a parameter index (0 for the first parameter), got '" +
            S.str() + "'";
    return Msg;
  }
  static QuotingType mustQuote(StringRef) { return QuotingType::None; }
};

// Roles and directions are scalar traits rather than enumeration traits so
// that a typo is answered with the list of valid names.
template <> struct ScalarTraits<Role> {
  static void output(const Role &R, void *, raw_ostream &OS) {
    OS << roleName(R);
  }
  static StringRef input(StringRef S, void *, Role &R) {
    std::optional<Role> Parsed = roleNamed(S);
    if (!Parsed)
      return unknownRoleMessage();
    R = *Parsed;
    return {};
  }
  static QuotingType mustQuote(StringRef) { return QuotingType::None; }
};

template <> struct ScalarTraits<Direction> {
  static void output(const Direction &D, void *, raw_ostream &OS) {
    OS << modelDirectionName(D);
  }
  static StringRef input(StringRef S, void *, Direction &D) {
    std::optional<Direction> Parsed = parseDirection(S);
    if (!Parsed)
      return "unknown direction; expected to-device, from-device or "
             "bidirectional";
    D = *Parsed;
    return {};
  }
  static QuotingType mustQuote(StringRef) { return QuotingType::None; }
};

template <> struct ScalarEnumerationTraits<FunctionContract::BusyRule> {
  static void enumeration(IO &IO, FunctionContract::BusyRule &R) {
    IO.enumCase(R, "handle", FunctionContract::BusyRule::Handle);
    IO.enumCase(R, "direction", FunctionContract::BusyRule::Direction);
  }
};

template <> struct ScalarEnumerationTraits<Requirement> {
  static void enumeration(IO &IO, Requirement &R) {
    IO.enumCase(R, "ram", Requirement::Ram);
    IO.enumCase(R, "stable", Requirement::Stable);
    IO.enumCase(R, "no-stack", Requirement::NoStack);
    IO.enumCase(R, "no-vmalloc", Requirement::NoVmalloc);
  }
};

template <> struct ScalarEnumerationTraits<StorageKind> {
  static void enumeration(IO &IO, StorageKind &K) {
    IO.enumCase(K, "vmalloc", StorageKind::Vmalloc);
  }
};

} // namespace yaml
} // namespace llvm

LLVM_YAML_IS_FLOW_SEQUENCE_VECTOR(dmasafe::Role)
LLVM_YAML_IS_FLOW_SEQUENCE_VECTOR(dmasafe::Requirement)
LLVM_YAML_IS_SEQUENCE_VECTOR(dmasafe::BufferEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(dmasafe::WritesEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(dmasafe::WrongShape)
LLVM_YAML_IS_SEQUENCE_VECTOR(dmasafe::FunctionEntry)

namespace llvm {
namespace yaml {

template <> struct MappingTraits<WrongShape> {
  static void mapping(IO &IO, WrongShape &) { IO.setAllowUnknownKeys(true); }
  static std::string validate(IO &, WrongShape &W) { return W.Expected; }
};

template <> struct PolymorphicTraits<RoleList> {
  static NodeKind getKind(const RoleList &L) {
    return L.Roles.size() == 1 ? NodeKind::Scalar : NodeKind::Sequence;
  }
  static Role &getAsScalar(RoleList &L) {
    L.Roles.assign(1, Role::Start);
    return L.Roles.front();
  }
  static std::vector<Role> &getAsSequence(RoleList &L) { return L.Roles; }
  static WrongShape &getAsMap(RoleList &) {
    static WrongShape W{"a role is a name or a list of names, not a mapping"};
    return W;
  }
};

template <> struct MappingTraits<HandleEntry> {
  static void mapping(IO &IO, HandleEntry &H) {
    dmasafe::compat::mapOptional(IO, "param", H.Param);
    dmasafe::compat::mapOptional(IO, "return", H.Return, false);
    dmasafe::compat::mapOptional(IO, "mask", H.Mask);
  }
  static std::string validate(IO &IO, HandleEntry &H) {
    if (hasUnknownKey(IO, {"param", "return", "mask"}))
      return "";
    if (H.Param.has_value() + H.Return + H.Mask.has_value() != 1)
      return "a handle is one of {param: N}, {return: true} or {mask: N}";
    return "";
  }
};

template <> struct MappingTraits<CallbackEntry> {
  static void mapping(IO &IO, CallbackEntry &C) {
    IO.mapRequired("param", C.Param);
    dmasafe::compat::mapOptional(IO, "field", C.Field, std::string());
  }
};

template <> struct MappingTraits<SuccessEntry> {
  static void mapping(IO &IO, SuccessEntry &S) {
    dmasafe::compat::mapOptional(IO, "equals", S.Equals);
    dmasafe::compat::mapOptional(IO, "nonnegative", S.NonNegative, false);
    dmasafe::compat::mapOptional(IO, "nonnull", S.NonNull, false);
    dmasafe::compat::mapOptional(IO, "nonzero", S.NonZero, false);
  }
  static std::string validate(IO &IO, SuccessEntry &S) {
    if (hasUnknownKey(IO, {"equals", "nonnegative", "nonnull", "nonzero"}))
      return "";
    if (S.Equals.has_value() + S.NonNegative + S.NonNull + S.NonZero != 1)
      return "a success condition is one of {equals: V}, "
             "{nonnegative: true}, {nonnull: true} or {nonzero: true}";
    return "";
  }
};

template <> struct MappingTraits<LengthEntry> {
  static void mapping(IO &IO, LengthEntry &L) {
    dmasafe::compat::mapOptional(IO, "param", L.Param);
    dmasafe::compat::mapOptional(IO, "field", L.Field, std::string());
    dmasafe::compat::mapOptional(IO, "bytes", L.Bytes);
    dmasafe::compat::mapOptional(IO, "end", L.End);
    dmasafe::compat::mapOptional(IO, "unit", L.Unit, uint64_t(1));
  }
  static std::string validate(IO &IO, LengthEntry &L) {
    if (hasUnknownKey(IO, {"param", "field", "bytes", "end", "unit"}))
      return "";
    if (!L.Field.empty() && !L.Param)
      return "a length 'field' is a member of a parameter; add 'param: N'";
    if (std::string Bad = badFieldPath(L.Field); !Bad.empty())
      return Bad;
    if (L.Param.has_value() + L.Bytes.has_value() + L.End.has_value() != 1)
      return "a length is one of {param: N, unit: U}, {bytes: N} or "
             "{end: N}";
    if (L.Unit == 0)
      return "a length unit is a positive number of bytes";
    if (!L.Param && L.Unit != 1)
      return "'unit' only applies to a length taken from a parameter";
    return "";
  }
};

/// `values:` of a direction: enum value -> direction.
template <> struct CustomMappingTraits<std::map<int64_t, Direction>> {
  static void inputOne(IO &IO, StringRef Key,
                       std::map<int64_t, Direction> &M) {
    int64_t V;
    if (Key.getAsInteger(0, V)) {
      IO.setError("direction values are keyed by integer enum values, got '" +
                  Key + "'");
      return;
    }
    IO.mapRequired(Key.str().c_str(), M[V]);
  }
  static void output(IO &IO, std::map<int64_t, Direction> &M) {
    for (auto &[K, D] : M)
      IO.mapRequired(std::to_string(K).c_str(), D);
  }
};

/// The mapping form of a direction; the scalar form goes to Fixed.
template <> struct MappingTraits<DirectionFromArgEntry> {
  static void mapping(IO &IO, DirectionFromArgEntry &D) {
    IO.mapRequired("param", D.Param);
    IO.mapOptional("field", D.Field);
    dmasafe::compat::mapOptional(IO, "mask", D.Mask);
    IO.mapRequired("values", D.Values);
  }
  static std::string validate(IO &IO, DirectionFromArgEntry &D) {
    if (hasUnknownKey(IO, {"param", "field", "mask", "values"}))
      return "";
    if (D.Values.empty())
      return "a direction taken from a parameter needs at least one value";
    if (D.Mask)
      for (const auto &Entry : D.Values)
        if (static_cast<uint64_t>(Entry.first) & ~*D.Mask)
          return "direction value " + std::to_string(Entry.first) +
                 " has bits outside the mask";
    return "";
  }
};

template <> struct PolymorphicTraits<DirectionEntry> {
  static NodeKind getKind(const DirectionEntry &D) {
    return D.FromArg ? NodeKind::Map : NodeKind::Scalar;
  }
  static Direction &getAsScalar(DirectionEntry &D) {
    D.Fixed = Direction::Bidirectional;
    return *D.Fixed;
  }
  static DirectionFromArgEntry &getAsMap(DirectionEntry &D) {
    D.FromArg.emplace();
    return *D.FromArg;
  }
  static std::vector<WrongShape> &getAsSequence(DirectionEntry &D) {
    D.WasSequence = true;
    static std::vector<WrongShape> Ignored;
    return Ignored;
  }
};

template <> struct MappingTraits<BufferEntry> {
  static void mapping(IO &IO, BufferEntry &B) {
    IO.mapRequired("param", B.Param);
    dmasafe::compat::mapOptional(IO, "field", B.Field, std::string());
    dmasafe::compat::mapOptional(IO, "direction", B.Dir);
    dmasafe::compat::mapOptional(IO, "length", B.Length);
    dmasafe::compat::mapOptional(IO, "requires", B.Requires);
  }
  static std::string validate(IO &IO, BufferEntry &B) {
    if (hasUnknownKey(IO, {"param", "field", "direction", "length", "requires"}))
      return "";
    if (B.Dir.WasSequence)
      return "a direction is a name or {param: N, values: {...}}, not a list";
    return badFieldPath(B.Field);
  }
};

template <> struct MappingTraits<WritesEntry> {
  static void mapping(IO &IO, WritesEntry &W) {
    IO.mapRequired("param", W.Param);
    IO.mapRequired("fields", W.Fields);
  }
  static std::string validate(IO &IO, WritesEntry &W) {
    if (hasUnknownKey(IO, {"param", "fields"}))
      return "";
    for (const std::string &F : W.Fields)
      if (F.find('.') != std::string::npos || !badFieldPath(F).empty())
        return "'" + F + "' in 'fields' is not a member name";
    return "";
  }
};

template <> struct MappingTraits<FunctionEntry> {
  static void mapping(IO &IO, FunctionEntry &F) {
    F.Line = contextOf(IO).currentLine(IO);
    IO.mapRequired("name", F.Name);
    IO.mapRequired("role", F.Roles);
    dmasafe::compat::mapOptional(IO, "api", F.Api, std::string());
    dmasafe::compat::mapOptional(IO, "headers", F.Headers);
    dmasafe::compat::mapOptional(IO, "params", F.Params);
    dmasafe::compat::mapOptional(IO, "handle", F.Handle);
    dmasafe::compat::mapOptional(IO, "success", F.Success);
    dmasafe::compat::mapOptional(IO, "trigger", F.Trigger);
    dmasafe::compat::mapOptional(IO, "callback", F.Callback);
    dmasafe::compat::mapOptional(IO, "completes", F.Completes);
    dmasafe::compat::mapOptional(IO, "from-interrupt", F.FromInterrupt);
    dmasafe::compat::mapOptional(IO, "fails-when-busy", F.FailsWhenBusy);
    dmasafe::compat::mapOptional(IO, "storage", F.Storage);
    dmasafe::compat::mapOptional(IO, "length", F.MappingLength);
    dmasafe::compat::mapOptional(IO, "direction", F.MappingDirection);
    dmasafe::compat::mapOptional(IO, "buffers", F.Buffers);
    dmasafe::compat::mapOptional(IO, "writes", F.Writes);
  }
  static std::string validate(IO &IO, FunctionEntry &F) {
    if (hasUnknownKey(IO, {"name", "role", "api", "headers", "params", "handle",
                           "success", "trigger", "callback", "completes",
                           "from-interrupt", "fails-when-busy", "storage",
                           "length", "direction", "buffers", "writes"}))
      return "";
    llvm::StringRef Name = F.Name;
    if (Name.empty() || llvm::isDigit(Name.front()) ||
        !llvm::all_of(Name, [](char C) {
          return llvm::isAlnum(C) || C == '_';
        }))
      return "'" + F.Name + "' is not a C function name";
    std::string Err = validateFunction(F);
    if (!Err.empty())
      return Err;
    if (F.Headers)
      if (std::string Bad = badHeaderPattern(*F.Headers); !Bad.empty())
        return Bad;
    if (!contextOf(IO).SeenNames.insert(Name).second)
      return "function '" + F.Name + "' is described twice in this file";
    return "";
  }
};

template <> struct MappingTraits<ModelDocument> {
  static void mapping(IO &IO, ModelDocument &D) {
    if (!IO.outputting())
      if (const auto *N = static_cast<llvm::yaml::Input &>(IO).getCurrentNode();
          N && llvm::isa<llvm::yaml::MappingNode>(N)) {
        std::vector<llvm::StringRef> Keys = IO.keys();
        D.Lists = llvm::is_contained(Keys, "functions") ||
                  llvm::is_contained(Keys, "registers");
      }
    IO.mapRequired("api", D.Api);
    dmasafe::compat::mapOptional(IO, "headers", D.Headers);
    dmasafe::compat::mapOptional(IO, "description", D.Description, std::string());
    dmasafe::compat::mapOptional(IO, "functions", D.Functions);
    dmasafe::compat::mapOptional(IO, "registers", D.Registers);
  }
  static std::string validate(IO &IO, ModelDocument &D) {
    if (hasUnknownKey(IO, {"api", "headers", "description", "functions",
                           "registers"}))
      return "";
    if (!D.Lists)
      return "missing required key 'functions' (or 'registers' for DMA "
             "controller register blocks)";
    if (llvm::StringRef(D.Api).trim().empty())
      return "'api' names the API family and must not be empty";
    if (std::string Bad = badHeaderPattern(D.Headers); !Bad.empty())
      return Bad;
    return "";
  }
};

} // namespace yaml
} // namespace llvm

namespace dmasafe {
namespace {

/// The first diagnostic of the YAML stream, with its position.
struct FirstDiagnostic {
  bool Seen = false;
  int Line = 1;
  int Column = 1;
  std::string Message;
};

void captureDiagnostic(const llvm::SMDiagnostic &D, void *Ctx) {
  auto &First = *static_cast<FirstDiagnostic *>(Ctx);
  if (First.Seen || D.getKind() != llvm::SourceMgr::DK_Error)
    return;
  First.Seen = true;
  First.Line = D.getLineNo() > 0 ? D.getLineNo() : 1;
  First.Column = D.getColumnNo() >= 0 ? D.getColumnNo() + 1 : 1;
  // Clearer words for the YAML reader's terse messages.
  llvm::StringRef M = D.getMessage();
  if (M == "not a mapping")
    First.Message = "expected a mapping ('key: value') here";
  else if (M == "not a sequence")
    First.Message = "expected a list here";
  else if (M == "unknown enumerated scalar")
    First.Message = "unknown storage requirement; expected ram, stable, "
                    "no-stack or no-vmalloc (or, for 'storage', vmalloc)";
  else if (M == "invalid number")
    First.Message = "expected an integer here";
  else if (M == "invalid boolean")
    First.Message = "expected true or false here";
  else
    First.Message = M.str();
}

BufferParam toBuffer(const BufferEntry &E) {
  BufferParam B;
  B.Param = E.Param.Value;
  B.Field = E.Field;
  if (E.Dir.Fixed)
    B.Dir = *E.Dir.Fixed;
  if (E.Dir.FromArg) {
    DirectionFromArg D;
    D.Param = E.Dir.FromArg->Param.Value;
    D.Field = E.Dir.FromArg->Field;
    D.Mask = E.Dir.FromArg->Mask;
    D.Values.assign(E.Dir.FromArg->Values.begin(),
                    E.Dir.FromArg->Values.end());
    B.DirFromArg = std::move(D);
  }
  if (E.Length) {
    if (E.Length->Param)
      B.LenParam = E.Length->Param->Value;
    B.LenField = E.Length->Field;
    B.FixedLen = E.Length->Bytes;
    B.LenUnit = E.Length->Unit;
    if (E.Length->End)
      B.LenEndParam = E.Length->End->Value;
  }
  for (Requirement R : E.Requires) {
    B.RequiresRam |= R == Requirement::Ram;
    B.RequiresStable |= R == Requirement::Stable;
    B.ForbidsStack |= R == Requirement::NoStack;
    B.ForbidsVmalloc |= R == Requirement::NoVmalloc;
  }
  return B;
}

FunctionContract toContract(const FunctionEntry &E, llvm::StringRef FileApi,
                            const std::vector<std::string> &FileHeaders,
                            llvm::StringRef FileName) {
  FunctionContract C;
  C.Name = E.Name;
  C.Roles = E.Roles.Roles;
  for (const BufferEntry &B : E.Buffers)
    C.Buffers.push_back(toBuffer(B));
  for (const WritesEntry &W : E.Writes)
    C.Writes.push_back({W.Param.Value, W.Fields});
  if (E.Handle && E.Handle->Param)
    C.Handle = {HandleSpec::Kind::Param, E.Handle->Param->Value};
  else if (E.Handle && E.Handle->Return)
    C.Handle = {HandleSpec::Kind::Return, 0};
  else if (E.Handle && E.Handle->Mask)
    C.Handle = {HandleSpec::Kind::Mask, E.Handle->Mask->Value};
  if (E.Callback)
    C.Callback = CallbackParam{E.Callback->Param.Value, E.Callback->Field};
  C.Completes = E.Completes;
  C.Allocates = E.Storage;
  if (E.MappingLength && E.MappingLength->Param)
    C.MappingLenParam = E.MappingLength->Param->Value;
  if (E.MappingDirection.FromArg) {
    DirectionFromArg D;
    D.Param = E.MappingDirection.FromArg->Param.Value;
    D.Values.assign(E.MappingDirection.FromArg->Values.begin(),
                    E.MappingDirection.FromArg->Values.end());
    C.MappingDir = std::move(D);
  }
  C.FromInterrupt = E.FromInterrupt.value_or(false);
  C.FailsWhenBusy =
      E.FailsWhenBusy.value_or(FunctionContract::BusyRule::None);
  if (E.Success) {
    if (E.Success->Equals)
      C.Success = {SuccessCondition::Kind::ReturnEquals, *E.Success->Equals};
    else if (E.Success->NonNegative)
      C.Success = {SuccessCondition::Kind::ReturnNonNegative, 0};
    else
      C.Success = {SuccessCondition::Kind::ReturnNonNull, 0};
  }
  if (E.Trigger)
    C.TriggerParam = E.Trigger->Value;
  C.Origin = "model " + FileName.str() + ":" + std::to_string(E.Line);
  C.Api = E.Api.empty() ? FileApi.str() : E.Api;
  C.DeclaredIn = E.Headers ? *E.Headers : FileHeaders;
  C.ParamCount = E.Params;
  return C;
}

llvm::Error errorAt(llvm::StringRef Name, int Line, int Column,
                    const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "%s:%d:%d: %s", Name.str().c_str(), Line,
                                 Column, Message.str().c_str());
}

} // namespace

llvm::Error parseModelFile(llvm::StringRef Text, llvm::StringRef Name,
                           llvm::StringMap<FunctionContract> &Out,
                           std::vector<RegisterBlock> *Registers) {
  if (Text.trim().empty())
    return errorAt(Name, 1, 1,
                   "empty model file; expected 'api:' and 'functions:'");
  // A shipped model passed the shape check when the build indexed it.
  if (!shippedModelNames(Text))
    if (llvm::Error E = checkModelShape(Text, Name))
      return E;
  return parseShapeCheckedModel(Text, Name, Out, Registers);
}

llvm::Error parseShapeCheckedModel(llvm::StringRef Text, llvm::StringRef Name,
                                   llvm::StringMap<FunctionContract> &Out,
                                   std::vector<RegisterBlock> *Registers) {
  FirstDiagnostic First;
  ReadContext Ctx{Text, {}, {}};
  ModelDocument Doc;
  llvm::yaml::Input In(Text, &Ctx, captureDiagnostic, &First);
  In >> Doc;
  if (First.Seen)
    return errorAt(Name, First.Line, First.Column, First.Message);
  if (In.error())
    return errorAt(Name, 1, 1, "not a model file: " + In.error().message());
  if (In.nextDocument()) {
    size_t Second = Text.find("\n---");
    int Line = Second == llvm::StringRef::npos
                   ? 1
                   : 2 + static_cast<int>(Text.take_front(Second).count('\n'));
    return errorAt(Name, Line, 1,
                   "a model file holds one YAML document; found several");
  }

  for (const FunctionEntry &E : Doc.Functions)
    Out.insert_or_assign(E.Name,
                         toContract(E, Doc.Api.c_str(), Doc.Headers, Name));
  if (Registers)
    for (const RegisterBlockEntry &E : Doc.Registers)
      Registers->push_back(toRegisterBlock(E, Doc.Api, Doc.Headers, Name));
  return llvm::Error::success();
}

} // namespace dmasafe
