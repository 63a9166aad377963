"""`dmasafe tidy`: clang-tidy-19 with the dmasafe-* checks (and, on request,
the path-sensitive analyzer checkers as clang-analyzer-dmasafe.*).

The model files reach the checks through the global CheckOption
DmasafeModelFiles. clang-tidy's --config replaces the .clang-tidy files
unless it says InheritParentConfig, so dmasafe passes
`--config={InheritParentConfig: true, CheckOptions: [{key: DmasafeModelFiles, value: ...}]}`:
the user's .clang-tidy files still apply, only that option is added. When
the user's own .clang-tidy (in the file's folder or above) already sets
DmasafeModelFiles, dmasafe passes no models and theirs win."""
import glob
import json
import os
import shutil
import sys
import tempfile

from . import baseline, compdb, fixes, models, selection
from .analyze import source_root
from .analyzer_flags import MODEL_OPTION
from .diagnostics import blocks, findings, is_tidy_finding
from .errors import EXIT_CLEAN, EXIT_FINDINGS, DmasafeError, UsageError
from .runner import Job, run_all
from .translate import Translator

TIDY_MODEL_OPTION = "DmasafeModelFiles"


def add_arguments(parser):
    parser.add_argument("files", metavar="FILE", nargs="*", help="C files to check")
    parser.add_argument("-p", dest="build_dir", metavar="BUILD_DIR",
                        help="read compile_commands.json from BUILD_DIR; without FILEs, "
                             "check every file in it")
    models.add_model_arguments(parser)
    parser.add_argument("--with-analyzer", action="store_true",
                        help="also run the path-sensitive checkers inside clang-tidy "
                             "(clang-analyzer-dmasafe.*; slower)")
    parser.add_argument("--checks", metavar="GLOBS", default="",
                        help="more clang-tidy checks to run beside dmasafe-*")
    parser.add_argument("--fix", action="store_true", help="apply the suggested fixes")
    parser.add_argument("--export-fixes", metavar="FILE",
                        help="write the suggested fixes to FILE (YAML, for "
                             "clang-apply-replacements) instead of applying them")
    parser.add_argument("-j", dest="jobs", metavar="N", type=int, default=1,
                        help="check N files at a time, one clang-tidy each (default: one "
                             "clang-tidy for all files)")
    parser.add_argument("--file-filter", metavar="PATH", action="append", default=[],
                        help="with -p: only files that are PATH, under directory PATH or "
                             "match the glob PATH; '!PATH' leaves them out (repeatable)")
    selection.add_arguments(parser)
    parser.add_argument("--extra-arg", metavar="ARG", action="append", default=[],
                        help="append ARG to each compile command (repeatable)")
    parser.add_argument("--extra-arg-before", metavar="ARG", action="append", default=[],
                        help="prepend ARG to each compile command (repeatable)")
    parser.add_argument("--source-root", metavar="DIR",
                        help="baseline paths are relative to DIR (default: the top of the "
                             "git checkout around the working directory)")
    baseline.add_arguments(parser)
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print the clang-tidy command before running it")


