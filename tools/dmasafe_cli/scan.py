"""`dmasafe scan BUILD_COMMAND...`: scan-build-19 around a build, with the
dmasafe plugin loaded and its checkers enabled; exit status 1 when it found
something (--status-bugs), for CI gates.

scan-build replaces CC and CXX by its compiler wrappers, so the build must take
the compiler from $CC (make's default rules, CMake, autotools do). It adds no
include path: the build's own flags must find dmasafe/annotations.h."""
import subprocess
import sys

from . import models
from .analyzer_flags import MODEL_OPTION, parse_checker_option
from .errors import DmasafeError, UsageError


def add_arguments(parser):
    models.add_model_arguments(parser)
    parser.add_argument("--checker-option", metavar="NAME=VALUE", action="append",
                        default=[], help="pass an analyzer checker option (repeatable)")
    parser.add_argument("-o", dest="output", metavar="DIR",
                        help="directory for the reports (scan-build's default: /tmp)")
    parser.add_argument("--format", choices=["html", "sarif", "plist"], default="html",
                        help="report format (default html)")
    parser.add_argument("--enable", metavar="CHECKERS", action="append", default=[],
                        help="also enable these checkers (comma-separated)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print the scan-build command before running it")
    parser.add_argument("build_command", nargs="...", metavar="BUILD_COMMAND",
                        help="the build to watch, e.g. make -j2")


def run(args, trailing, toolchain):
    command = list(args.build_command) + list(trailing)
    if command and command[0] == "--":
        command = command[1:]
    if not command:
        raise UsageError("no build command (e.g. dmasafe scan make)")
    scan_build = toolchain.require_tool(toolchain.scan_build)
    clang = toolchain.require_tool(toolchain.clang)
    plugin = toolchain.require_analyzer_plugin()

    config = []
    model_files = models.selected_model_files(args, toolchain)
    if model_files:
        config.append(f"{MODEL_OPTION}={models.model_option_value(model_files)}")
    for text in args.checker_option:
        if parse_checker_option(text) is None:
            raise UsageError(f"--checker-option {text!r} is not CHECKER:OPTION=VALUE")
        config.append(text)

    argv = [scan_build, f"--use-analyzer={clang}", "-load-plugin", plugin,
            "-enable-checker", "dmasafe", "--status-bugs"]
    for checkers in args.enable:
        argv += ["-enable-checker", checkers]
    if config:
        argv += ["-analyzer-config", ",".join(config)]
    if args.format != "html":
        argv.append(f"-{args.format}")
    if args.output:
        argv += ["-o", args.output]
    argv += command
    if args.verbose:
        print("dmasafe: running: " + subprocess.list2cmdline(argv), file=sys.stderr)
    try:
        return subprocess.call(argv)
    except OSError as err:
        raise DmasafeError(f"cannot run {scan_build}: {err.strerror}") from err
