//===- CompletionKnowledge.h - What in a TU completes transfers, found once =//
//
// DESIGN.md, "Completion": besides a wait, a poll or an abort on its
// handle, a transfer completes when the code observes a completion flag
// set, or returns from a successful wait on a kernel object that a
// completion callback gives. Which variables are flags and which objects
// are signals is a property of the whole translation unit, found by one
// walk that both front-ends ask (the analyzer checker and the clang-tidy
// checks must not disagree on it):
//
//   - completion callbacks: by contract (HAL_UART_TxCpltCallback), or
//     handed over at run time (RegisteredCallbacks.h); each with the scope
//     of what it completes: its API family, and one direction when the
//     contract says so (`completes: tx`);
//   - completion flags: globals, or members of globals reached through `.`,
//     of scalar type, written by what a callback runs (its body and the
//     functions it calls, two levels deep); a variable marked
//     DMA_COMPLETION_FLAG is a flag of every family. A write under a test
//     of a callback parameter against a global's address (`if (huart ==
//     &huart2)`) is a flag of that handle's transfers only;
//   - completion signals: kernel objects a callback gives (k_sem_give,
//     xSemaphoreGiveFromISR: the `signal` role of the models); a wait
//     (`wait-signal` role) on one completes its callbacks' scope. An
//     object nobody in the TU gives, or that cannot be named, may be given
//     by a callback elsewhere: it completes every family. One given only
//     outside callbacks (a lock) completes nothing, unless it is given by
//     a `from-interrupt` signal (no lock is given from an interrupt).
//
// No checker or clang-tidy type appears here.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_COMPLETIONKNOWLEDGE_H
#define DMASAFE_API_COMPLETIONKNOWLEDGE_H

#include "ApiDescription.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class Expr;
class FieldDecl;
class FunctionDecl;
class VarDecl;
} // namespace clang

namespace dmasafe {

/// Which transfers a completion event (a flag seen set, a semaphore taken)
/// completes: those of one API family (FunctionContract::Api) or of every
/// family, and only those of one direction when the callback says so.
/// What is known of a transfer's handle: its constant value (a channel
/// number), or the global whose address it is (`&huart2`).
struct HandleIdentity {
  std::optional<int64_t> Constant;
  const clang::VarDecl *Object = nullptr; ///< canonical
};

struct CompletionScope {
  /// std::nullopt: every family.
  std::optional<std::string> Api;
  std::optional<Direction> Only;
  /// The one constant handle (channel number) an interrupt vector names.
  std::optional<int64_t> Channel;
  /// The one handle object a callback tests its parameter against before
  /// it sets the flag (`if (huart == &huart2) done2 = 1;`): canonical.
  const clang::VarDecl *Object = nullptr;

  static CompletionScope everything() { return {}; }
  bool covers(llvm::StringRef TransferApi, Direction D,
              HandleIdentity Handle = {}) const {
    return (!Api || *Api == TransferApi) && (!Only || *Only == D) &&
           (!Channel || !Handle.Constant || *Channel == *Handle.Constant) &&
           coversObject(Handle.Object);
  }
  /// Whether a transfer on the handle \p Handle (null: unknown) may be the
  /// one this scope's callback tested for: a handle object of another
  /// type than the tested one (a DMA device, where the callback tested its
  /// context) says nothing about the test.
  bool coversObject(const clang::VarDecl *Handle) const;
  /// The scope of an event raised by both \p A's and \p B's callbacks.
  static CompletionScope either(const CompletionScope &A,
                                const CompletionScope &B);
  bool operator==(const CompletionScope &O) const {
    return Api == O.Api && Only == O.Only && Channel == O.Channel &&
           Object == O.Object;
  }
};

/// A function that runs when a transfer of \p Scope completes.
struct CompletionCallbackFn {
  const clang::FunctionDecl *Definition;
  CompletionScope Scope;
};

/// A variable an interrupt sets when a transfer completes: a global, or a
/// member of one (`g.rx_done`, `g.sub.done`).
struct CompletionFlag {
  const clang::VarDecl *Var;
  /// Fields from the global down to the flag; empty for the whole global.
  llvm::SmallVector<const clang::FieldDecl *, 2> Path;
  CompletionScope Scope;

  bool sameVariable(const CompletionFlag &O) const {
    return Var == O.Var && Path == O.Path;
  }
  clang::QualType type() const;
};

/// A kernel object (semaphore, event, completion, queue) as a signal or a
/// wait names it: a global or a member of one (`sem`, `&g.sem`), or a
/// member of any object reached through a pointer (`&d->sem`, Var null).
/// Unnamed (a parameter, a local): nothing is known about it.
struct SignalObject {
  const clang::VarDecl *Var = nullptr;
  llvm::SmallVector<const clang::FieldDecl *, 2> Path;

  bool named() const { return Var || !Path.empty(); }
  /// The same global and member path; through a pointer, the same member.
  bool matches(const SignalObject &O) const;
};
/// The object \p E (a signal's or wait's argument) names.
SignalObject signalObjectOf(const clang::Expr *E);

/// How deep completion callbacks are followed into the functions they call
/// (`Callback() { mark_done(); }`): the same for both front-ends.
constexpr unsigned CompletionCallDepth = 2;

/// The completion knowledge of one translation unit, computed on first use.
class CompletionKnowledge {
public:
  CompletionKnowledge(const clang::ASTContext &Ctx, ApiDescription &Api)
      : Ctx(Ctx), Api(Api) {}

  const std::vector<CompletionCallbackFn> &callbacks();
  const std::vector<CompletionFlag> &flags();
  /// The completion flag \p E reads (`done`, `g.done`), or null.
  const CompletionFlag *flagNamedBy(const clang::Expr *E);
  /// The scopes a successful blocking wait on \p Object completes: empty
  /// when it completes nothing, everything() when the object cannot be
  /// told apart from a completion signal.
  llvm::SmallVector<CompletionScope, 2>
  scopesCompletedByWaitOn(const clang::Expr *Object);
  /// Whether calling the defined function \p FD (not modelled) may
  /// complete transfers: its body, or what it calls two levels deep,
  /// waits, polls, aborts, suspends, waits on a kernel object or reads a
  /// completion flag. A front-end that does not follow the call (tidy)
  /// takes it as completing them: when unsure, say nothing.
  bool mayComplete(const clang::FunctionDecl *FD);

private:
  void collectSources();
  const clang::ASTContext &Ctx;
  ApiDescription &Api;
  bool SourcesKnown = false;
  std::vector<CompletionCallbackFn> Callbacks;
  /// Objects a signal function is called on anywhere in the TU.
  std::vector<SignalObject> Signalled;
  /// Those of them given by an interrupt-only signal.
  std::vector<SignalObject> SignalledFromInterrupt;
  std::optional<std::vector<CompletionFlag>> Flags;
  /// Marked static locals, met on the way (the TU walk does not see them).
  std::deque<CompletionFlag> MarkedLocals;
  struct Signal {
    SignalObject Object;
    CompletionScope Scope;
  };
  std::optional<std::vector<Signal>> Signals;
  llvm::DenseMap<const clang::FunctionDecl *, bool> Completes;
};

} // namespace dmasafe

#endif // DMASAFE_API_COMPLETIONKNOWLEDGE_H
