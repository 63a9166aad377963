"""`dmasafe summarize`: the DMA contracts every function of a build has from
its body, written as a model file that later `analyze`, `scan` and `tidy`
runs load with --models.

Each file of the database is analyzed with the dmasafe.Summaries checker
(analyzer/checker/Summaries.h), every function as a top frame; each writes
what it derived (a start that returns with the transfer in flight, a wait or
abort on a parameter's handle, a parameter that must be DMA-capable). The
files' summaries are merged, and the build is analyzed again with the
merged summary loaded, so that a caller of a wrapper in another file is
derived too, until a round changes nothing. --annotations prints the
declarations with the dmasafe/annotations.h markers that say the same."""
import os
import re
import shutil
import sys
import tempfile

from . import analyze, compdb, models
from .analyzer_flags import MODEL_OPTION, checker_selection, xclang
from .errors import EXIT_CLEAN, DmasafeError, UsageError
from .runner import Job, run_all
from .translate import Translator

SUMMARIES = "dmasafe.Summaries"
MAX_ROUNDS = 10
HEADER = "# Contracts derived from function bodies by dmasafe summarize."
_ENTRY_START = re.compile(r"^  # from ", re.M)
_NAME = re.compile(r"^  - name: (\S+)$", re.M)


def add_arguments(parser):
    parser.add_argument("files", metavar="FILE", nargs="*",
                        help="C files to summarize (with -p: a subset of the database)")
    parser.add_argument("-p", dest="build_dir", metavar="BUILD_DIR",
                        help="read compile_commands.json from BUILD_DIR; without FILEs, "
                             "summarize every file in it")
    parser.add_argument("-o", dest="output", metavar="FILE.yaml",
                        help="write the model file here (default: standard output, "
                             "unless --annotations)")
    parser.add_argument("--annotations", action="store_true",
                        help="print each derived function's declaration with the "
                             "annotations that say the same")
    analyze.add_translation_arguments(parser)
    models.add_model_arguments(parser)
    parser.add_argument("--max-rounds", metavar="N", type=int, default=MAX_ROUNDS,
                        help=f"stop after N rounds over the build (default {MAX_ROUNDS})")
    parser.add_argument("-j", dest="jobs", metavar="N", type=int, default=1,
                        help="analyze N files at a time (default 1)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print each clang command and each round's count")


