"""Runs the analyzer plugin and the clang-tidy checks over the same C files
and compares what they find, for the bug classes both cover, by file, line
and class, and how they word it. The one comparison of the two front-ends:
the examples test and the lit-inputs test both call it.

  compare_front_ends.py [--known FILE] [--lit-flags] CLANG CLANG_TIDY
                        ANALYZER_PLUGIN TIDY_PLUGIN SRC_ROOT FILE...

Classes compared: every rule both front-ends have. A rule has one name in
both (analyzer/semantics/Findings.def): the clang-tidy check is "dmasafe-"
and the kebab case of the analyzer checker's name (dmasafe.InFlightAccess
<-> dmasafe-in-flight-access); the rules compared are the analyzer checkers
whose clang-tidy check the plugin lists. dmasafe.ReleaseInFlight is compared
for automatic buffers only (free/realloc are analyzer-only).

Prints one line per finding, sorted: `agree`, `tidy-only`, `analyzer-only`
or `interprocedural` (found by the analyzer through a call, which one
function's dataflow cannot see: not a disagreement), then the file (relative to
SRC_ROOT), line and tidy check. A finding both report is `worded` instead of
`agree` when no message of one front-end there is a message of the other
(semantics/FindingText.h words both; only the first letter's case may
differ: the analyzer writes sentences, clang-tidy does not); the two texts
follow on indented lines.

--lit-flags: each FILE is a lit test; the include directories, language
standard and model files of its RUN lines are used for both front-ends,
with each front-end's default options.

--known FILE: the intended differences, one `KIND file:line check` per line
with a comment above saying why; `#` starts a comment. A trailing `llvm<N`
limits an entry to the LLVM majors below N (the analyzer of an older clang). Each is printed as
`known` instead of its kind, and a listed difference that no longer occurs
is printed as `stale`, so that the list cannot rot.

Exit status 1 when any tidy-only, analyzer-only or worded line (or a stale
entry) was printed, 0 otherwise.
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools"))
from dmasafe_cli.analyzer_flags import driver_defaults_off  # noqa: E402
from dmasafe_cli.errors import DmasafeError  # noqa: E402
from dmasafe_cli.toolchain import clang_major  # noqa: E402


def llvm_major(clang):
    """The major version of clang, or None for a stand-in front end
    (worded.test's) that is no clang."""
    try:
        return clang_major(clang)
    except DmasafeError:
        return None



def tidy_name(checker):
    """dmasafe.InFlightAccess -> dmasafe-in-flight-access."""
    return "dmasafe" + re.sub(r"[A-Z]", lambda m: "-" + m[0].lower(), checker.split(".", 1)[1])


def tidy_checks(tidy, plugin):
    """The dmasafe checks the clang-tidy plugin registers."""
    run = subprocess.run([tidy, "--load", plugin, "-checks=-*,dmasafe-*", "--list-checks"],
                         capture_output=True, text=True)
    return {name.strip() for name in run.stdout.splitlines()
            if name.strip().startswith("dmasafe-")}


DIAG = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):\d+: (?P<sev>warning|note|error): "
                  r"(?P<msg>.*?)(?: \[(?P<check>[\w.,-]+)\])?$")
# Notes the analyzer adds when a path enters or leaves a call, and the note
# of a storage finding reported at the call of a wrapper that passes the
# buffer on ("passed on to 'usb_control_msg' here").
CALL_NOTE = re.compile(r"^(Calling '|Returning from '|Entered call from '|passed on to ')")
SCOPE_NOTE = re.compile(r"^scope of .* ends here$")


def diagnostics(output, root):
    """Yields (file, line, severity, message, check) per diagnostic line;
    the file relative to the source root."""
    for text in output.splitlines():
        m = DIAG.match(text.strip())
        if m:
            name = os.path.relpath(os.path.abspath(m["file"]), root)
            yield name, int(m["line"]), m["sev"], m["msg"], m["check"]


