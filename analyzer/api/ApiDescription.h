//===- ApiDescription.h - One description of DMA APIs for both front-ends -===//
//
// The analyzer checker and the clang-tidy checks never read annotations or
// model files themselves: they ask an ApiDescription what a called function
// does to DMA buffers. Two sources fill it:
//
//   - annotations (dmasafe/annotations.h) on the function's declarations,
//     read lazily from `annotate("dmasafe:...")` attributes;
//   - model files (models/*.yaml), matched by function name, for vendor APIs
//     whose headers cannot be edited.
//
// A model wins over annotations and over an inline body in a vendor header:
// the checker evaluates the call from its contract, not from the body.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_APIDESCRIPTION_H
#define DMASAFE_API_APIDESCRIPTION_H

#include "semantics/Roles.h"

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class Decl;
class IdentifierTable;
class FunctionDecl;
class VarDecl;
} // namespace clang

namespace dmasafe {

struct RegisterBlock; // RegisterModel.h

/// What the engine does with a buffer while it owns it.
enum class Direction {
  ToDevice,     ///< engine reads it (TX, memory-to-memory source)
  FromDevice,   ///< engine writes it (RX, memory-to-memory destination)
  Bidirectional ///< unknown or both: no CPU access in flight
};

/// Memory an allocator returns that some engines cannot use.
enum class StorageKind {
  /// Virtually contiguous kernel memory outside the linear map (vmalloc,
  /// kvmalloc): dma_map_single and virt_to_page cannot translate it.
  Vmalloc,
};

/// Where a direction comes from when it is not fixed.
struct DirectionFromArg {
  unsigned Param = 0; ///< 0-based parameter holding the enum value
  /// When set: the value is this member of the struct Param points to
  /// (STM32 SPL `DMA_InitTypeDef.DMA_DIR`).
  std::string Field;
  /// Bits of the argument that hold the direction, when it is a register
  /// value (NuttX's `ccr`: DMA_CCR_DIR among MINC, PSIZE...).
  std::optional<uint64_t> Mask;
  /// Enum constant value (or masked bits) -> direction (DMA_TO_DEVICE ->
  /// ToDevice...).
  std::vector<std::pair<int64_t, Direction>> Values;

