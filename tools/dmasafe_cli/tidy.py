"""`dmasafe tidy`: clang-tidy-19 with the dmasafe-* checks (and, on request,
the path-sensitive analyzer checkers as clang-analyzer-dmasafe.*).

The model files reach the checks through the global CheckOption
DmasafeModelFiles. clang-tidy's --config replaces the .clang-tidy files
unless it says InheritParentConfig, so dmasafe passes
`--config={InheritParentConfig: true, CheckOptions: {DmasafeModelFiles: ...}}`:
the user's .clang-tidy files still apply, only that option is added. When
the user's own .clang-tidy (in the file's folder or above) already sets
DmasafeModelFiles, dmasafe passes no models and theirs win."""
import json
import os
import shutil
import sys
import tempfile

from . import compdb, models
from .analyzer_flags import MODEL_OPTION
from .diagnostics import findings, is_tidy_finding
from .errors import EXIT_CLEAN, EXIT_FINDINGS, DmasafeError, UsageError
from .runner import Job, run_one
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
    parser.add_argument("--file-filter", metavar="PATH", action="append", default=[],
                        help="with -p: only files that are PATH, under directory PATH or "
                             "match the glob PATH; '!PATH' leaves them out (repeatable)")
    parser.add_argument("--extra-arg", metavar="ARG", action="append", default=[],
                        help="append ARG to each compile command (repeatable)")
    parser.add_argument("--extra-arg-before", metavar="ARG", action="append", default=[],
                        help="prepend ARG to each compile command (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print the clang-tidy command before running it")


def run(args, compiler_args, toolchain):
    clang_tidy = toolchain.require_tool(toolchain.clang_tidy)
    plugin = toolchain.require_tidy_plugin()
    entries = _entries(args, toolchain)
    files = [e.file for e in entries] if entries is not None else _files(args)
    model_files = models.selected_model_files(args, toolchain)

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
    if args.fix:
        argv.append("--fix")
    argv += [f"--extra-arg-before={a}" for a in args.extra_arg_before]
    argv += [f"--extra-arg={a}" for a in args.extra_arg]
    for include in toolchain.include_args()[1::2]:
        argv.append("--extra-arg-before=-I" + include)
    db_dir = None
    if entries is not None:
        if compiler_args:
            raise UsageError("give compiler arguments either after '--' or through -p, not both")
        db_dir = _filtered_database(entries, toolchain.clang)
        argv += ["-p", db_dir]
    argv += files
    if entries is None:
        argv += ["--"] + list(compiler_args)

    try:
        result = run_one(Job("clang-tidy", argv), args.verbose)
    finally:
        if db_dir:
            shutil.rmtree(db_dir, ignore_errors=True)
    sys.stdout.write(result.stdout)
    sys.stdout.flush()
    sys.stderr.write("".join(line for line in result.stderr.splitlines(keepends=True)
                             if "warnings generated" not in line
                             and "warning generated" not in line))
    found = [f for f in findings(result.stdout) if is_tidy_finding(f[1])]
    # WarningsAsErrors in the user's .clang-tidy makes findings exit nonzero.
    as_errors = "treated as error" in result.stderr
    if result.returncode != 0 and not (found and as_errors):
        raise DmasafeError("clang-tidy failed (see the errors above)")
    if found:
        print(f"dmasafe: {len(found)} finding{'s' if len(found) != 1 else ''} "
              f"in {len(files)} file{'s' if len(files) != 1 else ''}", file=sys.stderr)
        return EXIT_FINDINGS
    print(f"dmasafe: no findings in {len(files)} file{'s' if len(files) != 1 else ''}",
          file=sys.stderr)
    return EXIT_CLEAN


def _entries(args, toolchain):
    """The database entries to check with -p (their flags translated for
    clang as `analyze` does; assembly and the like left out, with a note),
    or None without -p."""
    if not args.build_dir:
        return None
    translator = Translator(toolchain.require_tool(toolchain.clang), verbose=args.verbose)
    db_file, entries = compdb.analysis_entries(args.build_dir, args.files, args.file_filter,
                                               translator)
    chosen = [e for e in entries if not e.skipped]
    skipped = len(entries) - len(chosen)
    if skipped:
        reasons = "; ".join(sorted({e.skipped for e in entries if e.skipped}))
        print(f"dmasafe: {skipped} file{'s' if skipped != 1 else ''} not checked ({reasons})",
              file=sys.stderr)
    if not chosen:
        raise DmasafeError(f"{db_file} lists no file that can be checked")
    return chosen


def _filtered_database(entries, clang):
    """A compile_commands.json with the flags `analyze` would use (gcc-only
    flags dropped, cross triple as --target), in a temporary directory:
    clang-tidy parses with clang and would stop at a gcc-only flag."""
    directory = tempfile.mkdtemp(prefix="dmasafe-tidy-")
    rows = [{"directory": e.directory, "file": e.file,
             "arguments": [clang] + e.arguments + [e.file]} for e in entries]
    with open(os.path.join(directory, "compile_commands.json"), "w", encoding="utf-8") as out:
        json.dump(rows, out, indent=1)
    return directory


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
    options = [f"{TIDY_MODEL_OPTION}: {value}"]
    if with_analyzer:
        options.append(f"{_yaml_quote('clang-analyzer-' + MODEL_OPTION)}: {value}")
    return "{InheritParentConfig: true, CheckOptions: {" + ", ".join(options) + "}}"


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
