"""Recognises findings in the diagnostics that clang and clang-tidy print.

A finding is a warning or error tagged with a checker name in brackets:
`[dmasafe.InFlightAccess]`, `[core.NullDereference]` from the analyzer,
`[dmasafe-...]` or `[clang-analyzer-...]` from clang-tidy. Compiler warnings
(`[-Wunused-variable]`) are shown but are not findings.

blocks() cuts a tool's output into one block per diagnostic with its
notes and source lines, so that a finding a baseline suppresses can be
left out of the output as a whole."""
import os
import re
from dataclasses import dataclass

from .fingerprint import START_NOTE, Finding

_FINDING = re.compile(
    r"^(?P<location>.+?:\d+:\d+): (?:warning|error): (?P<message>.*) "
    r"\[(?P<checker>(?!-W)[A-Za-z][\w-]*(?:\.[\w.-]+|-[\w.-]+))(?:,[^\]]*)?\]$")


def findings(text):
    """(location, checker, message) of each finding in `text`."""
    result = []
    for line in text.splitlines():
        match = _FINDING.match(line)
        if match:
            result.append((match["location"], match["checker"], match["message"]))
    return result


def is_tidy_finding(checker):
    return checker.startswith(("dmasafe-", "clang-analyzer-"))


_DIAGNOSTIC = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): "
                         r"(?P<kind>warning|error|fatal error|note|remark): (?P<message>.*)$")
_INCLUDE_STACK = re.compile(r"^(In file included from |\s+from )\S.*:\d+[:,]$")


@dataclass
class Block:
    """One diagnostic: its lines (the include stack before it, its source
    lines and its notes after it) and, when it is a finding, the Finding."""
    text: str
    finding: Finding = None


def blocks(text, directory=None):
    """The blocks of `text` (a tool's output, colours removed); relative
    paths in it are taken from `directory` (default: the working one).
    Lines before the first diagnostic are a block without a finding."""
    result, pending, notes = [Block("")], [], []
    for line in text.splitlines(keepends=True):
        diagnostic = _DIAGNOSTIC.match(line.rstrip("\n"))
        if _INCLUDE_STACK.match(line.rstrip("\n")):
            pending.append(line)
        elif diagnostic and diagnostic["kind"] == "note":
            result[-1].text += "".join(pending) + line
            pending = []
            notes.append(diagnostic)
        elif diagnostic:
            _finish(result[-1], notes, directory)
            result.append(Block("".join(pending) + line))
            pending, notes = [], [diagnostic]
        else:
            result[-1].text += "".join(pending) + line
            pending = []
    result[-1].text += "".join(pending)
    _finish(result[-1], notes, directory)
    return [block for block in result if block.text]


def _finish(block, diagnostics, directory):
    """Makes `block` a finding when its first diagnostic is one; its start
    is the last note that says where the transfer started."""
    if not diagnostics:
        return
    head = diagnostics[0]
    matched = findings(head.group(0))
    if not matched:
        return
    _, checker, message = matched[0]
    starts = [d for d in diagnostics[1:] if START_NOTE.search(d["message"])]
    start = (_absolute(starts[-1]["path"], directory), int(starts[-1]["line"])) \
        if starts else None
    block.finding = Finding(rule=checker, path=_absolute(head["path"], directory),
                            line=int(head["line"]), column=int(head["column"]),
                            message=message, start=start)


def _absolute(path, directory):
    return os.path.normpath(os.path.join(directory or os.getcwd(), path))