  /// The direction argument value \p V names, if its value is listed.
  std::optional<Direction> directionFor(int64_t V) const {
    if (Mask)
      V = static_cast<int64_t>(static_cast<uint64_t>(V) & *Mask);
    for (const auto &[Value, Dir] : Values)
      if (Value == V)
        return Dir;
    return std::nullopt;
  }
};

/// A call's constant argument value by 0-based index, as a front-end knows
/// it (the analyzer's constraints, the tidy flow's constant expressions);
/// none when unknown.
using ArgValue = llvm::function_ref<std::optional<int64_t>(unsigned)>;

/// One buffer a function hands to (or takes from) the engine.
struct BufferParam {
  unsigned Param = 0;            ///< 0-based parameter index
  std::string Field;             ///< when set: the buffer is Param->Field
  Direction Dir = Direction::Bidirectional;
  std::optional<DirectionFromArg> DirFromArg;
  std::optional<unsigned> LenParam; ///< 0-based index of the length
  std::string LenField; ///< when set: the length is LenParam->LenField
  std::optional<uint64_t> FixedLen; ///< a length known from the model
  uint64_t LenUnit = 1;             ///< bytes per unit of the length
  /// The length is this argument, an end address, minus the buffer's
  /// address (NuttX `up_clean_dcache(start, end)`).
  std::optional<unsigned> LenEndParam;
  bool RequiresStable = false;      ///< DMA_STABLE on the parameter
  bool RequiresRam = false;         ///< DMA_IN_RAM on the parameter
  bool ForbidsStack = false;        ///< stack memory is never fit (Linux)
  /// vmalloc'ed memory and a loadable module's static data are never fit
  /// (Linux: outside the linear map the DMA API translates).
  bool ForbidsVmalloc = false;
};

/// When the function's effect takes place. On a poll-done function it
/// narrows "nonzero means done" to the state value that means done
/// (`HAL_UART_GetState(h) == HAL_UART_STATE_READY`): the checker splits on
/// it before the poll, so nothing else changes.
struct SuccessCondition {
  enum class Kind { Always, ReturnEquals, ReturnNonNegative, ReturnNonNull };
  Kind K = Kind::Always;
  int64_t Value = 0; ///< for ReturnEquals
};

/// How a transfer is named so that a later wait/poll/abort finds it.
struct HandleSpec {
  enum class Kind {
    None,  ///< no handle: the transfer can only end with the buffer
    Param, ///< a parameter (pointer to a driver object or channel number)
    Return, ///< the start's return value (dma_addr_t)
    Mask    ///< a parameter whose bit N names channel N (trigger only)
  };
  Kind K = Kind::None;
  unsigned Param = 0; ///< for Param and Mask: 0-based index
};

/// A completion callback handed over at run time (Zephyr's
/// uart_callback_set, `dma_config.dma_callback`): the function pointer in
/// parameter Param, or in its member Field when set.
struct CallbackParam {
  unsigned Param = 0;
  std::string Field;
};

/// The DMA contract of one function.
struct FunctionContract {
  std::string Name;
  std::vector<Role> Roles;          ///< usually one; Wait+Deallocate etc.
  std::vector<BufferParam> Buffers; ///< Start, cache and Deallocate roles
  HandleSpec Handle;
  SuccessCondition Success;
  /// Start only: the transfer begins only when this parameter is nonzero
  /// (pico-sdk's `trigger`).
  std::optional<unsigned> TriggerParam;
  /// The completion callback this function registers, if any.
  std::optional<CallbackParam> Callback;
  /// Start only: when it refuses to start because the handle is busy
  /// (STM32 HAL returns HAL_BUSY): never, while any transfer on the handle
  /// is in flight, or only one of the same direction (a UART's separate TX
  /// and RX state machines).
  enum class BusyRule { None, Handle, Direction };
  BusyRule FailsWhenBusy = BusyRule::None;
  /// Signal only: callable from interrupt context alone (FreeRTOS
  /// xQueueGiveFromISR). No lock is given from an interrupt, so the object
  /// may be a completion signal even when no callback here gives it.
  bool FromInterrupt = false;
  /// CompletionCallback only: it runs for transfers of this direction alone
  /// (HAL_UART_TxCpltCallback: to-device).
  std::optional<Direction> Completes;
  /// Wait, suspend or trigger on a mapping: the arguments that name its
  /// size and direction again (dma_unmap_single's size and dir), which must
  /// be the map's (semantics/MappingDiscipline.h).
  std::optional<unsigned> MappingLenParam;
  std::optional<DirectionFromArg> MappingDir;
  /// Allocate only: the kind of memory it returns.
  std::optional<StorageKind> Allocates;
  /// `writes:` (derived by dmasafe summarize from the body): of the object a
  /// parameter points to, the only members the call changes; the others
  /// keep their values through it (a sensor's `type` and `source` stay
  /// what the caller tested). A parameter without an entry may have
  /// anything it reaches changed, as by a call core cannot see into.
  struct ParamWrites {
    unsigned Param = 0;
    std::vector<std::string> Fields;
  };
  std::vector<ParamWrites> Writes;
  const ParamWrites *writesOf(unsigned Param) const;
  /// Where the contract came from, for diagnostics: "annotation" or
  /// "model file:line".
  std::string Origin;
  /// The API family this function belongs to (model name, or "annotated");
  /// completion flags complete the transfers of their own API.
  std::string Api;
  /// Model entries only: glob patterns (`*hardware/dma.h`) of the headers
  /// that declare the vendor function. When set, the entry applies only to
  /// a function with a redeclaration in a matching file, so that a
  /// project's own `uart_tx` is not taken for Zephyr's. Empty: any.
  std::vector<std::string> DeclaredIn;
  /// When set: the entry describes only a declaration with this many
  /// parameters (two generations of one SDK function: the STM32 HAL's
  /// 5-parameter HAL_SD_WriteBlocks_DMA of 2014-2017 and today's 4).
  std::optional<unsigned> ParamCount;

  bool hasRole(Role R) const;
};

/// A wrong annotation or model entry. Reported by both front-ends, never
/// ignored.
struct ContractProblem {
  clang::SourceLocation Loc; ///< invalid for model-file problems
  std::string Message;
};

struct ShippedModel;

/// The merged description. Cheap to query repeatedly: contracts read from
/// annotations are cached per canonical declaration.
class ApiDescription {
public:
  /// Adds the functions of a model file. On a malformed file returns an
  /// error whose message starts with "file:line:col: " and adds nothing.
  llvm::Error loadModelFile(llvm::StringRef Path);
  /// The same for a model held in memory (tests, embedded defaults).
  llvm::Error loadModelText(llvm::StringRef Text, llvm::StringRef Name);

