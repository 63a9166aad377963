"""Turns the compile command of any compiler (a cross gcc, a host gcc, clang
with --target) into the clang command line that analyzes the same code.

A cross compiler knows things clang must be told: its target, and where its C
library's headers are (newlib's, chosen by --specs and the multilib). As
clangd's --query-driver and CodeChecker do, dmasafe asks the compiler named in
the entry, once per distinct compiler and target flags:

    CC FLAGS -dumpmachine                 the target triple
    CC FLAGS -print-multi-directory       the multilib (shown with -v)
    CC FLAGS -E -dM -v -x LANG /dev/null  its include search list and macros
    CC FLAGS -print-file-name=include     which of those are its own headers

and gives clang `--target=TRIPLE` plus, as -isystem, the directories of that
list that clang does not search itself, without the compiler's own
stddef.h/stdarg.h/intrinsics directories (clang's take their place). When
clang does not know the triple (xtensa), a clang target of the same pointer
size and byte order stands in, its architecture macros are undefined and the
compiler's own macros that clang lacks are defined, so `#ifdef __XTENSA__` code
still parses as the compiler sees it.

Which flags clang accepts is asked of clang, not read from a list of gcc flag
names: every distinct flag is tried in one `clang -fsyntax-only` run per target
and language, the flags its diagnostics name are dropped, and when it still
fails each remaining flag is tried alone. Only what never concerns an analysis
is dropped by rule: outputs, dependency files, the compile mode, -Werror (a
compiler warning must not stop an analysis) and the input files."""
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field

# Options whose value is the next argument (gcc's and clang's spelling alike).
SEPARATE_VALUE = frozenset({
    "-o", "-MF", "-MT", "-MQ", "-I", "-D", "-U", "-include", "-imacros", "-isystem",
    "-idirafter", "-iquote", "-isysroot", "--sysroot", "-x", "-Xlinker", "-Xassembler",
    "-Xpreprocessor", "-Xclang", "-mllvm", "-T", "-u", "-e", "-target", "-iprefix",
    "-iwithprefix", "-iwithprefixbefore", "-imultilib", "-L", "-l", "--param", "-aux-info",
    "-z", "-A", "-arch", "-isystem-after", "-ivfsoverlay", "-include-pch", "-MJ"})
# What never concerns an analysis: the compile mode, outputs, dependency
# files, link inputs, and diagnostics turned into errors.
_DROP_ALONE = frozenset({"-c", "-S", "-E", "-M", "-MM", "-MD", "-MMD", "-MP", "-MG",
                         "-pipe", "-fsyntax-only", "-Werror", "-pedantic-errors", "-v",
                         "-###"})
_DROP_WITH_VALUE = frozenset({"-o", "-MF", "-MT", "-MQ", "-MJ", "-Xlinker", "-T", "-L",
                              "-l", "-u", "-e", "-z", "-aux-info"})
_DROP_PREFIXES = ("-Werror=", "-Wl,", "-Wp,-M", "-save-temps", "-o", "-MF", "-MT", "-MQ",
                  "-L", "-l", "-T", "-fdiagnostics-format", "--output=")
# Flags that are sure to mean the same to clang: they are never tried.
_CLANG_SAFE_PREFIXES = ("-I", "-D", "-U", "-isystem", "-iquote", "-idirafter",
                        "-include", "-imacros", "--target=", "-target")
# Flags that change the target, the include search list or the macros: the
# compiler is asked once per distinct set of them.
_TARGET_PREFIXES = ("-m", "--specs=", "-specs=", "--sysroot", "-isysroot", "-B",
                    "-nostdinc", "-nostdlibinc", "--target=", "-target", "-std=",
                    "-ansi", "-f")
_TARGET_F_FLAGS = frozenset({"-ffreestanding", "-fno-builtin", "-fhosted",
                             "-funsigned-char", "-fsigned-char", "-fshort-wchar",
                             "-fshort-enums", "-fno-short-enums"})
LAUNCHERS = frozenset({"ccache", "sccache", "distcc", "icecc", "buildcache"})