def run(args, compiler_args, toolchain):
    if args.jobs < 1:
        raise UsageError("-j needs a positive number")
    clang_tidy = toolchain.require_tool(toolchain.clang_tidy)
    plugin = toolchain.require_tidy_plugin()
    entries = _entries(args, toolchain)
    if entries is not None and not entries:
        return EXIT_CLEAN   # the change touches none of the files, or an empty shard
    files = [e.file for e in entries] if entries is not None else _files(args)
    model_files = models.selected_model_files(args, toolchain)
    models.check_model_files(toolchain, model_files)

    checks = ["-*", "dmasafe-*"]
    argv = [clang_tidy, "--load", plugin]
    if args.with_analyzer:
        argv.append("--extra-arg=-fplugin=" + toolchain.require_analyzer_plugin())
        checks += ["clang-analyzer-core.*", "clang-analyzer-dmasafe.*"]
    if args.checks:
        checks.append(args.checks)
    argv.append("-checks=" + ",".join(checks))
    config = _config(files, model_files, args.with_analyzer)
    if config:
        argv.append("--config=" + config)
    base = baseline.from_args(args, source_root(args.source_root, files)) \
        if args.baseline or args.baseline_write else None
    # The fixes of findings a baseline leaves out are not applied: clang-tidy
    # only exports, and dmasafe applies the others (fixes.py).
    fix_later = args.fix and base is not None and not base.writing
    if args.fix and not fix_later:
        argv.append("--fix")
    argv += [f"--extra-arg-before={a}" for a in args.extra_arg_before]
    argv += [f"--extra-arg={a}" for a in args.extra_arg]
    for include in toolchain.include_args()[1::2]:
        argv.append("--extra-arg-before=-I" + include)
    if entries is not None and compiler_args:
        raise UsageError("give compiler arguments either after '--' or through -p, not both")

    workdir = tempfile.mkdtemp(prefix="dmasafe-tidy-")
    try:
        if entries is not None:
            _write_database(workdir, entries, toolchain.clang)
            argv += ["-p", workdir]
        tail = [] if entries is not None else ["--"] + list(compiler_args)
        # One process for every file, or one per file when they run in
        # parallel (as run-clang-tidy does); --fix edits a header once.
        groups = [files] if args.jobs == 1 or args.fix else [[f] for f in files]
        jobs = []
        for number, group in enumerate(groups):
            exported = ([f"--export-fixes={os.path.join(workdir, f'fixes-{number}.yaml')}"]
                        if args.export_fixes or fix_later else [])
            label = group[0] if len(group) == 1 else f"the {len(group)} files"
            jobs.append(Job(label, argv + exported + group + tail))
        found, failed = [], []
        for number, result in enumerate(run_all(jobs, args.jobs, args.verbose), 1):
            if len(jobs) > 1:
                print(f"[{number}/{len(jobs)}] {result.job.label}", file=sys.stderr, flush=True)
            found += _report(result, failed, base)
        if args.export_fixes or fix_later:
            _finish_fixes(workdir, base, args.export_fixes, fix_later, clang_tidy)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if failed and not found:
        raise DmasafeError("clang-tidy failed on " + ", ".join(failed) + " (see the errors above)")
    where = f"{len(files)} file{'s' if len(files) != 1 else ''}"
    if failed:
        print(f"dmasafe: warning: clang-tidy failed on {len(failed)} of {where}: "
              + ", ".join(failed), file=sys.stderr)
    new = " new" if base is not None and not base.writing else ""
    note = f" ({base.summary()})" if base is not None else ""
    if base is not None:
        base.finish()
    if found:
        print(f"dmasafe: {len(found)}{new} finding{'s' if len(found) != 1 else ''} in "
              f"{where}{note}", file=sys.stderr)
        return EXIT_CLEAN if base is not None and base.writing else EXIT_FINDINGS
    print(f"dmasafe: no{new} findings in {where}{note}", file=sys.stderr)
    return EXIT_CLEAN


def _report(result, failed, base=None):
    """Prints one clang-tidy run's output, without the findings `base` (a
    Baseline) suppresses; returns the other findings and adds its files to
    `failed` when clang-tidy failed for another reason than findings that a
    WarningsAsErrors made errors."""
    output = result.stdout
    if base is not None:
        output = "".join(block.text for block in blocks(output)
                         if block.finding is None or not is_tidy_finding(block.finding.rule)
                         or not base.suppresses(block.finding))
    sys.stdout.write(output)
    sys.stdout.flush()
    sys.stderr.write("".join(line for line in result.stderr.splitlines(keepends=True)
                             if "warnings generated" not in line
                             and "warning generated" not in line))
    found = [f for f in findings(output) if is_tidy_finding(f[1])]
    as_errors = "treated as error" in result.stderr
    every = [f for f in findings(result.stdout) if is_tidy_finding(f[1])]
    if result.returncode != 0 and not (every and as_errors):
        failed.append(result.job.label)
    return found


