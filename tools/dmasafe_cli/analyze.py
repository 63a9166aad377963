"""`dmasafe analyze`: the Clang Static Analyzer with the dmasafe checkers on
each file, one clang process per file.

A whole database is one run that goes on past a file clang cannot compile:
`[n/N] file` as each file is done, then one summary, `N findings in M of F
files; K files not analyzed`, with the reasons. Findings exit 1 even when
some files failed; exit 2 is for a run that analyzed nothing or a tool that
could not start or crashed."""
import os
import re
import sys

from . import baseline, compdb, models, sarif, selection
from .analyzer_flags import analyzer_args, checker_options, parse_checker_option
from .diagnostics import blocks
from .errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, DmasafeError, UsageError
from .reports import ReportPlan
from .runner import Job, run_all
from .translate import Translator

_WARNINGS_GENERATED = re.compile(r"^\d+ (warning|error)s? generated\.$")
_CRASH = re.compile(r"PLEASE submit a bug report|Stack dump:|clang: error: clang frontend "
                    r"command failed (due to signal|with exit code 1[0-9][0-9])")
_CONFIG_ERROR = re.compile(r"^error: (dmasafe: |checker '[^']*' has no option|"
                           r"invalid input for checker option|.*analyzer-config)", re.M)
FAILED = "clang could not compile it (errors above)"
CRASHED = "clang crashed (the stack dump above is a dmasafe or clang bug: please report it)"


def add_arguments(parser):
    parser.add_argument("files", metavar="FILE", nargs="*",
                        help="C files to analyze (with -p: a subset of the database)")
    parser.add_argument("-p", dest="build_dir", metavar="BUILD_DIR",
                        help="read compile_commands.json from BUILD_DIR and reuse each "
                             "file's flags; without FILEs, analyze every file in it")
    add_database_arguments(parser)
    add_format_argument(parser)
    add_report_arguments(parser)
    add_checker_arguments(parser)
    parser.add_argument("-j", dest="jobs", metavar="N", type=int, default=1,
                        help="analyze N files at a time (default 1)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print what each compiler answered and each clang command")


def add_database_arguments(parser):
    """The options that choose and translate database entries (analyze, scan)."""
    add_translation_arguments(parser)
    selection.add_arguments(parser)


def add_translation_arguments(parser):
    """--file-filter and the extra clang arguments (also summarize, which has
    no change selection)."""
    parser.add_argument("--file-filter", metavar="PATH", action="append", default=[],
                        help="only files that are PATH, under directory PATH or match the "
                             "glob PATH; '!PATH' leaves them out (repeatable)")
    parser.add_argument("--extra-arg", metavar="ARG", action="append", default=[],
                        help="append ARG to each clang command (repeatable)")
    parser.add_argument("--extra-arg-before", metavar="ARG", action="append", default=[],
                        help="put ARG first among each file's flags (repeatable)")


def add_format_argument(parser):
    parser.add_argument("--format", choices=["text", "sarif", "plist", "html", "gitlab"],
                        default="text", help="report format (default: text on standard "
                        "output; gitlab: a GitLab code-quality report)")


def add_report_arguments(parser):
    parser.add_argument("-o", dest="output", metavar="PATH",
                        help="report file or directory for sarif, plist and html")
    parser.add_argument("--source-root", metavar="DIR",
                        help="SARIF URIs and baseline paths are relative to DIR (default: "
                             "the top of the git checkout around the working directory, "
                             "else around the first file, else the working directory)")
    baseline.add_arguments(parser)


def add_checker_arguments(parser):
    models.add_model_arguments(parser)
    parser.add_argument("--checker-option", metavar="NAME=VALUE", action="append",
                        default=[], help="pass an analyzer option, e.g. "
                        "dmasafe.InFlightAccess:ReportTxReads=true or an engine "
                        "setting such as unroll-loops=false (repeatable)")
    parser.add_argument("--enable", metavar="CHECKERS", action="append", default=[],
                        help="also enable these analyzer checkers or packages "
                             "(comma-separated, e.g. unix.Malloc)")
    parser.add_argument("--disable", metavar="CHECKERS", action="append", default=[],
                        help="disable these checkers (e.g. dmasafe.LostTransfer)")