LANGUAGE_OF_EXTENSION = {
    ".c": "c", ".h": "c", ".i": "c",
    ".cc": "c++", ".cp": "c++", ".cpp": "c++", ".cxx": "c++", ".c++": "c++", ".C": "c++",
    ".CPP": "c++", ".ii": "c++", ".hh": "c++", ".hpp": "c++", ".hxx": "c++", ".H": "c++",
    ".s": "assembler", ".S": "assembler-with-cpp", ".sx": "assembler-with-cpp",
    ".asm": "assembler", ".m": "objective-c", ".mm": "objective-c++",
}
# Stand-ins for targets clang does not know: (pointer size, big-endian) ->
# triple, and the word its architecture macros contain.
_FALLBACK_TARGETS = {
    (4, False): ("riscv32-unknown-elf", "riscv"), (8, False): ("riscv64-unknown-elf", "riscv"),
    (4, True): ("mips-unknown-elf", "mips"), (8, True): ("mips64-unknown-elf", "mips"),
}
_QUOTED = re.compile(r"'([^']+)'")
_MACRO = re.compile(r"^#define (\S+)(?: (.*))?$")


@dataclass
class Translation:
    """What an analysis of one entry's file needs."""
    language: str             # c, c++, assembler, ...
    arguments: list = field(default_factory=list)   # clang flags, without the file
    skipped: str = None       # why the file is not analyzed, or None


@dataclass
class DriverInfo:
    """What the compiler of an entry answered, for one set of target flags."""
    compiler: str
    triple: str = None        # what it compiles for
    clang_target: str = None  # the --target clang gets (a stand-in when unknown)
    multilib: str = "."
    include_dirs: list = field(default_factory=list)  # for clang, as -isystem
    no_clang_system_dirs: bool = False  # -nostdlibinc: clang's guesses are not the toolchain's
    macro_args: list = field(default_factory=list)    # -D/-U for a stand-in target
    cxx_headers: bool = True  # C++ standard headers found
    problem: str = None       # why files of this compiler cannot be analyzed
    note: str = None          # said once, files still analyzed


@dataclass
class _Parsed:
    compiler: str
    language: str
    units: list               # tuples: one flag, or a flag and its value
    target_flags: tuple       # the units that decide the driver query