def same_words(a, b):
    """Whether two messages are one text but for the first letter's case."""
    return a[:1].lower() + a[1:] == b[:1].lower() + b[1:]


def analyzer_findings(output, root, messages, covered):
    """(file, line, tidy check) -> whether the path crosses a call, for the
    rules whose clang-tidy check is in `covered`; the warnings' texts into
    messages[(file, line, tidy check)]."""
    found = {}
    current = None
    for name, line, sev, msg, check in diagnostics(output, root):
        if sev == "warning":
            current = None
            if not (check or "").startswith("dmasafe.") or tidy_name(check) not in covered:
                continue
            # Heap release: the tidy checks do not cover it.
            if check == "dmasafe.ReleaseInFlight" and not re.search(
                    r"[Ss]tack buffer|out of scope", msg):
                continue
            current = (name, line, tidy_name(check))
            found.setdefault(current, False)
            messages.setdefault(current, set()).add(msg)
        elif sev == "note" and current and CALL_NOTE.match(msg):
            found[current] = True
        elif sev == "note" and current and SCOPE_NOTE.match(msg):
            # Reported at the next statement, where the path notices; the
            # clang-tidy check reports at the block's end, which this note
            # marks.
            moved = (name, line, current[2])
            found[moved] = found.pop(current) or found.get(moved, False)
            messages.setdefault(moved, set()).update(messages.pop(current, ()))
            current = moved
    # A finding seen on one path through a call and on another within its
    # function is a single-function finding.
    return found


def tidy_findings(output, root):
    """(file, line, check) -> the warnings' texts there."""
    found = {}
    for name, line, sev, msg, check in diagnostics(output, root):
        if sev == "warning" and check and check.startswith("dmasafe-"):
            found.setdefault((name, line, check), set()).add(msg)
    return found


class Flags:
    """What one file needs to compile, for both front-ends."""

    def __init__(self, root, path):
        self.includes = ["-I", os.path.join(root, "annotations", "include"),
                         "-I", os.path.join(root, "runtime", "include"),
                         "-I", os.path.dirname(path)]
        self.language = ["-x", "c++"] if path.endswith(".cpp") else []
        self.models = []

    def analyzer(self):
        extra = []
        if self.models:
            extra = ["-Xclang", "-analyzer-config", "-Xclang",
                     "dmasafe.DmaModeling:ModelFiles=" + ";".join(self.models)]
        return self.language + self.includes + extra

    def tidy(self):
        extra = []
        if self.models:
            extra = ["-config={CheckOptions: [{key: DmasafeModelFiles, value: '%s'}]}" % ";".join(self.models)]
        return extra, self.language + self.includes


def run_lines(path):
    """The RUN lines of a lit test, continuations joined."""
    lines, pending = [], ""
    with open(path, encoding="utf-8", errors="replace") as f:
        for text in f:
            m = re.search(r"RUN:(.*)$", text)
            if not m:
                continue
            part = m.group(1).strip()
            if part.endswith("\\"):
                pending += part[:-1] + " "
                continue
            lines.append(pending + part)
            pending = ""
    return lines


def lit_flags(root, path):
    flags = Flags(root, path)
    subst = {"%S": os.path.dirname(path), "%models_dir": os.path.join(root, "models"),
             "%annotations_include": os.path.join(root, "annotations", "include"),
             "%runtime_include": os.path.join(root, "runtime", "include"),
             "%src_root": root}
    for line in run_lines(path):
        # A RUN line expected to fail checks an error, not findings.
        if line.startswith("not ") or "FileCheck" in line.split("|")[0]:
            continue
        for key, value in subst.items():
            line = line.replace(key, value)
        for inc in re.findall(r"-I\s*(\S+)", line):
            if inc not in flags.includes:
                flags.includes += ["-I", inc]
        for std in re.findall(r"(-std=\S+)", line):
            if std not in flags.language:
                flags.language.append(std)
        for w in re.findall(r"(-Wno-\S+)", line):
            if w not in flags.language:
                flags.language.append(w)
        for spec in re.findall(r"(?:ModelFiles=|ModelFiles: '|ModelFiles, value: ')([^'\"\s}]+)", line):
            for model in spec.split(";"):
                if model and model not in flags.models:
                    flags.models.append(model)
    return flags