def run(args, compiler_args, toolchain):
    clang = toolchain.require_tool(toolchain.clang)
    translator = Translator(clang, extra_before=args.extra_arg_before,
                            extra_after=args.extra_arg, verbose=args.verbose)
    entries, origin = _targets(args, compiler_args, translator)
    if args.build_dir:
        entries = selection.apply(args, entries, toolchain, args.verbose)
        if not entries:
            return EXIT_CLEAN   # the change touches none of the files, or an empty shard
    elif args.changed_since or args.shard:
        raise UsageError("--changed-since and --shard choose among the files of -p BUILD_DIR")
    return analyze_entries(args, entries, toolchain, origin)


def analyze_entries(args, entries, toolchain, origin=None):
    """Analyzes the entries that are not skipped; prints progress and the
    summary; returns the exit status. `origin` names where the entries came
    from, for the error when none could be analyzed."""
    if args.jobs < 1:
        raise UsageError("-j needs a positive number")
    options = []
    for text in args.checker_option:
        pair = parse_checker_option(text)
        if pair is None:
            raise UsageError(f"--checker-option {text!r} is not NAME=VALUE")
        options.append(pair)
    clang = toolchain.require_tool(toolchain.clang)
    plugin = toolchain.require_analyzer_plugin()
    model_files = models.selected_model_files(args, toolchain)
    models.check_model_files(toolchain, model_files)
    targets = [e for e in entries if not e.skipped]
    not_analyzed = {}
    for entry in entries:
        if entry.skipped:
            not_analyzed.setdefault(entry.skipped, []).append(entry.file)
    if not targets:
        raise DmasafeError(_nothing_analyzed(len(entries), not_analyzed, origin))
    root = None
    if args.format in ("sarif", "gitlab") or args.baseline or args.baseline_write:
        root = source_root(args.source_root, [t.file for t in targets])
    base = baseline.from_args(args, root)
    plan = ReportPlan(args.format, args.output, [t.file for t in targets],
                      [t.directory for t in targets], sarif_context(args, toolchain, root),
                      root, baseline=base is not None)
    try:
        return _analyze(args, entries, targets, not_analyzed, plan, clang, plugin,
                        model_files, options, toolchain, origin, base)
    finally:
        plan.cleanup()


def sarif_context(args, toolchain, root):
    """(version, rule docs, source root) for the SARIF log."""
    if args.format != "sarif":
        return None
    return (toolchain.version, sarif.RuleDocs(toolchain.docs_dir, toolchain.docs_url), root)


def source_root(given, files=()):
    """--source-root, else the top of the git checkout around the working
    directory (what code scanning resolves URIs against), else the one
    around the first file (a build directory outside the checkout), else
    the working directory."""
    if given:
        if not os.path.isdir(given):
            raise UsageError(f"--source-root {given} is not a directory")
        return os.path.abspath(given)
    return selection.checkout_top(
        [os.getcwd()] + [os.path.dirname(os.path.abspath(f)) for f in files[:1]]) \
        or os.getcwd()


def _analyze(args, entries, targets, not_analyzed, plan, clang, plugin, model_files,
             options, toolchain, origin, base):

    flags = analyzer_args(plugin, _split(args.enable), _split(args.disable),
                          checker_options(model_files, options), toolchain.llvm_major)
    # A baseline reads the diagnostics, which colours would garble.
    color = ["-fcolor-diagnostics"] if sys.stdout.isatty() and base is None else []
    jobs = []
    for target, report in zip(targets, plan.paths):
        argv = ([clang, "--analyze", "--analyzer-output", plan.clang_format] + flags + color
                + target.arguments + toolchain.include_args()
                + [target.file, "-o", report])
        jobs.append(Job(target.file, argv, target.directory))

    found, files_with_findings, crashed = 0, 0, False
    total = len(jobs)
    for number, result in enumerate(run_all(jobs, args.jobs, args.verbose), 1):
        if total > 1:
            print(f"[{number}/{total}] {_shown(result.job.label)}", file=sys.stderr, flush=True)
        text = _without_counts(result.stderr)
        parsed = blocks(_plain(text), result.job.cwd)
        if base is None:
            kept = [block.finding for block in parsed if block.finding is not None]
        else:
            text, kept = baseline.filter_blocks(parsed, base, plan.findings_of(number - 1))
        plan.collect(kept)
        count = len(kept)
        if text:
            sys.stdout.write(text)
            sys.stdout.flush()
        found += count
        files_with_findings += bool(count)
        if result.returncode != 0 and _CONFIG_ERROR.search(_plain(result.stderr)):
            # A bad model or checker option fails every file alike.
            raise DmasafeError("the analyzer refused its configuration (see the error above)")
        if result.returncode != 0:
            reason = CRASHED if (result.returncode < 0 or _CRASH.search(result.stderr)) \
                else FAILED
            crashed = crashed or reason == CRASHED
            not_analyzed.setdefault(reason, []).append(result.job.label)
    analyzed = total - sum(len(v) for k, v in not_analyzed.items() if k in (FAILED, CRASHED))
    if analyzed == 0 and not found:
        raise DmasafeError(_nothing_analyzed(len(entries), not_analyzed, origin))
    note = base.summary() if base else None
    plan.finish(not_analyzed, successful=not crashed,
                leave_out=base.suppressed_keys if base else None, note=note)
    print(summary(found, files_with_findings, total, not_analyzed, args.verbose, note,
                  new_only=base is not None and not base.writing), file=sys.stderr)
    if base is not None:
        base.finish()
    if found and not (base and base.writing):
        return EXIT_FINDINGS
    return EXIT_ERROR if crashed else EXIT_CLEAN