class Translator:
    """Translates entries; remembers every answer for the rest of the run."""

    def __init__(self, clang, target=None, extra_before=(), extra_after=(),
                 verbose=False, run=None):
        self.clang = clang
        self.forced_target = target
        self.extra_before = list(extra_before)
        self.extra_after = list(extra_after)
        self.verbose = verbose
        self._run = run or _run
        self._drivers = {}        # (compiler, language kind, target flags) -> DriverInfo
        self._rejected = {}       # (clang target, language kind) -> set of units
        self._probed = {}         # (clang target, language kind) -> set of units tried
        self._clang_dirs = {}     # (clang target, language kind, flags) -> dirs
        self._which = {}
        self._said = set()

    # -- the entry point ---------------------------------------------------

    def translate(self, entries):
        """[Translation] for [(argv, source, directory)], in that order."""
        parsed = [self._parse(argv, source, directory) for argv, source, directory in entries]
        infos = [self._driver(p, directory) if _analyzable(p.language) else None
                 for p, (_, _, directory) in zip(parsed, entries)]
        self._probe_all(parsed, infos)
        return [self._assemble(p, info) for p, info in zip(parsed, infos)]

    # -- reading a command -------------------------------------------------

    def _parse(self, argv, source, directory):
        if not argv:
            raise ValueError("empty command")
        start = 1
        if os.path.basename(argv[0]) in LAUNCHERS and len(argv) > 1 \
                and not argv[1].startswith("-"):
            start = 2
        compiler = self._locate(argv[start - 1], directory)
        language, units, target_flags = None, [], []
        args = argv[start:]
        i, count = 0, len(args)
        while i < count:
            arg = args[i]
            i += 1
            if not arg.startswith("-") or arg == "-":
                continue               # the input files: the entry's file is added back
            if arg in SEPARATE_VALUE:
                value = args[i] if i < count else ""
                i += 1
                if arg in _DROP_WITH_VALUE:
                    continue
                if arg == "-x":
                    language = value
                    continue
                unit = (arg, value)
            else:
                if arg in _DROP_ALONE or arg.startswith(_DROP_PREFIXES):
                    continue
                if arg.startswith("-x"):
                    language = arg[2:]
                    continue
                unit = (arg,)
            units.append(unit)
            if _decides_target(arg):
                target_flags.append(unit)
        if language is None:
            language = _language_of(source, compiler)
        return _Parsed(compiler, language, units, tuple(target_flags))

    def _locate(self, compiler, directory):
        if os.sep in compiler:
            return os.path.normpath(os.path.join(directory or ".", compiler))
        if compiler not in self._which:
            self._which[compiler] = shutil.which(compiler) or compiler
        return self._which[compiler]

    # -- asking the compiler -----------------------------------------------

    def _driver(self, parsed, directory):
        kind = _kind(parsed.language)
        key = (parsed.compiler, kind, parsed.target_flags)
        info = self._drivers.get(key)
        if info is None:
            info = self._query(parsed.compiler, kind, _flat(parsed.target_flags), directory)
            self._drivers[key] = info
            if self.verbose:
                self._describe(info, parsed.target_flags)
        return info

    def _query(self, compiler, kind, flags, directory):
        info = DriverInfo(compiler=compiler)
        name = os.path.basename(compiler)
        if not os.access(compiler, os.X_OK):
            info.problem = f"compiler {compiler} not found, so its target and headers are unknown"
            return info
        ok, out, _ = self._run([compiler] + flags + ["-dumpmachine"], directory)
        triple = out.strip().splitlines()[0].strip() if ok and out.strip() else None
        if not triple:
            info.problem = (f"{name} does not answer -dumpmachine: not a gcc- or "
                            "clang-compatible compiler")
            return info
        info.triple = triple
        ok, out, _ = self._run([compiler] + flags + ["-print-multi-directory"], directory)
        if ok and out.strip():
            info.multilib = out.strip().splitlines()[0]
        ok, macros_text, search_text = self._run(
            [compiler] + flags + ["-E", "-dM", "-v", "-x", kind, os.devnull], directory)
        if not ok:
            info.problem = f"{name} {' '.join(flags)} cannot preprocess {kind}: " \
                           + _first_error(search_text)
            return info
        ok, own, _ = self._run([compiler] + flags + ["-print-file-name=include"], directory)
        own = os.path.realpath(own.strip()) if ok and own.strip() else None
        dirs = [d for d in _search_list(search_text) if not _compiler_internal(d, own)]
        macros = _macros(macros_text)
        info.clang_target = self.forced_target or triple
        clang_flags = self._clang_target_flags(flags)
        known, clang_search, clang_macros = self._ask_clang(info.clang_target, kind, clang_flags)
        if not known and not self.forced_target:
            stand_in = _FALLBACK_TARGETS.get(_layout(macros))
            if stand_in is None:
                info.problem = f"clang does not know {triple}, nor a target like it"
                return info
            info.clang_target, arch_word = stand_in
            known, clang_search, clang_macros = self._ask_clang(info.clang_target, kind, [])
            info.macro_args = _stand_in_macros(macros, clang_macros, arch_word)
            info.note = (f"clang does not know {triple} ({name}); analyzing as "
                         f"{info.clang_target} with {name}'s macros")
        # A directory clang searches for the target that is neither its own
        # headers nor the compiler's is clang's guess without a toolchain
        # (LLVM 22 knows xtensa and searches the host's /usr/include for
        # it): not searched; the compiler's directories are given instead.
        compiler_dirs = {os.path.realpath(d) for d in dirs}
        if dirs and any(os.path.realpath(d) not in compiler_dirs and not _is_resource_dir(d)
                        for d in clang_search):
            info.no_clang_system_dirs = True
            clang_search = [d for d in clang_search if _is_resource_dir(d)]
        seen = {os.path.realpath(d) for d in clang_search}
        info.include_dirs = [d for d in dirs if os.path.realpath(d) not in seen]
        if kind == "c++":
            info.cxx_headers = any(os.path.isfile(os.path.join(d, "cstddef"))
                                   for d in dirs + clang_search)
        return info

    def _clang_target_flags(self, flags):
        """The target flags clang also accepts, for its own search list."""
        return [f for f in flags if f.startswith(("-m", "-std=", "-nostdinc", "--sysroot",
                                                   "-isysroot", "-f", "-ansi"))]

    def _ask_clang(self, target, kind, flags):
        """(clang knows target, its search list, its macros) with flags it accepts."""
        key = (target, kind, tuple(flags))
        if key not in self._clang_dirs:
            argv = [self.clang, f"--target={target}", "-Qunused-arguments"]
            ok, out, err = self._run(argv + flags + ["-E", "-dM", "-v", "-x", kind, os.devnull])
            if not ok and flags:
                # A target flag clang rejects is found by the probe later;
                # the search list does not depend on it.
                ok, out, err = self._run(argv + ["-E", "-dM", "-v", "-x", kind, os.devnull])
            self._clang_dirs[key] = (ok, _search_list(err) if ok else [],
                                     _macros(out) if ok else {})
        return self._clang_dirs[key]

    # -- asking clang which flags it takes ---------------------------------

    def _probe_all(self, parsed, infos):
        wanted = {}
        for p, info in zip(parsed, infos):
            if info is None or info.problem:
                continue
            key = (info.clang_target, _kind(p.language))
            tried = self._probed.setdefault(key, set())
            for unit in p.units:
                if unit not in tried and not unit[0].startswith(_CLANG_SAFE_PREFIXES):
                    wanted.setdefault(key, set()).add(unit)
        for key, units in wanted.items():
            self._probed[key] |= units
            rejected = self._rejected.setdefault(key, set())
            rejected |= self._probe(key[0], key[1], sorted(units))
            if rejected and self.verbose:
                print(f"dmasafe: clang --target={key[0]} does not take "
                      f"{' '.join(_flat(sorted(rejected)))}: dropped", file=sys.stderr)

    def _probe(self, target, kind, units):
        base = [self.clang, f"--target={target}", "-Qunused-arguments", "-fsyntax-only",
                "-x", kind, os.devnull]
        ok, _, err = self._run(base + _flat(units))
        if ok and not _complaints(err):
            return set()
        rejected = _named(units, err)
        rest = [u for u in units if u not in rejected]
        if rest:
            ok, _, err = self._run(base + _flat(rest))
            if not ok or _complaints(err):
                for unit in rest:
                    ok, _, err = self._run(base + list(unit))
                    if not ok or _complaints(err):
                        rejected.add(unit)
        return rejected

    # -- the result --------------------------------------------------------

    def _assemble(self, parsed, info):
        language = parsed.language
        if not _analyzable(language):
            what = "assembly" if language.startswith("assembler") else language
            return Translation(language, skipped=f"{what}, not C")
        if info.problem:
            return Translation(language, skipped=info.problem)
        if info.note and info.note not in self._said:
            self._said.add(info.note)
            print(f"dmasafe: note: {info.note}", file=sys.stderr)
        if language.startswith("c++") and not info.cxx_headers:
            return Translation(language, skipped=(
                f"C++, and {os.path.basename(info.compiler)} has no C++ standard headers"))
        rejected = self._rejected.get((info.clang_target, _kind(language)), ())
        args = [f"--target={info.clang_target}", "-Qunused-arguments"] + self.extra_before
        args += info.macro_args
        for unit in parsed.units:
            if unit in rejected or unit[0] in ("--target", "-target") \
                    or unit[0].startswith("--target="):
                continue
            args += unit
        if info.no_clang_system_dirs:
            args.append("-nostdlibinc")
        for directory in info.include_dirs:
            args += ["-isystem", directory]
        args += ["-x", _kind(language)] + self.extra_after
        return Translation(language, arguments=args)

    def _describe(self, info, target_flags):
        name = os.path.basename(info.compiler)
        flags = " ".join(_flat(target_flags))
        if info.problem:
            print(f"dmasafe: {name} {flags}: {info.problem}", file=sys.stderr)
            return
        print(f"dmasafe: {name} {flags}: target {info.triple} (multilib {info.multilib}), "
              f"clang --target={info.clang_target}, include dirs: "
              f"{' '.join(info.include_dirs) or 'none added'}"
              + (" (clang's own system directories not searched)" if info.no_clang_system_dirs else ""),
              file=sys.stderr)