  /// Reads a model file now and parses it at the first lookup, and then
  /// only if the translation unit mentions a name the file describes
  /// (ModelIndex.h): a unit pays for the models it uses. Errors reading the
  /// file (missing, not a regular file, too large) are returned now; errors
  /// in its content go to the handler of onLoadError when it is parsed. A
  /// file whose names a text scan cannot tell, or that names nothing, is
  /// parsed now (its errors returned now), its contracts added in turn.
  llvm::Error deferModelFile(llvm::StringRef Path);
  /// Parses the deferred files that describe a name of \p Idents (the
  /// unit's identifiers, complete once it is parsed) and drops the others.
  /// lookup() calls it; a front-end calls it first where it must know
  /// loadFailed() before any lookup.
  void loadUsedModels(const clang::IdentifierTable &Idents);
  /// Where the errors of deferred files go, "file:line:col: message".
  void onLoadError(std::function<void(const std::string &)> Handler) {
    LoadErrorHandler = std::move(Handler);
  }
  /// Whether a model file failed to load (read now or parsed later). A
  /// front-end then reports nothing, rather than findings of half a model.
  bool loadFailed() const { return LoadFailed; }
  /// Whether a model entry has \p FD's name (whether it fits \p FD is
  /// lookup's to say): a cheap filter for call matchers. Loads the used
  /// models first, as lookup does.
  bool mayModel(const clang::FunctionDecl &FD);

  /// The contract of \p FD, or null when it has none. Of the model entries
  /// of its name, the last loaded whose `headers:` match a declaration of
  /// \p FD applies (SDKs reuse names across chip families). Model entries win over
  /// annotations, unless the model does not fit \p FD (an index past its
  /// parameters, a field its struct lacks): then the model is not used for
  /// \p FD and the mismatch is one of problemsOf(FD). Problems found in \p FD's annotations are appended to
  /// problems() once per declaration and the bad marker is ignored.
  const FunctionContract *lookup(const clang::FunctionDecl *FD);

  /// Model lookup by name only (no declaration at hand).
  const FunctionContract *lookupModel(llvm::StringRef Name) const;

  /// Whether \p FD is declared in a header that a model of API family
  /// \p Family names in its `headers:` (an entry of that family parsed so
  /// far): that model lists what of the header's API starts, waits or
  /// aborts, so a function of it that the model leaves out does none.
  bool describesHeaderOf(llvm::StringRef Family, const clang::FunctionDecl *FD);

  /// Whether \p VD is marked DMA_STABLE (on itself or its type).
  static bool isMarkedStable(const clang::VarDecl *VD);
  /// Whether \p VD is marked DMA_COMPLETION_FLAG.
  static bool isMarkedCompletionFlag(const clang::VarDecl *VD);

  /// Annotation problems found so far, in the order found.
  const std::vector<ContractProblem> &problems() const { return Problems; }
  /// Problems of \p FD's annotations (validates them if not yet done).
  std::vector<ContractProblem> problemsOf(const clang::FunctionDecl *FD);

  /// All model contracts parsed so far, by function name (deferred files
  /// join at the first lookup that needs them).
  const llvm::StringMap<FunctionContract> &models() const { return Models; }

