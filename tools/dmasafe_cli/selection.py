"""--changed-since REV and --shard K/N: which database entries a run takes,
for a check of one change and for a CI matrix over many machines.

--changed-since REV keeps the entries whose source file changed since REV
(since the merge base of REV and HEAD, plus what is not committed yet, new
files included; in the git checkout around the working directory, else
around the database's first file), and, when a header or other C file changed, those that
include it: the dependency file the build wrote beside the object (-MF,
-Wp,-MD,...) says what a file includes, else clang's preprocessor is asked
(`clang -M -MG` with the entry's translated flags). A change that touches no
file of the database analyzes nothing and passes.

--shard K/N sorts the entries by path and keeps every N-th one from the
K-th on: N jobs with K = 1..N cover the database once, whatever its order,
and the same database always splits the same way."""
import os
import re
import subprocess
import sys

from .errors import DmasafeError, UsageError
from .runner import Job, run_all

# A changed file with one of these endings may be included by a database
# entry; other files (docs, build scripts) never are.
INCLUDABLE = (".h", ".hh", ".hpp", ".hxx", ".h++", ".inc", ".inl", ".ipp", ".tcc", ".def",
              ".c", ".cc", ".cpp", ".cxx", ".c++", ".S", ".s")
_SHARD = re.compile(r"^(\d+)/(\d+)$")


def add_arguments(parser):
    parser.add_argument("--changed-since", metavar="REV",
                        help="only the files that changed since git revision REV (its merge "
                             "base with HEAD), or that include a changed header")
    parser.add_argument("--shard", metavar="K/N",
                        help="only the K-th of N equal parts of the files (1 <= K <= N), "
                             "for a CI matrix")


def parse_shard(text):
    match = _SHARD.match(text or "")
    if not match or not 1 <= int(match[1]) <= int(match[2]):
        raise UsageError(f"--shard {text!r} is not K/N with 1 <= K <= N (e.g. --shard 2/8)")
    return int(match[1]), int(match[2])


def shard(entries, k, n):
    """The K-th of N parts of `entries`, in their own order."""
    ordered = sorted(range(len(entries)), key=lambda i: entries[i].file)
    chosen = {index for position, index in enumerate(ordered) if position % n == k - 1}
    return [entry for i, entry in enumerate(entries) if i in chosen]


def apply(args, entries, toolchain, verbose=False):
    """The entries that --changed-since and --shard leave (both optional),
    with one line on standard error saying what they kept."""
    if getattr(args, "shard", None):
        k, n = parse_shard(args.shard)
    if getattr(args, "changed_since", None):
        before = len(entries)
        places = [os.getcwd()] + [os.path.dirname(e.file) for e in entries[:1]]
        entries = changed_entries(entries, changed_files(args.changed_since, places),
                                  [toolchain.clang, "-M", "-MG"], toolchain.include_args(),
                                  getattr(args, "jobs", 1), verbose)
        print(f"dmasafe: --changed-since {args.changed_since}: {len(entries)} of {before} "
              f"file{'s' if before != 1 else ''} changed or include a changed file",
              file=sys.stderr)
    if getattr(args, "shard", None):
        before = len(entries)
        entries = shard(entries, k, n)
        print(f"dmasafe: shard {k}/{n}: {len(entries)} of {before} "
              f"file{'s' if before != 1 else ''}", file=sys.stderr)
    return entries


def checkout_top(places):
    """The top of the git checkout around the first of `places` (folders)
    that is in one, or None."""
    for where in places:
        try:
            done = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=where,
                                  capture_output=True, text=True, check=False)
        except OSError:
            return None
        if done.returncode == 0 and done.stdout.strip():
            return done.stdout.strip()
    return None


def changed_files(rev, places):
    """Real paths of the files that differ between the merge base of REV
    and HEAD and the working tree, and of the untracked ones, in the git
    checkout around the first of `places` that is in one."""
    top = checkout_top(places)
    if top is None:
        raise UsageError("--changed-since needs a git checkout around the working directory "
                         "or the first file of the database")
    base = _git(["merge-base", rev, "HEAD"], top,
                f"--changed-since {rev}: no such revision, or no common history with HEAD "
                "(in CI, fetch it first: git fetch --depth=1000 origin <branch>)").strip()
    names = _git(["diff", "--name-only", "-z", base, "--"], top, "git diff failed")
    names += _git(["ls-files", "--others", "--exclude-standard", "-z"], top,
                  "git ls-files failed")
    return {os.path.realpath(os.path.join(top, name)) for name in names.split("\0") if name}


def changed_entries(entries, changed, preprocessor, includes, jobs=1, verbose=False):
    """The entries whose file is in `changed`, or that include a changed
    file; `preprocessor + flags + includes + [file]` lists what a file
    includes when the build left no dependency file."""
    sources = {os.path.realpath(e.file) for e in entries}
    headers = {path for path in changed if path not in sources and path.endswith(INCLUDABLE)}
    chosen, unknown = set(), []
    for index, entry in enumerate(entries):
        if os.path.realpath(entry.file) in changed:
            chosen.add(index)
        elif headers and not entry.skipped:
            deps = dependency_file_inputs(entry)
            if deps is None:
                unknown.append(index)
            elif deps & headers:
                chosen.add(index)
    if unknown:
        probes = [Job(entries[i].file,
                      preprocessor + entries[i].arguments + includes + [entries[i].file],
                      entries[i].directory) for i in unknown]
        for index, result in zip(unknown, run_all(probes, jobs, verbose)):
            if result.returncode != 0 or _paths(result.stdout, entries[index].directory) \
                    & headers:
                chosen.add(index)   # cannot tell what it includes: analyze it
    return [entry for i, entry in enumerate(entries) if i in chosen]


def dependency_file_inputs(entry):
    """What the build's dependency file for `entry` lists (real paths), or
    None when its compile command names none or it is not there."""
    try:
        argv = entry.argv()
    except DmasafeError:
        return None
    path = None
    for i, arg in enumerate(argv):
        if arg == "-MF" and i + 1 < len(argv):
            path = argv[i + 1]
        elif arg.startswith("-MF") and len(arg) > 3:
            path = arg[3:]
        elif arg.startswith(("-Wp,-MD,", "-Wp,-MMD,")):
            path = arg.split(",", 2)[2]
    if path is None:
        return None
    path = os.path.join(entry.directory, path)
    try:
        with open(path, encoding="utf-8", errors="replace") as stream:
            return _paths(stream.read(), entry.directory)
    except OSError:
        return None


def _paths(make_rule, directory):
    """The prerequisites of make rules (`obj.o: a.c b.h \\`), as real paths."""
    words = []
    for rule in make_rule.replace("\\\n", " ").splitlines():
        _, colon, prerequisites = rule.partition(": ")
        if colon:
            words += re.findall(r"(?:\\ |[^\s])+", prerequisites)
    return {os.path.realpath(os.path.join(directory, w.replace("\\ ", " "))) for w in words}


def _git(argv, cwd, failure):
    try:
        done = subprocess.run(["git"] + argv, cwd=cwd, capture_output=True, text=True,
                              check=False)
    except OSError as err:
        raise DmasafeError(f"--changed-since needs git: {err.strerror}") from err
    if done.returncode != 0:
        raise UsageError(failure + (f": {done.stderr.strip()}" if done.stderr.strip() else ""))
    return done.stdout