def _run(argv, cwd=None):
    """(succeeded, stdout, stderr); a compiler that cannot start fails."""
    try:
        done = subprocess.run(argv, cwd=cwd or None, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                              text=True, errors="replace", check=False, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as err:
        return False, "", str(err)
    return done.returncode == 0, done.stdout, done.stderr


def _decides_target(arg):
    if arg.startswith("-f"):
        return arg in _TARGET_F_FLAGS
    return arg.startswith(_TARGET_PREFIXES)


def _flat(units):
    return [part for unit in units for part in unit]


def _kind(language):
    """The language the driver is asked about: c or c++."""
    return "c++" if language.startswith("c++") else "c"


def _analyzable(language):
    return language in ("c", "c++", "c-header", "c++-header", "cpp-output", "c++-cpp-output")


def _language_of(source, compiler):
    _, ext = os.path.splitext(source)
    language = LANGUAGE_OF_EXTENSION.get(ext, "c")
    if language == "c" and ext == ".h" and re.search(r"(\+\+|xx)(-[\d.]+)?$",
                                                     os.path.basename(compiler)):
        return "c++"
    return language


def _is_resource_dir(directory):
    """Whether directory is clang's own header directory (PREFIX/lib/clang/N/include)."""
    parts = os.path.normpath(directory).split(os.sep)
    return len(parts) >= 4 and parts[-1] == "include" and parts[-3] == "clang" and parts[-4].startswith("lib")


def _search_list(stderr_text):
    dirs, inside = [], False
    for line in stderr_text.splitlines():
        if line.startswith("#include <...> search starts here:"):
            inside = True
        elif line.startswith("End of search list."):
            break
        elif inside and line.startswith(" "):
            path = line.strip()
            if path.endswith("(framework directory)"):
                continue
            dirs.append(os.path.normpath(path))
    return dirs


def _compiler_internal(directory, own):
    """gcc's own headers (stddef.h, stdarg.h, intrinsics, fixed includes;
    `-print-file-name=include` names them): clang has its own, and cannot
    parse gcc's intrinsics."""
    return (os.path.basename(directory) == "include-fixed"
            or os.path.realpath(directory) == own
            or os.path.isfile(os.path.join(directory, "stdint-gcc.h")))


def _macros(text):
    result = {}
    for line in text.splitlines():
        match = _MACRO.match(line)
        if match:
            result[match.group(1)] = match.group(2) or ""
    return result


def _layout(macros):
    size = macros.get("__SIZEOF_POINTER__", "")
    big = macros.get("__BYTE_ORDER__") == "__ORDER_BIG_ENDIAN__"
    return (int(size) if size.isdigit() else 0, big)


def _stand_in_macros(compiler_macros, clang_macros, arch_word):
    """-U the stand-in's architecture macros, -D the compiler's macros clang lacks."""
    args = []
    for name in sorted(clang_macros):
        bare = name.split("(")[0]
        if arch_word in bare.lower() and bare not in compiler_macros:
            args.append("-U" + bare)
    for name, value in compiler_macros.items():
        if name.split("(")[0] not in clang_macros and name not in clang_macros:
            args.append(f"-D{name}={value}")
    if "__CHAR_UNSIGNED__" in compiler_macros:
        args.append("-funsigned-char")
    else:
        args.append("-fsigned-char")
    return args


def _complaints(stderr_text):
    return [line for line in stderr_text.splitlines()
            if "error:" in line or "warning:" in line]


def _named(units, stderr_text):
    """The units that clang's diagnostics quote."""
    quoted = set()
    for line in _complaints(stderr_text):
        found = _QUOTED.findall(line)
        quoted.update(found)
        # "unsupported argument 'V' to option '-mcpu='"
        if len(found) >= 2 and found[1].endswith("="):
            quoted.add(found[1] + found[0])
    return {u for u in units if u[0] in quoted or " ".join(u) in quoted or "".join(u) in quoted}


def _first_error(text):
    for line in text.splitlines():
        if "error" in line:
            return line.strip()
    return text.strip().splitlines()[-1] if text.strip() else "no output"
