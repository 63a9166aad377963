//===- ModelIndex.cpp - The names a model file describes ------------------===//
#include "ModelIndex.h"

#include "clang/Basic/CharInfo.h"
#include "llvm/ADT/STLExtras.h"
#include <cstring>

namespace dmasafe {

namespace {

/// The first \p C at or after \p From, or npos. memchr: StringRef::find
/// is a byte loop, several times slower on a whole model file.
size_t findByte(llvm::StringRef Text, char C, size_t From) {
  if (From >= Text.size())
    return llvm::StringRef::npos;
  const void *Hit = std::memchr(Text.data() + From, C, Text.size() - From);
  return Hit ? static_cast<const char *>(Hit) - Text.data()
             : llvm::StringRef::npos;
}

bool isBlank(char C) { return C == ' ' || C == '\t' || C == '\r' || C == '\n'; }

/// Whether \p C ends one of ModelIndexKeys: most colons end another key
/// (`param:`, `role:`), rejected before any further look.
bool endsAnIndexKey(char C) {
  return llvm::any_of(ModelIndexKeys,
                      [C](llvm::StringRef K) { return K.back() == C; });
}

/// Whether one of ModelIndexKeys ends just before the colon at \p Colon
/// (blanks and a closing quote between them allowed: `name :`, `"name":`,
/// `? name\n:`) as a whole identifier. Plain loops and an early reject on
/// the key's last byte: this runs at every colon of every model file.
bool indexKeyBefore(llvm::StringRef Text, size_t Colon) {
  size_t End = Colon;
  while (End > 0 && isBlank(Text[End - 1]))
    --End;
  if (End > 0 && (Text[End - 1] == '"' || Text[End - 1] == '\''))
    --End;
  if (End == 0 || !endsAnIndexKey(Text[End - 1]))
    return false;
  return llvm::any_of(ModelIndexKeys, [&](llvm::StringRef Key) {
    if (End < Key.size())
      return false;
    size_t Start = End - Key.size();
    return Text.substr(Start, Key.size()) == Key &&
           (Start == 0 || !clang::isAsciiIdentifierContinue(Text[Start - 1]));
  });
}

/// Whether the key before \p Colon is in a comment: a `#` at the start of
/// its line or after a blank, and no quote on the line before it that could
/// make the `#` part of a string (then it is taken as a key: never fewer
/// names).
bool inComment(llvm::StringRef Text, size_t Colon) {
  bool Hash = false;
  for (size_t I = Colon; I > 0 && Text[I - 1] != '\n'; --I) {
    char C = Text[I - 1];
    if (C == '"' || C == '\'')
      return false;
    if (C == '#' && (I == 1 || isBlank(Text[I - 2])))
      Hash = true;
  }
  return Hash;
}

/// The identifier a value starts with (the last component of `ns::f`),
/// or "" when it starts otherwise.
llvm::StringRef leadingName(llvm::StringRef Value) {
  size_t I = 0;
  while (I < Value.size() && isBlank(Value[I]))
    ++I;
  if (I < Value.size() && (Value[I] == '"' || Value[I] == '\''))
    ++I;
  size_t Start = I;
  for (; I < Value.size(); ++I) {
    if (clang::isAsciiIdentifierContinue(Value[I]))
      continue;
    if (Value[I] == ':' && I + 1 < Value.size() && Value[I + 1] == ':') {
      Start = ++I + 1; // `ns::f` names f
      continue;
    }
    break;
  }
  return Value.slice(Start, I);
}

} // namespace

std::optional<std::vector<llvm::StringRef>>
modelIndexNames(llvm::StringRef Text) {
  if (findByte(Text, '\\', 0) != llvm::StringRef::npos)
    return std::nullopt;
  // From colon to colon (memchr): far fewer than the bytes of the file.
  std::vector<llvm::StringRef> Names;
  for (size_t Colon = findByte(Text, ':', 0); Colon != llvm::StringRef::npos;
       Colon = findByte(Text, ':', Colon + 1)) {
    if (Colon + 1 < Text.size() && Text[Colon + 1] == ':') {
      ++Colon; // `ns::f` is a value, not a key
      continue;
    }
    if (!indexKeyBefore(Text, Colon) || inComment(Text, Colon))
      continue;
    llvm::StringRef Name = leadingName(Text.drop_front(Colon + 1));
    if (Name.empty())
      return std::nullopt;
    Names.push_back(Name);
  }
  return Names;
}

} // namespace dmasafe