def summary(found, files_with_findings, total, not_analyzed, verbose=False,
            baseline_note=None, new_only=False):
    where = f"{total} file" + ("s" if total != 1 else "")
    new = " new" if new_only else ""
    if found:
        text = (f"dmasafe: {found}{new} finding{'s' if found != 1 else ''} in "
                f"{files_with_findings} of {where}")
    else:
        text = f"dmasafe: no{new} findings in {where}"
    if baseline_note:
        text += f" ({baseline_note})"
    skipped = sum(len(v) for v in not_analyzed.values())
    if skipped:
        text += f"; {skipped} file{'s' if skipped != 1 else ''} not analyzed:"
        text += "".join(_reason_line(reason, files, verbose)
                        for reason, files in sorted(not_analyzed.items(),
                                                    key=lambda item: -len(item[1])))
    return text


def _reason_line(reason, files, verbose):
    shown = files if verbose else files[:3]
    more = "" if len(shown) == len(files) else f", ... ({len(files) - len(shown)} more; -v lists all)"
    return f"\n  {len(files)} {reason}: " + ", ".join(_shown(f) for f in shown) + more


def _nothing_analyzed(count, not_analyzed, origin):
    where = f" of {origin}" if origin else ""
    reasons = "".join(_reason_line(reason, files, False)
                      for reason, files in sorted(not_analyzed.items(),
                                                  key=lambda item: -len(item[1])))
    return (f"no file{where} was analyzed ({count} translation unit"
            f"{'s' if count != 1 else ''}):{reasons}")


def _targets(args, compiler_args, translator):
    if args.build_dir:
        if compiler_args:
            raise UsageError("give compiler arguments either after '--' or through -p, not both")
        db_file, entries = compdb.analysis_entries(args.build_dir, args.files,
                                                   args.file_filter, translator)
        return entries, db_file
    if not args.files:
        raise UsageError("no input files (give FILE... or -p BUILD_DIR)")
    targets = []
    for name in args.files:
        if not os.path.isfile(name):
            raise DmasafeError(f"{name}: no such file")
        if args.file_filter and not compdb.passes(os.path.abspath(name), args.file_filter):
            continue
        targets.append(compdb.CompileEntry(
            file=name, directory=None,
            arguments=args.extra_arg_before + list(compiler_args) + args.extra_arg))
    if not targets:
        raise DmasafeError("no file passes --file-filter")
    return targets, None


def _shown(path):
    """A path relative to the working directory when it is under it."""
    cwd = os.getcwd()
    if path.startswith(cwd + os.sep):
        return path[len(cwd) + 1:]
    return path


def _split(lists):
    return [name for item in lists for name in item.split(",") if name]


def _plain(text):
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def _without_counts(text):
    """clang's per-file "N warnings generated." lines, which would repeat
    once per file; dmasafe prints one total instead."""
    return "".join(line for line in text.splitlines(keepends=True)
                   if not _WARNINGS_GENERATED.match(_plain(line).strip()))
