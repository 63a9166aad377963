"""Reads a compile_commands.json and turns each entry into the arguments an
analysis of that file needs.

The entry's compiler, output and dependency-file flags, and the source file
itself, are dropped; what decides how the code parses (-I, -D, -U, -std,
--target, -include, -m...) is kept. Flags that only gcc knows are dropped,
since clang rejects them, and a cross gcc named <triple>-gcc gives clang
`--target=<triple>`."""
import json
import os
import re
import shlex
from dataclasses import dataclass, field

from .errors import DmasafeError

# Flags that take their value as the next argument and are dropped with it.
_DROP_WITH_VALUE = {"-o", "-MF", "-MT", "-MQ", "-Xlinker", "-T", "--output"}
# Flags dropped on their own.
_DROP_ALONE = {"-c", "-S", "-E", "-M", "-MM", "-MD", "-MMD", "-MP", "-MG",
               "-pipe", "-save-temps", "-fsyntax-only", "-Werror", "-fanalyzer",
               "-fstack-usage", "-fconserve-stack", "-fno-var-tracking-assignments",
               "-fno-allow-store-data-races", "-fno-reorder-functions",
               "-fno-ipa-sra", "-fcallgraph-info", "-fno-guess-branch-probability",
               "-fno-partial-inlining", "-fno-early-inlining", "-fno-jump-tables"}
# gcc-only families, and warnings that would turn into analysis failures.
_DROP_PREFIXES = ("-Werror=", "-fdump-", "-ftree-", "-fno-tree-", "-fipa-",
                  "-fno-ipa-", "-fanalyzer-", "--specs=", "-specs=", "-Wl,",
                  "-fcallgraph-info=", "-fstack-usage=",
                  "-o")  # -oFILE, the joined spelling of -o FILE
_CROSS_GCC = re.compile(r"^(?P<triple>[\w.]+-[\w.]+-[\w.]+(?:-[\w.]+)?)-(?:gcc|g\+\+|cc|clang)"
                        r"(?:-[\d.]+)?$")


@dataclass
class CompileEntry:
    file: str                 # absolute path of the source file
    directory: str            # where the compiler ran: relative paths start here
    arguments: list = field(default_factory=list)  # kept flags, without the file


def database_path(path):
    candidate = path
    if os.path.isdir(path):
        candidate = os.path.join(path, "compile_commands.json")
    if not os.path.isfile(candidate):
        raise DmasafeError(f"no compile_commands.json in {path} "
                           "(configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or use bear)")
    return candidate


def load(path):
    db_file = database_path(path)
    try:
        with open(db_file, encoding="utf-8") as stream:
            raw = json.load(stream)
    except (OSError, ValueError) as err:
        raise DmasafeError(f"cannot read {db_file}: {err}") from err
    if not isinstance(raw, list):
        raise DmasafeError(f"{db_file} is not a JSON array of compile commands")
    entries = []
    for item in raw:
        try:
            entries.append(_entry(item))
        except (KeyError, TypeError, ValueError) as err:
            raise DmasafeError(f"{db_file}: malformed entry {item!r}: {err}") from err
    return db_file, entries


def select(entries, files, db_file):
    """The entries for `files` (all of them when none is given), one per
    source file, in the database's order."""
    if not files:
        return _unique(entries)
    by_path = {}
    for entry in entries:
        by_path.setdefault(os.path.realpath(entry.file), entry)
    chosen = []
    for name in files:
        entry = by_path.get(os.path.realpath(name))
        if entry is None:
            raise DmasafeError(f"{name} is not in {db_file}")
        chosen.append(entry)
    return chosen


def _unique(entries):
    seen, result = set(), []
    for entry in entries:
        key = os.path.realpath(entry.file)
        if key not in seen:
            seen.add(key)
            result.append(entry)
    return result


def _entry(item):
    directory = item["directory"]
    if "arguments" in item:
        argv = list(item["arguments"])
    else:
        argv = shlex.split(item["command"])
    source = item["file"]
    path = os.path.normpath(os.path.join(directory, source))
    return CompileEntry(file=path, directory=directory,
                        arguments=analysis_arguments(argv, source, directory))


def analysis_arguments(argv, source, directory):
    if not argv:
        raise ValueError("empty command")
    compiler, rest = argv[0], argv[1:]
    kept = []
    match = _CROSS_GCC.match(os.path.basename(compiler))
    if match and not any(a.startswith(("--target", "-target")) for a in rest):
        kept.append("--target=" + match.group("triple"))
    source_path = os.path.normpath(os.path.join(directory, source))
    skip_next = False
    for arg in rest:
        if skip_next:
            skip_next = False
            continue
        if arg in _DROP_WITH_VALUE:
            skip_next = True
            continue
        if arg in _DROP_ALONE or arg.startswith(_DROP_PREFIXES):
            continue
        if not arg.startswith("-") and os.path.normpath(os.path.join(directory, arg)) == source_path:
            continue
        kept.append(arg)
    return kept
