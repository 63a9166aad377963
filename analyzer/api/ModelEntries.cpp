//===- ModelEntries.cpp - Where each `functions:` entry of a model file lies ===//
#include "ModelEntries.h"

#include "llvm/ADT/STLExtras.h"

namespace dmasafe {

namespace {

bool isTopLevelKey(llvm::StringRef Line) {
  return !Line.empty() && Line[0] != ' ' && Line[0] != '#' && Line[0] != '\r';
}

/// `functions:` with nothing after it but blanks or a comment: the block
/// sequence follows on the next lines.
bool opensFunctionBlock(llvm::StringRef Line) {
  if (!Line.consume_front("functions:"))
    return false;
  Line = Line.ltrim(" \t\r");
  return Line.empty() || Line[0] == '#';
}

} // namespace

std::vector<ModelEntrySpan> functionEntrySpans(llvm::StringRef Text) {
  std::vector<ModelEntrySpan> Spans;
  bool InFunctions = false;
  size_t ItemIndent = llvm::StringRef::npos;
  auto Close = [&](size_t At) {
    if (!Spans.empty() && Spans.back().End == llvm::StringRef::npos)
      Spans.back().End = At;
  };
  for (size_t Begin = 0; Begin < Text.size();) {
    size_t NL = Text.find('\n', Begin);
    size_t Next = NL == llvm::StringRef::npos ? Text.size() : NL + 1;
    llvm::StringRef Line = Text.slice(Begin, Next).rtrim("\n");
    if (isTopLevelKey(Line)) {
      Close(Begin);
      InFunctions = opensFunctionBlock(Line);
      ItemIndent = llvm::StringRef::npos;
    } else if (InFunctions) {
      size_t Indent = Line.find_first_not_of(' ');
      bool Item = Indent != llvm::StringRef::npos && Line[Indent] == '-' &&
                  (Indent + 1 == Line.size() || Line[Indent + 1] == ' ');
      if (Item && ItemIndent == llvm::StringRef::npos)
        ItemIndent = Indent;
      if (Item && Indent == ItemIndent) {
        Close(Begin);
        Spans.push_back({Begin, llvm::StringRef::npos});
      }
    }
    Begin = Next;
  }
  Close(Text.size());
  return Spans;
}

bool entryMayBeEnumerated(llvm::StringRef EntryText) {
  // By name anywhere in the text: "wait" is in "wait-signal" and comments.
  return llvm::any_of(EnumeratedRoles, [&](Role R) {
    return EntryText.contains(roleName(R));
  });
}

} // namespace dmasafe