def compare(clang, tidy, analyzer_plugin, tidy_plugin, root, path, flags, covered, major):
    # The checkers the CLI turns off for this clang (LLVM 22's
    # core.FixedAddressDereference ends every path at a register access).
    run = subprocess.run(
        [clang, "--analyze", "--analyzer-no-default-checks", "--analyzer-output", "text",
         "-Xclang", "-load", "-Xclang", analyzer_plugin,
         "-Xclang", "-analyzer-checker=core,dmasafe",
         "-Xclang", "-analyzer-disable-checker=" + driver_defaults_off(major),
         *flags.analyzer(), path,
         "-o", os.devnull],
        capture_output=True, text=True)
    analyzer_messages = {}
    analyzer = analyzer_findings(run.stdout + run.stderr, root, analyzer_messages, covered)
    config, compile_args = flags.tidy()
    run = subprocess.run(
        [tidy, "--quiet", "--load", tidy_plugin, "-checks=-*,dmasafe-*", *config, path,
         "--", *compile_args], capture_output=True, text=True)
    tidied = tidy_findings(run.stdout + run.stderr, root)
    result = []
    for item in sorted(set(analyzer) | set(tidied)):
        words = None
        if item in analyzer and item in tidied:
            kind = "agree"
            mine, theirs = analyzer_messages.get(item, set()), tidied[item]
            if not any(same_words(a, t) for a in mine for t in theirs):
                kind = "worded"
                words = (sorted(mine), sorted(theirs))
        elif item in tidied:
            kind = "tidy-only"
        elif analyzer[item]:
            kind = "interprocedural"
        else:
            kind = "analyzer-only"
        result.append((kind, item, words))
    return result


def read_known(path, major):
    known = set()
    if not path:
        return known
    with open(path, encoding="utf-8") as f:
        for text in f:
            text = text.split("#", 1)[0].strip()
            if text:
                kind, where, check, *below = text.split()
                if below and (major is None or major >= int(below[0].removeprefix("llvm<"))):
                    continue
                name, line = where.rsplit(":", 1)
                known.add((kind, (name, int(line), check)))
    return known


def main(argv):
    known_path, use_lit = None, False
    while argv and argv[0].startswith("--"):
        opt = argv.pop(0)
        if opt == "--known":
            known_path = argv.pop(0)
        elif opt == "--lit-flags":
            use_lit = True
        else:
            sys.exit(f"compare_front_ends.py: unknown option {opt}")
    clang, tidy, analyzer_plugin, tidy_plugin, root, *files = argv
    major = llvm_major(clang)
    known = read_known(known_path, major)
    covered = tidy_checks(tidy, tidy_plugin)
    lines, failed = [], False
    for path in files:
        flags = lit_flags(root, path) if use_lit else Flags(root, path)
        for kind, item, words in compare(clang, tidy, analyzer_plugin, tidy_plugin, root,
                                         path, flags, covered, major):
            if (kind, item) in known:
                known.discard((kind, item))
                kind = "known"
            failed |= kind in ("tidy-only", "analyzer-only", "worded")
            lines.append((item, kind, words))
    for item, kind, words in sorted(lines, key=lambda l: (l[0], l[1])):
        print(kind, f"{item[0]}:{item[1]}", item[2])
        if words:
            for text in words[0]:
                print("  analyzer:", text)
            for text in words[1]:
                print("  tidy:    ", text)
    for kind, item in sorted(known, key=lambda k: k[1]):
        print("stale", kind, f"{item[0]}:{item[1]}", item[2])
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
