"""The fixes clang-tidy exports (--export-fixes YAML): merged across the
processes of one run, filtered by a baseline, applied.

A baseline leaves findings out of a run, so their fixes must not be
applied either: with --fix and --baseline, clang-tidy only exports, the
fixes of the findings the baseline suppressed are dropped, and
clang-apply-replacements applies the rest.

clang-tidy writes one document per process:
  ---
  MainSourceFile:  '...'
  Diagnostics:
    - DiagnosticName:  dmasafe-release-in-flight
      DiagnosticMessage:
        Message:         '...'
        FilePath:        '...'
        FileOffset:      123
        Replacements: ...
  ...
The items are cut at their `  - DiagnosticName:` lines, as text, so that
the CLI needs no YAML library."""
import functools
import os
import re
import subprocess

from .errors import DmasafeError

_ITEM = re.compile(r"^  - DiagnosticName:", re.M)
_FIELD = r"^      {name}:\s+(?P<value>'(?:[^']|'')*'|\S.*)$"


def diagnostics(path):
    """The Diagnostics items of one exported document, as text (each ends
    with a newline); [] when the document has none."""
    with open(path, encoding="utf-8") as stream:
        text = stream.read()
    start = text.find("\nDiagnostics:\n")
    if start < 0:
        return []
    body = text[start + len("\nDiagnostics:\n"):]
    end = body.rfind("\n...")
    body = body[:end + 1] if end >= 0 else body
    cuts = [m.start() for m in _ITEM.finditer(body)] + [len(body)]
    return [body[a:b] for a, b in zip(cuts, cuts[1:])]


def write(items, destination):
    """One document holding `items` (clang-apply-replacements reads it)."""
    try:
        with open(destination, "w", encoding="utf-8") as out:
            out.write("---\nMainSourceFile:  ''\n")
            out.write("Diagnostics:\n" + "".join(items) if items else "Diagnostics: []\n")
            out.write("...\n")
    except OSError as err:
        raise DmasafeError(f"cannot write {destination}: {err.strerror}") from err


def finding_key(item):
    """The Finding.key() of the diagnostic an item fixes: (rule, real path,
    line, column, message), the line and column counted from FileOffset."""
    name = re.search(r"^  - DiagnosticName:\s+(\S+)", item, re.M)
    fields = {}
    for field in ("Message", "FilePath", "FileOffset"):
        match = re.search(_FIELD.format(name=field), item, re.M)
        fields[field] = _scalar(match["value"]) if match else None
    if not (name and fields["FilePath"] and fields["FileOffset"]):
        return None
    path = os.path.realpath(fields["FilePath"])
    line, column = _position(path, int(fields["FileOffset"]))
    return (name.group(1), path, line, column, fields["Message"])


def unsuppressed(items, suppressed_keys):
    """The items whose diagnostic the baseline did not leave out."""
    return [item for item in items if finding_key(item) not in suppressed_keys]


def apply(directory, clang_tidy):
    """Runs the clang-apply-replacements beside `clang_tidy` on the
    documents in `directory`."""
    tool = os.path.join(os.path.dirname(clang_tidy), "clang-apply-replacements")
    if not os.access(tool, os.X_OK):
        raise DmasafeError(f"{tool} not found: --fix with --baseline needs it "
                           "(install clang-tools-19: scripts/install-deps.sh)")
    result = subprocess.run([tool, directory], capture_output=True, text=True)
    if result.returncode != 0:
        raise DmasafeError("clang-apply-replacements failed: " + result.stderr.strip())


def _scalar(value):
    if value.startswith("'"):
        return value[1:-1].replace("''", "'")
    return value.strip()


@functools.lru_cache(maxsize=64)
def _contents(path):
    """A source file's bytes, read once however many fixes it has."""
    try:
        with open(path, "rb") as stream:
            return stream.read()
    except OSError:
        return None


def _position(path, offset):
    """(line, column) of a byte offset, both from 1, as clang counts them."""
    text = _contents(path)
    if text is None:
        return (0, 0)
    head = text[:offset]
    return (head.count(b"\n") + 1, offset - (head.rfind(b"\n") + 1) + 1)