def run(args, compiler_args, toolchain):
    if args.jobs < 1 or args.max_rounds < 1:
        raise UsageError("-j and --max-rounds need a positive number")
    clang = toolchain.require_tool(toolchain.clang)
    plugin = toolchain.require_analyzer_plugin()
    translator = Translator(clang, extra_before=args.extra_arg_before,
                            extra_after=args.extra_arg, verbose=args.verbose)
    args.changed_since = args.shard = None
    entries, origin = analyze._targets(args, compiler_args, translator)
    targets = [e for e in entries if not e.skipped]
    if not targets:
        raise DmasafeError(f"no file{' of ' + origin if origin else ''} can be analyzed")
    model_files = models.selected_model_files(args, toolchain)
    models.check_model_files(toolchain, model_files)

    work = tempfile.mkdtemp(prefix="dmasafe-summarize-")
    try:
        merged, rounds, failed = _fixpoint(args, targets, clang, plugin, model_files,
                                           toolchain, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    text = render(merged)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(text)
    elif not args.annotations:
        sys.stdout.write(text)
    if args.annotations:
        sys.stdout.write(annotations(merged))
    line = (f"dmasafe: {len(merged)} function{'s' if len(merged) != 1 else ''} "
            f"summarized from {len(targets)} file{'s' if len(targets) != 1 else ''} "
            f"in {rounds} round{'s' if rounds != 1 else ''}")
    if failed:
        line += (f"; {len(failed)} file{'s' if len(failed) != 1 else ''} not analyzed: "
                 + ", ".join(failed[:3]) + (", ..." if len(failed) > 3 else ""))
    print(line, file=sys.stderr)
    return EXIT_CLEAN


def _fixpoint(args, targets, clang, plugin, model_files, toolchain, work):
    """Rounds over the build until the merged summary no longer changes:
    (entries by name, rounds run, files clang could not analyze)."""
    merged, previous = {}, None
    for number in range(1, args.max_rounds + 1):
        outputs = [os.path.join(work, f"r{number}-{i}.yaml") for i in range(len(targets))]
        jobs = [Job(t.file, _argv(clang, plugin, model_files, previous, out, t, toolchain),
                    t.directory) for t, out in zip(targets, outputs)]
        failed = []
        found = []
        for result, out in zip(run_all(jobs, args.jobs, args.verbose), outputs):
            if result.returncode != 0 or not os.path.isfile(out):
                if re.search(r"error: dmasafe: ", result.stderr):
                    sys.stderr.write(result.stderr)
                    raise DmasafeError("the analyzer refused its configuration "
                                       "(see the error above)")
                if args.verbose:
                    sys.stderr.write(result.stderr)
                failed.append(result.job.label)
                continue
            with open(out, encoding="utf-8") as stream:
                found.append(stream.read())
        current = merge(found)
        if args.verbose:
            print(f"dmasafe: round {number}: {len(current)} functions", file=sys.stderr)
        if current == merged:
            return merged, number, failed
        merged = current
        previous = os.path.join(work, f"summary-{number}.yaml")
        with open(previous, "w", encoding="utf-8") as stream:
            stream.write(render(merged))
    print(f"dmasafe: warning: the summary still changed after {args.max_rounds} rounds "
          "(--max-rounds); it holds what the last round derived", file=sys.stderr)
    return merged, args.max_rounds, failed


def _argv(clang, plugin, model_files, previous, output, target, toolchain):
    files = list(model_files) + ([previous] if previous else [])
    config = [(SUMMARIES + ":Output", output)]
    if previous:
        config.append((SUMMARIES + ":Previous", previous))
    if files:
        config.append((MODEL_OPTION, ";".join(files)))
    flags = xclang("-load", plugin, "-analyzer-config-compatibility-mode=false",
                   # Every function as a top frame, also those inlined into
                   # a caller: each needs its own summary.
                   "-analyzer-inlining-mode=all")
    flags += checker_selection(["core", SUMMARIES], toolchain.llvm_major)
    for name, value in config:
        flags += xclang("-analyzer-config", f"{name}={value}")
    return ([clang, "--analyze", "--analyzer-output", "text"] + flags + target.arguments
            + toolchain.include_args() + [target.file, "-o", os.devnull])


def entries_of(text):
    """{name: entry text} of one summary file, each entry with the comment
    lines the checker puts before it (where it is defined, its annotated
    declaration)."""
    starts = [m.start() for m in _ENTRY_START.finditer(text)]
    result = {}
    for begin, end in zip(starts, starts[1:] + [len(text)]):
        block = text[begin:end]
        name = _NAME.search(block)
        if name:
            result[name.group(1)] = block if block.endswith("\n") else block + "\n"
    return result


def merge(texts):
    """One summary from the files': a function derived alike in several
    files (an inline function of a header) is kept once; one derived
    differently (two functions of one name, static in different programs)
    is dropped, since neither may be the one a caller means."""
    merged, conflicting = {}, set()
    for text in texts:
        for name, block in entries_of(text).items():
            if name in conflicting:
                continue
            if name in merged and _contract(merged[name]) != _contract(block):
                conflicting.add(name)
                del merged[name]
                continue
            merged.setdefault(name, block)
    return merged


def _contract(block):
    return "".join(line for line in block.splitlines(True)
                   if not line.startswith("  # "))


def render(merged):
    body = "".join(merged[name] for name in sorted(merged))
    return (HEADER + "\n# Load it with: dmasafe analyze --models FILE (or tidy --models).\n"
            "api: summary\nfunctions:" + ("\n" if merged else " []\n") + body)


def annotations(merged):
    """The declarations to put in the project's headers, by the file that
    defines each function."""
    by_file = {}
    for name in sorted(merged):
        lines = merged[name].splitlines()
        where = lines[0][len("  # from "):]
        declaration = lines[1][len("  # "):] if len(lines) > 1 else name
        by_file.setdefault(where.rsplit(":", 2)[0], []).append(declaration)
    out = []
    for path in sorted(by_file):
        out.append(f"// {path}\n")
        out.extend(f"{d}\n" for d in by_file[path])
    return "".join(out)