def _finish_fixes(workdir, base, export_to, apply_them, clang_tidy):
    """Merges the fixes every process exported, without those of findings
    the baseline `base` left out; writes them to `export_to` and, when
    `apply_them`, applies them."""
    items = [item for part in sorted(glob.glob(os.path.join(workdir, "fixes-*.yaml")))
             for item in fixes.diagnostics(part)]
    if base is not None and not base.writing:
        items = fixes.unsuppressed(items, base.suppressed_keys)
    if export_to:
        fixes.write(items, export_to)
    if apply_them and items:
        applying = os.path.join(workdir, "apply")
        os.mkdir(applying)
        fixes.write(items, os.path.join(applying, "fixes.yaml"))
        fixes.apply(applying, clang_tidy)


def _entries(args, toolchain):
    """The database entries to check with -p (their flags translated for
    clang as `analyze` does; assembly and the like left out, with a note),
    or None without -p."""
    if not args.build_dir:
        if args.changed_since or args.shard:
            raise UsageError("--changed-since and --shard choose among the files of "
                             "-p BUILD_DIR")
        return None
    clang = toolchain.require_tool(toolchain.clang)
    translator = Translator(clang, verbose=args.verbose)
    db_file, entries = compdb.analysis_entries(args.build_dir, args.files, args.file_filter,
                                               translator)
    entries = selection.apply(args, entries, toolchain, args.verbose)
    if not entries:
        return []
    chosen = [e for e in entries if not e.skipped]
    skipped = len(entries) - len(chosen)
    if skipped:
        reasons = "; ".join(sorted({e.skipped for e in entries if e.skipped}))
        print(f"dmasafe: {skipped} file{'s' if skipped != 1 else ''} not checked ({reasons})",
              file=sys.stderr)
    if not chosen:
        raise DmasafeError(f"{db_file} lists no file that can be checked")
    return chosen


def _write_database(directory, entries, clang):
    """A compile_commands.json with the flags `analyze` would use (gcc-only
    flags dropped, cross triple as --target), in `directory`: clang-tidy
    parses with clang and would stop at a gcc-only flag."""
    rows = [{"directory": e.directory, "file": e.file,
             "arguments": [clang] + e.arguments + [e.file]} for e in entries]
    with open(os.path.join(directory, "compile_commands.json"), "w", encoding="utf-8") as out:
        json.dump(rows, out, indent=1)


def _files(args):
    if not args.files:
        raise UsageError("no input files (give FILE... or -p BUILD_DIR)")
    for name in args.files:
        if not os.path.isfile(name):
            raise DmasafeError(f"{name}: no such file")
    return list(args.files)


def _config(files, model_files, with_analyzer):
    """The --config value, or None when there is nothing to add."""
    if not model_files or any(_user_sets_models(name) for name in files):
        return None
    value = _yaml_quote(models.model_option_value(model_files))
    # The list form of CheckOptions: clang-tidy 14 reads only that one.
    options = [f"{{key: {TIDY_MODEL_OPTION}, value: {value}}}"]
    if with_analyzer:
        options.append(f"{{key: {_yaml_quote('clang-analyzer-' + MODEL_OPTION)}, value: {value}}}")
    return "{InheritParentConfig: true, CheckOptions: [" + ", ".join(options) + "]}"


def _user_sets_models(source):
    directory = os.path.dirname(os.path.abspath(source))
    while True:
        config = os.path.join(directory, ".clang-tidy")
        if os.path.isfile(config):
            try:
                with open(config, encoding="utf-8", errors="replace") as stream:
                    if TIDY_MODEL_OPTION in stream.read():
                        return True
            except OSError:
                pass
        parent = os.path.dirname(directory)
        if parent == directory:
            return False
        directory = parent


def _yaml_quote(text):
    return "'" + text.replace("'", "''") + "'"
