"""Reads a compile_commands.json, picks the entries to analyze and hands
each to translate.py for its clang command line.

Loading is fast on large databases (a build of pico-examples lists 6,000
entries): the `arguments` field is used as it is, a `command` is split by a regular
expression (not shlex), and each source file is kept once, with its first
entry, before anything is split. A relative `directory` is
taken from the folder of the database file."""
import fnmatch
import json
import os
import re
from dataclasses import dataclass, field

from .errors import DmasafeError


GONE = "source file no longer there (e.g. a compiler check of the configure step)"
DIRECTORY_GONE = ("the directory it was compiled in is gone (e.g. CMake's TryCompile "
                  "checks of the configure step)")


@dataclass
class CompileEntry:
    file: str                 # absolute path of the source file
    directory: str            # where the compiler ran: relative paths start here
    arguments: list = field(default_factory=list)  # clang flags, without the file
    skipped: str = None       # why the file is not analyzed, or None
    command: object = None    # the database's `arguments` list or `command` string

    def argv(self):
        """The compile command as a list; a `command` string is split only
        now, for the entries that are analyzed."""
        if isinstance(self.command, str):
            self.command = split_command(self.command)
            if not self.command:
                raise DmasafeError(f"{self.file}: empty compile command")
        return self.command


def database_path(path):
    candidate = path
    if os.path.isdir(path):
        candidate = os.path.join(path, "compile_commands.json")
    if not os.path.isfile(candidate):
        raise DmasafeError(f"no compile_commands.json in {path} "
                           "(configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or record "
                           "the build with dmasafe scan or bear)")
    return candidate


def load(path):
    """(database file, [CompileEntry without analysis arguments])."""
    db_file = database_path(path)
    try:
        with open(db_file, encoding="utf-8") as stream:
            raw = json.load(stream)
    except (OSError, ValueError) as err:
        raise DmasafeError(f"cannot read {db_file}: {err}") from err
    if not isinstance(raw, list):
        raise DmasafeError(f"{db_file} is not a JSON array of compile commands")
    base = os.path.dirname(os.path.abspath(db_file))
    entries, seen, files = [], set(), set()
    for item in raw:
        try:
            key = (item["directory"], item["file"])
            if key in seen:
                continue     # the same file compiled again (another target): once is enough
            seen.add(key)
            entry = _entry(item, base)
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise DmasafeError(f"{db_file}: malformed entry {item!r}: {err}") from err
        if entry.file not in files:
            files.add(entry.file)
            entries.append(entry)
    return db_file, entries


def select(entries, files, db_file, filters=()):
    """The entries for `files` (all of them when none is given), then those
    that pass the --file-filter patterns, in the database's order."""
    if files:
        by_path = {}
        for entry in entries:
            by_path.setdefault(os.path.realpath(entry.file), entry)
        chosen = []
        for name in files:
            entry = by_path.get(os.path.realpath(name))
            if entry is None:
                raise DmasafeError(f"{name} is not in {db_file}")
            chosen.append(entry)
        entries = chosen
    if filters:
        entries = [e for e in entries if passes(e.file, filters)]
    return entries


def passes(path, filters):
    """--file-filter: a file, a directory (everything under it) or a glob;
    `!PATTERN` excludes. With only exclusions, everything else passes."""
    includes = [f for f in filters if not f.startswith("!")]
    excludes = [f[1:] for f in filters if f.startswith("!")]
    if includes and not any(_matches(path, f) for f in includes):
        return False
    return not any(_matches(path, f) for f in excludes)


def _matches(path, pattern):
    if any(c in pattern for c in "*?["):
        return fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, os.path.abspath(pattern))
    target = os.path.abspath(pattern).rstrip(os.sep)
    return path == target or path.startswith(target + os.sep)


def translate(entries, translator):
    """Fills in each entry's clang arguments (or why it is skipped)."""
    present = []
    for entry in entries:
        if not os.path.isdir(entry.directory):
            entry.skipped = DIRECTORY_GONE
        elif os.path.isfile(entry.file):
            present.append(entry)
        else:
            entry.skipped = GONE
    results = translator.translate([(e.argv(), e.file, e.directory) for e in present])
    for entry, result in zip(present, results):
        entry.arguments = result.arguments
        entry.skipped = result.skipped
    return entries


def analysis_entries(build_dir, files, filters, translator):
    """(database file, translated entries) for -p: skipped ones included."""
    db_file, entries = load(build_dir)
    chosen = select(entries, files, db_file, filters)
    if not chosen:
        what = "no file" if not filters else "no file that passes --file-filter"
        raise DmasafeError(f"{db_file} lists {what}")
    return db_file, translate(chosen, translator)


def split_command(command):
    """A `command` string split as a POSIX shell would (quotes, backslashes).
    shlex costs 2 ms an entry; here a quoted word is unquoted on its own and
    only a quote around blanks sends the whole command to the full pattern."""
    words = command.split()
    for i, word in enumerate(words):
        if '"' in word or "'" in word or "\\" in word:
            if not _WORD.fullmatch(word):
                return [_PART.sub(_unquote, w) for w in _WORD.findall(command)]
            words[i] = _PART.sub(_unquote, word)
    return words


_WORD = re.compile(r"""(?:[^\s'"\\]+|'[^']*'|"(?:[^"\\]|\\.)*"|\\.)+""", re.S)
_PART = re.compile(r"""'([^']*)'|"((?:[^"\\]|\\.)*)"|\\(.)""", re.S)
_IN_DOUBLE = re.compile(r"""\\([$`"\\\n])""")


def _unquote(match):
    single, double, escaped = match.groups()
    if single is not None:
        return single
    if double is not None:
        return _IN_DOUBLE.sub(lambda m: "" if m.group(1) == "\n" else m.group(1), double)
    return "" if escaped == "\n" else escaped


def _entry(item, base):
    directory = item["directory"]
    if not os.path.isabs(directory):
        directory = os.path.normpath(os.path.join(base, directory))
    command = item.get("arguments")
    if command is None:
        command = item["command"]
        if not isinstance(command, str):
            raise TypeError("command is not a string")
    elif not isinstance(command, list) or not command:
        raise ValueError("arguments is not a list of words")
    path = os.path.normpath(os.path.join(directory, item["file"]))
    return CompileEntry(file=path, directory=directory, command=command)
