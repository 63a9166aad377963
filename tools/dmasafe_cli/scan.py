"""`dmasafe scan BUILD_COMMAND...`: runs the build, records every compiler
it calls (with bear: whatever the compiler, also one fixed by a CMake
toolchain file or written into a Makefile, such as arm-none-eabi-gcc), then
analyzes what it recorded as `analyze -p` does. A build that compiles
nothing is an error, never a clean pass (an up-to-date build compiles
nothing: clean it first). Findings exit 1 in every --format.

scan-build's options are taken in scan-build's spelling (-o, -plist, -sarif,
-enable-checker, -disable-checker, -analyzer-config, -maxloop,
--analyzer-target, --exclude, -analyze-headers, --status-bugs, -k, --use-cc
...); one that dmasafe cannot honour is an error that names it."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

from . import analyze, compdb, selection
from .errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, DmasafeError, UsageError
from .translate import Translator


def add_arguments(parser):
    analyze.add_database_arguments(parser)
    analyze.add_checker_arguments(parser)
    analyze.add_report_arguments(parser)
    analyze.add_format_argument(parser)
    parser.add_argument("--analyzer-target", metavar="TRIPLE",
                        help="analyze as clang --target=TRIPLE instead of the target each "
                             "compiler names")
    parser.add_argument("--cdb", metavar="FILE",
                        help="keep the recorded compile_commands.json in FILE")
    parser.add_argument("-j", dest="jobs", metavar="N", type=int, default=1,
                        help="analyze N files at a time (default 1)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print what each compiler answered and each clang command")
    parser.add_argument("build_command", nargs=argparse.REMAINDER, metavar="BUILD_COMMAND",
                        help="the build to record, e.g. make -j2 or cmake --build build")


# scan-build's spellings: name -> (takes a value, what it becomes).
def _as(*words):
    return lambda value: [w.replace("{}", value) for w in words]


_SCAN_BUILD = {
    "-plist": (False, _as("--format", "plist")),
    "-plist-html": (False, _as("--format", "plist")),
    "-sarif": (False, _as("--format", "sarif")),
    "-sarif-html": (False, _as("--format", "sarif")),
    "-enable-checker": (True, _as("--enable", "{}")),
    "-disable-checker": (True, _as("--disable", "{}")),
    "-maxloop": (True, _as("--extra-arg=-Xclang", "--extra-arg=-analyzer-max-loop",
                           "--extra-arg=-Xclang", "--extra-arg={}")),
    "-analyze-headers": (False, _as("--extra-arg=-Xclang",
                                    "--extra-arg=-analyzer-opt-analyze-headers")),
    "--force-analyze-debug-code": (False, _as("--extra-arg=-UNDEBUG")),
    "--exclude": (True, _as("--file-filter", "!{}")),
    "-load-plugin": (True, _as("--extra-arg=-fplugin={}")),
    # Always so in dmasafe: accepted and ignored.
    "--status-bugs": (False, _as()), "-k": (False, _as()), "--keep-going": (False, _as()),
    "--keep-empty": (False, _as()), "-no-failure-reports": (False, _as()),
    "--html-title": (True, _as()), "-stats": (False, _as()), "-internal-stats": (False, _as()),
    # The recorded build calls its own compilers: nothing to substitute.
    "--use-cc": (True, _as()), "--use-c++": (True, _as()),
}
_REFUSED = {
    "--use-analyzer": "dmasafe runs its own clang (--clang) with its plugin",
    "-V": "dmasafe opens no browser; open the HTML reports yourself",
    "--view": "dmasafe opens no browser; open the HTML reports yourself",
    "-constraints": "the analyzer's constraint solver is not selectable",
    "--override-compiler": "the build is recorded, its compilers are not replaced",
    "--intercept-first": "the build is always recorded first",
}


def scan_build_spellings(argv, parser):
    """argv of `scan ...` with scan-build's options in dmasafe's spelling,
    and a `--` before the build command."""
    takes_value = {name for name, action in parser._option_string_actions.items()
                   if action.nargs != 0}
    own, i = [argv[0]], 1
    while i < len(argv):
        arg = argv[i]
        name, eq, joined = arg.partition("=")
        if arg == "--" or not arg.startswith("-"):
            return own + ["--"] + argv[i + (arg == "--"):]
        if name in _REFUSED:
            raise UsageError(f"scan-build option {name} is not supported: {_REFUSED[name]}")
        if name in _SCAN_BUILD:
            has_value, spell = _SCAN_BUILD[name]
            value = joined
            if has_value and not eq:
                if i + 1 >= len(argv):
                    raise UsageError(f"{name} needs a value")
                i += 1
                value = argv[i]
            own += spell(value)
        elif name == "-analyzer-config":
            i += 1
            value = argv[i] if i < len(argv) else ""
            for pair in filter(None, value.split(",")):
                own += ["--checker-option", pair]
        elif _joined_short(arg) in takes_value:
            own.append(arg)      # -j2: a short option with its value joined
        elif name in parser._option_string_actions or arg in ("-h", "--help"):
            own.append(arg)
            if name in takes_value and not eq:
                i += 1
                if i < len(argv):
                    own.append(argv[i])
        else:
            raise UsageError(f"unknown scan option {arg} (see 'dmasafe scan --help'; put a "
                             "build command that starts with '-' after '--')")
        i += 1
    return own


def _joined_short(arg):
    """'-j' of '-j2' (a single-dash option of one letter and its value)."""
    if len(arg) > 2 and arg[0] == "-" and arg[1] != "-":
        return arg[:2]
    return None


def run(args, trailing, toolchain):
    command = list(args.build_command) + list(trailing)
    if command and command[0] == "--":
        command = command[1:]
    if not command:
        raise UsageError("no build command (e.g. dmasafe scan make)")
    clang = toolchain.require_tool(toolchain.clang)
    toolchain.require_analyzer_plugin()
    bear = shutil.which("bear")
    if bear is None:
        raise DmasafeError("dmasafe scan records the build with bear, which is not installed "
                           "(apt-get install bear, or scripts/install-deps.sh)")
    workdir = tempfile.mkdtemp(prefix="dmasafe-scan-")
    db_file = os.path.abspath(args.cdb) if args.cdb else os.path.join(workdir,
                                                                    "compile_commands.json")
    try:
        status = _record(bear, db_file, command, args.verbose)
        if not os.path.isfile(db_file):
            raise DmasafeError(f"bear recorded nothing (the build exited {status})")
        _, entries = compdb.load(db_file)
        if not entries:
            hint = "" if status else (": an up-to-date build compiles nothing; clean it "
                                      "first (e.g. make clean, or ninja -t clean)")
            raise DmasafeError(f"the build ran no compiler, so nothing was analyzed{hint}"
                               + (f" (the build exited {status})" if status else ""))
        entries = compdb.select(entries, [], db_file, args.file_filter)
        if not entries:
            raise DmasafeError("no compile of the build passes --file-filter")
        if status:
            print(f"dmasafe: warning: the build exited {status}; analyzing the "
                  f"{len(entries)} files it compiled", file=sys.stderr)
        translator = Translator(clang, target=args.analyzer_target,
                                extra_before=args.extra_arg_before,
                                extra_after=args.extra_arg, verbose=args.verbose)
        compdb.translate(entries, translator)
        entries = selection.apply(args, entries, toolchain, args.verbose)
        if not entries:
            return EXIT_CLEAN if not status else EXIT_ERROR
        result = analyze.analyze_entries(args, entries, toolchain, origin="the build")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if result == EXIT_FINDINGS or not status:
        return result
    return EXIT_ERROR


def _record(bear, db_file, command, verbose):
    argv = [bear, "--output", db_file, "--"] + command
    if verbose:
        print("dmasafe: running: " + subprocess.list2cmdline(argv), file=sys.stderr)
    if os.path.exists(db_file):
        os.remove(db_file)   # bear would merge into an old one only with --append
    try:
        return subprocess.call(argv)
    except OSError as err:
        raise DmasafeError(f"cannot run {bear}: {err.strerror}") from err
