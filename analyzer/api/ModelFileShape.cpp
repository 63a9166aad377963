//===- ModelFileShape.cpp - Bounds on a model file before it is parsed ----===//
//
// The nesting check walks the YAML node tree with an explicit stack, never
// recursing, and stops at the first node past the limit: the parser below it
// (LLVM's Scanner) is iterative, so the walk costs no stack however deep the
// text is. Only then does yaml::Input, which recurses per level, see it.
//
//===----------------------------------------------------------------------===//
#include "ModelFileShape.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include <string>

namespace dmasafe {
namespace {

namespace fs = llvm::sys::fs;
namespace yaml = llvm::yaml;

llvm::Error fileError(llvm::StringRef Path, const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "%s: cannot read model file: %s",
                                 Path.str().c_str(), Why.str().c_str());
}

const char *kindOfFile(fs::file_type T) {
  switch (T) {
  case fs::file_type::directory_file: return "a directory";
  case fs::file_type::fifo_file: return "a FIFO (named pipe)";
  case fs::file_type::character_file: return "a character device";
  case fs::file_type::block_file: return "a block device";
  case fs::file_type::socket_file: return "a socket";
  default: return "of an unknown kind";
  }
}

llvm::Error sizeError(llvm::StringRef Where, uint64_t Size) {
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      "%s: the model file is %llu bytes; the limit is %llu (1 MiB)",
      Where.str().c_str(), static_cast<unsigned long long>(Size),
      static_cast<unsigned long long>(MaxModelFileBytes));
}

/// "Name:line:col: message" for the position \p At in \p Text.
llvm::Error errorAt(llvm::StringRef Text, llvm::StringRef Name,
                    const char *At, const llvm::Twine &Message) {
  unsigned Line = 1, Column = 1;
  if (At && At >= Text.begin() && At <= Text.end()) {
    llvm::StringRef Before = Text.take_front(At - Text.begin());
    Line += Before.count('\n');
    size_t LastNewline = Before.rfind('\n');
    Column = LastNewline == llvm::StringRef::npos
                 ? Before.size() + 1
                 : Before.size() - LastNewline;
  }
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "%s:%u:%u: %s", Name.str().c_str(), Line,
                                 Column, Message.str().c_str());
}

const char *startOf(const yaml::Node *N) {
  return N ? N->getSourceRange().Start.getPointer() : nullptr;
}

/// `key:`, `key: ~` and `key: null` (plain, not quoted) all read as null.
bool isNull(yaml::Node *N) {
  if (!N || llvm::isa<yaml::NullNode>(N))
    return true;
  const auto *S = llvm::dyn_cast<yaml::ScalarNode>(N);
  if (!S)
    return false;
  llvm::StringRef Raw = S->getRawValue();
  return Raw == "~" || Raw == "null" || Raw == "Null" || Raw == "NULL";
}

std::string keyText(yaml::Node *Key) {
  if (const auto *S = llvm::dyn_cast_or_null<yaml::ScalarNode>(Key)) {
    llvm::SmallString<32> Storage;
    return S->getValue(Storage).str();
  }
  return "a key";
}

bool isCollection(const yaml::Node *N) {
  return llvm::isa<yaml::SequenceNode, yaml::MappingNode>(N);
}

/// One node being walked: a list, a mapping, or one key-value pair of a
/// mapping (which yields its key, then its value).
struct Frame {
  explicit Frame(yaml::Node *N) : N(N) {}
  yaml::Node *N;
  bool Started = false;
  yaml::SequenceNode::iterator Entry;
  yaml::MappingNode::iterator Pair;
  unsigned PairStep = 0;
};

class ShapeWalk {
public:
  ShapeWalk(llvm::StringRef Text, llvm::StringRef Name)
      : Text(Text), Name(Name) {}

  llvm::Error walk(yaml::Node *Root) {
    if (!Root)
      return llvm::Error::success();
    if (llvm::Error E = enter(Root))
      return E;
    while (!Stack.empty()) {
      llvm::Expected<yaml::Node *> Child = nextChild(Stack.back());
      if (!Child)
        return Child.takeError();
      if (!*Child) {
        if (isCollection(Stack.back().N))
          --Depth;
        Stack.pop_back();
        continue;
      }
      if (llvm::Error E = enter(*Child))
        return E;
    }
    return llvm::Error::success();
  }

private:
  llvm::Error enter(yaml::Node *N) {
    bool Collection = isCollection(N);
    if (!Collection && !llvm::isa<yaml::KeyValueNode>(N))
      return llvm::Error::success();
    if (Collection && ++Depth > MaxModelNesting)
      return errorAt(Text, Name, startOf(N),
                     "lists and mappings nest deeper than " +
                         llvm::Twine(MaxModelNesting) +
                         " levels; a model file needs at most 6");
    Stack.emplace_back(N);
    return llvm::Error::success();
  }

