"""`dmasafe analyze`: the Clang Static Analyzer with the dmasafe checkers on
each file, one clang process per file."""
import os
import re
import sys

from . import compdb, models
from .analyzer_flags import analyzer_args, checker_options, parse_checker_option
from .diagnostics import findings
from .errors import EXIT_CLEAN, EXIT_FINDINGS, DmasafeError, UsageError
from .reports import ReportPlan
from .runner import Job, run_all

_WARNINGS_GENERATED = re.compile(r"^\d+ (warning|error)s? generated\.$")


def add_arguments(parser):
    parser.add_argument("files", metavar="FILE", nargs="*",
                        help="C files to analyze (with -p: a subset of the database)")
    parser.add_argument("-p", dest="build_dir", metavar="BUILD_DIR",
                        help="read compile_commands.json from BUILD_DIR and reuse each "
                             "file's flags; without FILEs, analyze every file in it")
    parser.add_argument("--format", choices=["text", "sarif", "plist", "html"],
                        default="text", help="report format (default: text on standard output)")
    parser.add_argument("-o", dest="output", metavar="PATH",
                        help="report file or directory for sarif, plist and html")
    models.add_model_arguments(parser)
    parser.add_argument("--checker-option", metavar="NAME=VALUE", action="append",
                        default=[], help="pass an analyzer checker option, e.g. "
                        "dmasafe.InFlightAccess:ReportTxReads=true (repeatable)")
    parser.add_argument("--enable", metavar="CHECKERS", action="append", default=[],
                        help="also enable these analyzer checkers or packages "
                             "(comma-separated, e.g. unix.Malloc)")
    parser.add_argument("--disable", metavar="CHECKERS", action="append", default=[],
                        help="disable these checkers (e.g. dmasafe.LostTransfer)")
    parser.add_argument("-j", dest="jobs", metavar="N", type=int, default=1,
                        help="analyze N files at a time (default 1)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print each clang command before running it")


def run(args, compiler_args, toolchain):
    if args.jobs < 1:
        raise UsageError("-j needs a positive number")
    options = []
    for text in args.checker_option:
        pair = parse_checker_option(text)
        if pair is None:
            raise UsageError(f"--checker-option {text!r} is not CHECKER:OPTION=VALUE")
        options.append(pair)
    clang = toolchain.require_tool(toolchain.clang)
    plugin = toolchain.require_analyzer_plugin()
    model_files = models.selected_model_files(args, toolchain)
    targets = _targets(args, compiler_args)
    plan = ReportPlan(args.format, args.output, [t.file for t in targets])

    flags = analyzer_args(plugin, _split(args.enable), _split(args.disable),
                          checker_options(model_files, options))
    color = ["-fcolor-diagnostics"] if sys.stdout.isatty() else []
    jobs = []
    for target, report in zip(targets, plan.paths):
        argv = ([clang, "--analyze", "--analyzer-output", args.format] + flags + color
                + target.arguments + toolchain.include_args()
                + [target.file, "-o", report])
        jobs.append(Job(target.file, argv, target.directory))

    found, failed, files_with_findings = 0, [], 0
    for result in run_all(jobs, args.jobs, args.verbose):
        text = _without_counts(result.stderr)
        if text:
            sys.stdout.write(text)
            sys.stdout.flush()
        count = len(findings(_plain(result.stderr)))
        found += count
        files_with_findings += bool(count)
        if result.returncode != 0:
            failed.append(result.job.label)
    plan.finish()

    if failed:
        raise DmasafeError(f"clang failed on {', '.join(failed)} (see the errors above)")
    where = f"{len(targets)} file" + ("s" if len(targets) != 1 else "")
    if found:
        print(f"dmasafe: {found} finding{'s' if found != 1 else ''} in "
              f"{files_with_findings} of {where}", file=sys.stderr)
        return EXIT_FINDINGS
    print(f"dmasafe: no findings in {where}", file=sys.stderr)
    return EXIT_CLEAN


def _targets(args, compiler_args):
    if args.build_dir:
        if compiler_args:
            raise UsageError("give compiler arguments either after '--' or through -p, not both")
        db_file, entries = compdb.load(args.build_dir)
        chosen = compdb.select(entries, args.files, db_file)
        if not chosen:
            raise DmasafeError(f"{db_file} lists no file to analyze")
        return chosen
    if not args.files:
        raise UsageError("no input files (give FILE... or -p BUILD_DIR)")
    targets = []
    for name in args.files:
        if not os.path.isfile(name):
            raise DmasafeError(f"{name}: no such file")
        targets.append(compdb.CompileEntry(file=name, directory=None,
                                           arguments=list(compiler_args)))
    return targets


def _split(lists):
    return [name for item in lists for name in item.split(",") if name]


def _plain(text):
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def _without_counts(text):
    """clang's per-file "N warnings generated." lines, which would repeat
    once per file; dmasafe prints one total instead."""
    return "".join(line for line in text.splitlines(keepends=True)
                   if not _WARNINGS_GENERATED.match(_plain(line).strip()))