  /// The DMA controllers' register blocks of the models parsed so far
  /// (RegisterModel.h): call loadUsedModels first.
  const std::vector<RegisterBlock> &registerBlocks() const;

private:
  llvm::StringMap<FunctionContract> Models;
  /// A model file read but not parsed, with the names it may describe;
  /// or, when a scan cannot tell them (no Text), parsed already and kept
  /// until its turn.
  struct DeferredModel {
    std::unique_ptr<llvm::MemoryBuffer> Text;
    /// The index entry of Text when it is a shipped model: only the
    /// entries the unit names are parsed.
    const ShippedModel *Shipped = nullptr;
    std::vector<llvm::StringRef> Names; ///< into Text or the shipped index
    llvm::StringMap<FunctionContract> Parsed;
    std::shared_ptr<std::vector<RegisterBlock>> Blocks; ///< with Parsed
  };
  using ModelParser = llvm::Error (*)(llvm::StringRef, llvm::StringRef,
                                      llvm::StringMap<FunctionContract> &,
                                      std::vector<RegisterBlock> *);
  /// Parses \p Text with \p Parse and adds its contracts, or nothing.
  llvm::Error addParsed(ModelParser Parse, llvm::StringRef Text,
                        llvm::StringRef Name);
  void addModels(llvm::StringMap<FunctionContract> Parsed,
                 const std::vector<RegisterBlock> &Blocks);
  std::vector<DeferredModel> Deferred;
  std::function<void(const std::string &)> LoadErrorHandler;
  bool LoadFailed = false;
  std::shared_ptr<std::vector<RegisterBlock>> Registers;
  /// Contracts read from annotations, in storage that never moves: a
  /// contract is read once per declaration and every lookup returns the
  /// same object, so no front-end copies it per call.
  std::deque<FunctionContract> AnnotatedStorage;
  /// Canonical declaration -> its contract in AnnotatedStorage, or null.
  llvm::DenseMap<const clang::Decl *, const FunctionContract *> Annotated;
  void readAnnotationsOnce(const clang::FunctionDecl *FD);
  llvm::DenseMap<const clang::Decl *, std::vector<ContractProblem>> DeclProblems;
  /// Contracts of the same name as one in Models from another SDK's
  /// headers (a later file replaced them there), in load order; stable
  /// addresses, as lookup() returns them.
  llvm::StringMap<std::deque<FunctionContract>> OtherHeaders;
  /// Per declaration: the model entry whose headers declare it and that
  /// fits it, or null; chosen on first lookup.
  llvm::DenseMap<const clang::Decl *, const FunctionContract *> FittingModel;
  llvm::DenseMap<const clang::Decl *, std::vector<ContractProblem>>
      ModelProblems;
  const FunctionContract *fittingModel(const clang::FunctionDecl *FD);
  /// describesHeaderOf's answers, by family and canonical declaration.
  llvm::DenseMap<std::pair<unsigned, const clang::Decl *>, bool> DescribedHeaders;
  llvm::StringMap<unsigned> DescribedFamilies;
  std::vector<ContractProblem> Problems;
};

/// Reads the `dmasafe:` annotations of \p FD (all redeclarations) into a
/// contract. Returns std::nullopt when \p FD carries none. Wrong markers
/// are appended to \p Problems and left out of the contract.
std::optional<FunctionContract>
readAnnotations(const clang::FunctionDecl *FD,
                std::vector<ContractProblem> &Problems);

/// Parses a model file's text into contracts. On error returns an
/// llvm::Error with "Name:line:col: message" and leaves \p Out unchanged.
llvm::Error parseModelFile(llvm::StringRef Text, llvm::StringRef Name,
                           llvm::StringMap<FunctionContract> &Out,
                           std::vector<RegisterBlock> *Registers = nullptr);
/// parseModelFile without the shape check, for text the build checked: a
/// shipped model, or the entries of one a unit uses (usedEntriesText).
llvm::Error parseShapeCheckedModel(llvm::StringRef Text, llvm::StringRef Name,
                                   llvm::StringMap<FunctionContract> &Out,
                                   std::vector<RegisterBlock> *Registers);

/// Validates the `dmasafe:` markers on a declaration that is not a function
/// or one of its parameters: on storage (variable, type) only DMA_STABLE and
/// DMA_COMPLETION_FLAG (on a variable with static storage) belong; on an
/// enum, enumerator, label, field (DMA_STABLE), typedef of a function type or
/// parameter of a function type no marker has an effect. Returns one problem
/// per misplaced or unknown marker.
std::vector<ContractProblem> validateStorageMarkers(const clang::Decl *D);

/// Why model entry \p C does not fit declaration \p FD (an index out of
/// range, a buffer that is not a pointer, a missing field), or std::nullopt
/// when it fits.
std::optional<std::string> modelMismatch(const FunctionContract &C,
                                         const clang::FunctionDecl *FD);

/// Whether \p FD is declared where model entry \p C says its function is
/// (C.DeclaredIn; always true when that is empty).
bool declaredInModelHeader(const FunctionContract &C,
                           const clang::FunctionDecl *FD);

llvm::StringRef directionName(Direction D);
llvm::StringRef storageKindName(StorageKind K);

} // namespace dmasafe

#endif // DMASAFE_API_APIDESCRIPTION_H