  /// The next child of \p F, null when it has no more.
  llvm::Expected<yaml::Node *> nextChild(Frame &F) {
    if (auto *S = llvm::dyn_cast<yaml::SequenceNode>(F.N)) {
      if (F.Started)
        ++F.Entry;
      else
        F.Entry = S->begin();
      F.Started = true;
      if (F.Entry == S->end())
        return nullptr;
      yaml::Node *E = &*F.Entry;
      if (isNull(E))
        noteNull(startOf(E),
                 "an empty list entry; remove it or give it a value");
      return E;
    }
    if (auto *M = llvm::dyn_cast<yaml::MappingNode>(F.N)) {
      if (F.Started)
        ++F.Pair;
      else
        F.Pair = M->begin();
      F.Started = true;
      if (F.Pair == M->end())
        return nullptr;
      return &*F.Pair;
    }
    auto *KV = llvm::cast<yaml::KeyValueNode>(F.N);
    switch (F.PairStep++) {
    case 0:
      return KV->getKey();
    case 1: {
      yaml::Node *V = KV->getValue();
      if (isNull(V))
        noteNull(startOf(KV->getKey()),
                 "'" + keyText(KV->getKey()) +
                     "' has no value (null); give it one, or leave the key "
                     "out where it is optional");
      return V;
    }
    default:
      return nullptr;
    }
  }

public:
  /// The first null found, reported once the whole text is known to be
  /// valid YAML: a syntax error nearby is the better message.
  const char *NullAt = nullptr;
  std::string NullMessage;

private:
  void noteNull(const char *At, const std::string &Message) {
    if (!NullAt) {
      NullAt = At ? At : Text.begin();
      NullMessage = Message;
    }
  }

  llvm::StringRef Text;
  llvm::StringRef Name;
  llvm::SmallVector<Frame, 16> Stack;
  unsigned Depth = 0;
};

void ignoreDiagnostic(const llvm::SMDiagnostic &, void *) {}

} // namespace

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readModelFile(llvm::StringRef Path) {
  // Status first: opening a FIFO for reading blocks until a writer comes.
  fs::file_status Status;
  if (std::error_code EC = fs::status(Path, Status))
    return fileError(Path, EC.message());
  if (Status.type() != fs::file_type::regular_file)
    return fileError(Path, llvm::Twine("it is ") + kindOfFile(Status.type()) +
                               ", not a regular file");
  if (Status.getSize() > MaxModelFileBytes)
    return sizeError(Path, Status.getSize());
  llvm::Expected<fs::file_t> File = fs::openNativeFileForRead(Path);
  if (!File)
    return fileError(Path, llvm::toString(File.takeError()));
  // Again on what was opened, in case the path changed in between.
  std::error_code EC = fs::status(*File, Status);
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buf =
      EC ? llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>>(EC)
      : Status.type() != fs::file_type::regular_file ||
              Status.getSize() > MaxModelFileBytes
          ? std::make_error_code(std::errc::invalid_argument)
          : llvm::MemoryBuffer::getOpenFile(*File, Path, Status.getSize());
  fs::closeFile(*File);
  if (!Buf)
    return fileError(Path, Buf.getError().message());
  return std::move(*Buf);
}

llvm::Error checkModelShape(llvm::StringRef Text, llvm::StringRef Name) {
  if (Text.size() > MaxModelFileBytes)
    return sizeError(Name, Text.size());
  llvm::SourceMgr SM;
  SM.setDiagHandler(ignoreDiagnostic);
  yaml::Stream S(Text, SM, /*ShowColors=*/false);
  const char *NullAt = nullptr;
  std::string NullMessage;
  for (yaml::Document &D : S) {
    ShapeWalk W(Text, Name);
    if (llvm::Error E = W.walk(D.getRoot()))
      return E;
    if (S.failed())
      break;
    if (W.NullAt && !NullAt) {
      NullAt = W.NullAt;
      NullMessage = W.NullMessage;
    }
  }
  if (NullAt && !S.failed())
    return errorAt(Text, Name, NullAt, NullMessage);
  return llvm::Error::success();
}

} // namespace dmasafe
