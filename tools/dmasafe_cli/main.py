"""Command line of `dmasafe`: subcommands analyze, scan, tidy, summarize, merge; --version.

Everything after a `--` goes to the compiler untouched (analyze, tidy) or is
the build command (scan). Errors print one line, `dmasafe: error: ...`, and
exit 2; findings exit 1; a clean run exits 0."""
import argparse
import os
import sys

from . import analyze, merge, scan, summarize, tidy
from .errors import EXIT_ERROR, DmasafeError, UsageError
from .toolchain import versions_text

DESCRIPTION = """\
DMA buffer-ownership checks for C: runs the Clang Static Analyzer (analyze,
scan) or clang-tidy (tidy) with the dmasafe plugins, the annotation header
dmasafe/annotations.h and the API models of models/*.yaml."""

EPILOG = """\
exit status: 0 nothing found, 1 findings, 2 usage or tool error.
examples:
  dmasafe analyze src/uart.c -- -Iinclude -DSTM32F4
  dmasafe analyze -p build/ --format sarif -o dmasafe.sarif
  dmasafe scan make -j2
  dmasafe scan --format sarif -o dmasafe.sarif cmake --build build
  dmasafe tidy -p build/ src/uart.c
  dmasafe analyze -p build/ --shard 2/4 --format sarif -o shard2.sarif
  dmasafe merge dmasafe.sarif shard*.sarif
  dmasafe summarize -p build/ -o summary.yaml && dmasafe analyze -p build/ --models summary.yaml
reference: docs/cli.md"""

COMMANDS = {
    "analyze": (analyze, "path-sensitive analysis of C files (clang --analyze)",
                "FILE... [-- COMPILER_ARGS]"),
    "scan": (scan, "analyze every compile of a build (scan-build), fail on findings",
             "BUILD_COMMAND..."),
    "tidy": (tidy, "fast per-function checks (clang-tidy dmasafe-*)",
             "FILE... [-- COMPILER_ARGS]"),
    "summarize": (summarize, "derive the DMA contracts of a build's own functions as a "
                  "model file (wrappers across files)", "-p BUILD_DIR [FILE...]"),
    "merge": (merge, "one report from those of several runs (the shards of a CI matrix)",
              "OUT IN..."),
}


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line instead of exiting."""

    def error(self, message):
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser(toolchain):
    parser = Parser(prog="dmasafe", description=DESCRIPTION, epilog=EPILOG,
                    formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=version_text(toolchain))
    add_clang_argument(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND",
                                     parser_class=Parser)
    for name, (module, summary, usage_tail) in COMMANDS.items():
        sub = commands.add_parser(
            name, help=summary, description=f"dmasafe {name}: {summary}.",
            usage=f"dmasafe {name} [options] {usage_tail}",
            epilog=(module.__doc__ or "") + "\nexit status: 0 nothing found, 1 findings, "
                   "2 usage or tool error. Reference: docs/cli.md",
            formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(sub)
        add_clang_argument(sub)
    return parser


def add_clang_argument(parser):
    # On the command and on each subcommand, so that either place reads naturally.
    parser.add_argument(
        "--clang", metavar="PATH", default=argparse.SUPPRESS,
        help="the clang to analyze with (its clang-tidy and scan-build beside it); "
             "dmasafe uses the plugins built for its major version (default: the "
             "newest LLVM dmasafe was built for that is installed)")


def version_text(toolchain):
    plugin = toolchain.analyzer_plugin
    state = "" if os.path.isfile(plugin) else " (missing: run scripts/build.sh)"
    return (f"dmasafe {toolchain.version}\n"
            f"LLVM tools: {toolchain.llvm_bin} (LLVM {toolchain.llvm_major}; plugins "
            f"built for LLVM {versions_text(toolchain.built_majors())})\n"
            f"analyzer plugin: {plugin}{state}\n"
            f"clang-tidy plugin: {toolchain.tidy_plugin}")


def _subparser(parser, name):
    for action in parser._subparsers._group_actions:
        if name in getattr(action, "choices", {}):
            return action.choices[name]
    raise KeyError(name)


def split_compiler_args(argv):
    """Splits `analyze`/`tidy` arguments at the first '--'."""
    if "--" in argv:
        cut = argv.index("--")
        return argv[:cut], argv[cut + 1:]
    return argv, []


def main(argv, toolchain):
    try:
        return _dispatch(argv, toolchain)
    except DmasafeError as err:
        sys.stdout.flush()
        print(f"dmasafe: error: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("dmasafe: error: interrupted", file=sys.stderr)
        return EXIT_ERROR


def _dispatch(argv, toolchain):
    parser = build_parser(toolchain)
    if not argv:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    command = argv[0]
    if command not in COMMANDS and not command.startswith("-"):
        raise UsageError(f"unknown command '{command}' (see 'dmasafe --help')")
    if command == "scan":
        # From the first word that is not one of scan's own options on,
        # everything is the build command, with its own options.
        own, trailing = scan.scan_build_spellings(argv, _subparser(parser, command)), []
    else:
        own, trailing = split_compiler_args(argv)
    args, unknown = parser.parse_known_args(own)
    if unknown:
        where = f"dmasafe {args.command}" if args.command else "dmasafe"
        raise UsageError(f"unrecognized arguments: {' '.join(unknown)} "
                         f"(see '{where} --help')")
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    if getattr(args, "clang", None):
        toolchain = toolchain.for_clang(args.clang)
    module = COMMANDS[args.command][0]
    return module.run(args, trailing, toolchain)
