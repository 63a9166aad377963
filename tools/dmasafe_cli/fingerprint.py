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
import re

KEY = "dmasafe/v1"
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
