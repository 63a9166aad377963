"""Stable identities of findings, for SARIF partialFingerprints and for
--baseline.

A fingerprint must survive edits elsewhere in the file (lines added above
move a finding without changing it) and a checkout in another directory, so
it is made of the rule, the file's path relative to the source root and the
finding's code context: the text of the line it is reported on and of the
line where its transfer started, with white space removed, and the message.
Line numbers are never part of it. Two findings with the same context in one
file are told apart by their order ("dmasafe/v1" fingerprints end in ':N')."""
import hashlib
import os
import re
import urllib.parse
from dataclasses import dataclass

from .source_bases import SourceBases

KEY = "dmasafe/v1"
# The path note of the start of the reported transfer, in every report.
START_NOTE = re.compile(r"\bstarted here\b")
_BLANKS = re.compile(r"\s+")


class SourceLines:
    """Reads each source file once, for the code context of its findings."""

    def __init__(self):
        self._files = {}

    def line(self, path, number):
        if path not in self._files:
            try:
                with open(path, encoding="utf-8", errors="replace") as stream:
                    self._files[path] = stream.read().splitlines()
            except OSError:
                self._files[path] = []
        lines = self._files[path]
        if not number or number < 1 or number > len(lines):
            return ""
        return lines[number - 1]


def normalized(text):
    return _BLANKS.sub("", text or "")


def context_hash(rule, relative_path, line_text, start_text, message):
    digest = hashlib.sha256()
    for part in (rule, relative_path, normalized(line_text), normalized(start_text),
                 normalized(message)):
        digest.update(part.encode("utf-8", "replace"))
        digest.update(b"\0")
    return digest.hexdigest()[:32]


class Numbering:
    """Appends ':N' so that equal contexts in one file stay distinct, in
    the order the findings are given (file order, then position)."""

    def __init__(self):
        self._seen = {}

    def __call__(self, digest):
        count = self._seen.get(digest, 0) + 1
        self._seen[digest] = count
        return f"{digest}:{count}"


@dataclass(frozen=True)
class Finding:
    """What a fingerprint is made of, whatever report it was read from
    (clang's text, SARIF or plist, clang-tidy's text). Paths are absolute;
    `start` is (path, line) of the note where the transfer started, or None."""
    rule: str
    path: str
    line: int
    column: int
    message: str
    start: tuple = None

    def key(self):
        """The same finding reached twice (a header included by two files)."""
        return (self.rule, os.path.realpath(self.path), self.line, self.column, self.message)


class Fingerprinter:
    """dmasafe/v1 fingerprints of the findings of one run, numbered in the
    order they are given; the same finding given again gets the same one."""

    def __init__(self, source_root):
        self.root = os.path.realpath(source_root)
        self.bases = SourceBases(self.root)
        self._lines = SourceLines()
        self._numbering = Numbering()
        self._known = {}

    def relative_path(self, path):
        """`path` relative to the source root, or absolute outside it."""
        real = os.path.realpath(path)
        if real == self.root or real.startswith(self.root + os.sep):
            return os.path.relpath(real, self.root)
        return real

    def uri(self, path):
        """The path's URI relative to its base (source_bases.py), or an
        absolute file: URI. The base's name is left out: an SDK checked out
        under another directory name elsewhere keeps its fingerprints."""
        where = self.bases.locate(path)
        if where is None:
            return "file://" + urllib.parse.quote(os.path.realpath(path))
        return urllib.parse.quote(where[1])

    def __call__(self, finding):
        key = finding.key()
        if key not in self._known:
            start_text = self._lines.line(*finding.start) if finding.start else ""
            digest = context_hash(finding.rule, self.uri(finding.path),
                                  self._lines.line(finding.path, finding.line), start_text,
                                  finding.message)
            self._known[key] = self._numbering(digest)
        return self._known[key]
